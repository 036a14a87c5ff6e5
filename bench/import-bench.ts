/**
 * Import of order lines from xlsx (default 100,000; BENCH_IMPORT_LINES for a quick check): the
 * streaming parse alone as the baseline, then the full import job on real PostgreSQL, with peak
 * memory sampled during it. Part of `npm run bench`; `npx tsx bench/import-bench.ts` runs it alone.
 */
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import postgres from 'postgres';
import { loadActor } from '../src/server/auth/load-actor';
import { connect } from '../src/server/db/connect';
import { loadRegistry, requireEntity } from '../src/server/services/entity-registry';
import { buildPlan } from '../src/server/services/import/import-plan';
import { parseImportOptions } from '../src/server/services/import/import-options';
import { createJob, readJob } from '../src/server/services/import/job-store';
import { runImportJob } from '../src/server/services/import/run-import-job';
import { countDataRows, openSheet, type SheetFile } from '../src/server/services/import/sheet-rows';
import { createBenchDb } from './lib/bench-db';
import { sampleMemory } from './lib/memory-peak';
import { ORDER_LINE_HEADERS, writeOrderLinesXlsx } from './lib/order-lines-xlsx';

const LINES = Number(process.env.BENCH_IMPORT_LINES ?? 100_000);
// valid_rows commits batch by batch; all_or_nothing (the API default) checks the whole file first,
// then writes in one transaction, a few seconds longer (BENCH_IMPORT_MODE=all_or_nothing).
const MODE = process.env.BENCH_IMPORT_MODE ?? 'valid_rows';
const PRODUCTS = 1000;
const CUSTOMERS = 2000;
const customerName = (n: number) => `Import customer ${n}`;

export async function importBench(): Promise<void> {
  const db = await createBenchDb(PRODUCTS);
  const dir = await mkdtemp(path.join(tmpdir(), 'lc-import-bench-'));
  const handle = await connect({ url: db.url });
  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  try {
    // Unique names, because the import resolves the customer column by name.
    await sql`insert into e_customers (name) select 'Import customer ' || g from generate_series(1, ${CUSTOMERS}) g`;
    const source = path.join(dir, 'orders.xlsx');
    const orders = await writeOrderLinesXlsx({ path: source, lines: LINES, customers: CUSTOMERS, products: PRODUCTS, customerName });
    const megabytes = (await stat(source)).size / 1024 / 1024;

    // (1) Baseline: every row through the reader the import uses (openSheet over exceljs's streaming reader), nothing else.
    const parseStarted = performance.now();
    const parsedRows = await countDataRows({ path: source, kind: 'xlsx', name: 'orders.xlsx' });
    const parseSeconds = (performance.now() - parseStarted) / 1000;

    // (2) The import: what startImport does after saving the upload, then the job it starts in the
    // background, awaited here. The job deletes its file when done, so it gets a copy.
    const file: SheetFile = { path: path.join(dir, 'upload.xlsx'), kind: 'xlsx', name: 'orders.xlsx' };
    await copyFile(source, file.path);
    const [user] = await sql`select id from users where username = 'bench'`;
    const actor = (await loadActor(handle.db, user.id as string))!;
    const [ref, customer, channel, status, sku, qty] = ORDER_LINE_HEADERS;
    const options = parseImportOptions({
      mode: MODE,
      groupBy: ref,
      reserveStock: 'false', // historical orders: stock neither limits nor changes
      mapping: JSON.stringify({ [ref]: 'external_ref', [customer]: 'customer', [channel]: 'channel', [status]: 'status', [sku]: 'lines.product', [qty]: 'lines.qty' }),
    });

    const memory = sampleMemory(100);
    const importStarted = performance.now();
    const registry = await loadRegistry(handle.db);
    const entity = requireEntity(registry, 'orders');
    const sheet = await openSheet(file);
    await sheet.rows.return(undefined);
    const plan = buildPlan(registry, entity, sheet.headers, options);
    const jobOptions = { mapping: plan.mapping, keyField: null, groupBy: options.groupBy ?? null, reserveStock: options.reserveStock };
    const jobId = await createJob(handle.db, { entity: 'orders', actorId: actor.id, mode: options.mode, fileName: file.name, options: jobOptions });
    await runImportJob({ jobId, db: handle.db, actor, plan, file, mode: options.mode, reserveStock: options.reserveStock });
    const importSeconds = (performance.now() - importStarted) / 1000;
    const peak = memory.stop();

    const job = await readJob(handle.db, jobId);
    const [written] = await sql`select (select count(*) from e_orders)::int as orders, (select count(*) from e_order_lines)::int as lines`;

    const parseRate = parsedRows / parseSeconds;
    const importRate = LINES / importSeconds;
    const line = (name: string, seconds: number, rate: number) => `${name.padEnd(34)} ${seconds.toFixed(1).padStart(7)} s ${rate.toFixed(0).padStart(9)} rows/s`;
    console.log(`\nImport of ${LINES.toLocaleString('en')} order lines in ${orders.toLocaleString('en')} orders from xlsx (${megabytes.toFixed(1)} MB), ${MODE}, reserveStock false (PostgreSQL)`);
    console.log(line('baseline: streaming parse alone', parseSeconds, parseRate));
    console.log(line('import job (runImportJob)', importSeconds, importRate));
    console.log(`\nratio import / parse:  ${(importRate / parseRate).toFixed(3)}`);
    console.log(`import time:           ${importSeconds.toFixed(1)} s (target < 60 s)`);
    console.log(`peak RSS:              ${peak.rssMiB.toFixed(0)} MiB (target < 1024 MiB), peak heapUsed ${peak.heapUsedMiB.toFixed(0)} MiB, ${peak.samples} samples`);
    console.log(`job: ${job?.status}, inserted ${job?.insertedRows}, errors ${job?.errorRows}${job?.errors[0] ? ` (first: ${job.errors[0].message})` : ''}`);
    console.log(`written: ${written.orders} orders, ${written.lines} lines (expected ${orders}, ${LINES})`);
    if (job?.status !== 'succeeded' || written.orders !== orders || written.lines !== LINES) process.exitCode = 1;
  } finally {
    await sql.end();
    await handle.close();
    await rm(dir, { recursive: true, force: true });
    await db.drop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  importBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
