/**
 * `npm run bench`: order placement over HTTP on real PostgreSQL against the same transactions
 * issued directly with postgres.js, the hot-product case, and sold-out handling; then the import,
 * the workflow runtime (bench/workflow-bench.ts; `-- workflows` alone), the sales dashboard over 1M orders (bench/dashboard-bench.ts; `-- dashboards` alone), and the browser benchmarks (bench/ui; `npm run bench -- ui` runs those alone, `-- orders` the order runs alone). Figures are
 * reported as ratios against the baseline measured in the same run.
 */
import postgres from 'postgres';
import { startApp } from './lib/app-server';
import { createBenchDb, drainDueJobs, oversellCount } from './lib/bench-db';
import { directLoad } from './lib/direct-orders';
import { sampleWorkflowRows } from './lib/direct-workflow-rows';
import { postLoad, type LoadResult } from './lib/http-load';
import { orderBodies } from './lib/random-lines';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const row = (name: string, result: LoadResult) =>
  `${name.padEnd(34)} ${result.perSecond.toFixed(1).padStart(8)} /s  p50 ${String(result.p50).padStart(4)} ms  p99 ${String(result.p99).padStart(5)} ms  ok ${result.ok}  409 ${result.conflicts}  errors ${result.otherErrors}`;

async function main() {
  // `npm run bench -- ui`: only the browser benchmarks (no PostgreSQL needed); `-- orders`: only order placement.
  const only = process.argv[2];
  if (only === 'ui') return (await import('./ui/ui-bench')).uiBench();
  if (only === 'workflows') return (await import('./workflow-bench')).workflowBench();
  if (only === 'dashboards') return (await import('./dashboard-bench')).dashboardBench();
  const db = await createBenchDb(1000);
  const app = await startApp(db.url, Number(process.env.BENCH_PORT ?? 3400));
  try {
    const body = orderBodies(db.products, db.customer);
    // Warm-up: compile routes and fill caches so the timed runs measure steady state.
    await postLoad({ url: app.url, apiKey: db.apiKey, connections: 4, seconds: 3, body });

    await drainDueJobs(db.url);
    const baseline = await directLoad({ url: db.url, connections: 16, seconds: SECONDS, body });
    // Each HTTP run starts with the worker idle: the jobs earlier runs queued (their e-mails) are not billed to it.
    await drainDueJobs(db.url);
    const uniform = await postLoad({ url: app.url, apiKey: db.apiKey, connections: 16, seconds: SECONDS, body });
    // The same transactions as the run with workflows: the order's statements plus the rows its
    // workflows wrote (sampled from the app's last order), so that ratio compares like with like.
    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    const [{ id: actorId }] = await sql`select id from users where username = 'bench'`;
    const workflowRows = { ...(await sampleWorkflowRows(sql)), actorId: actorId as string };
    await drainDueJobs(db.url);
    const baselineWithWorkflows = await directLoad({ url: db.url, connections: 16, seconds: SECONDS, body, workflowRows });

    // The template's workflows start with every order (a confirmation, a payment timer); the same
    // run without them shows what the order path itself costs. Registries are read per request.
    await sql`update definitions set status = 'bench_off' where kind = 'workflow' and status = 'published'`;
    await drainDueJobs(db.url);
    const withoutWorkflows = await postLoad({ url: app.url, apiKey: db.apiKey, connections: 16, seconds: SECONDS, body });
    await sql`update definitions set status = 'published' where kind = 'workflow' and status = 'bench_off'`;

    const hot = db.products[0];
    await sql`update e_stock set on_hand = reserved + 1000000 where product = ${hot}`;
    const hotBody = () => ({ customer: db.customer, channel: 'api', lines: [{ product: hot, qty: 1 }] });
    await drainDueJobs(db.url);
    const hotRun = await postLoad({ url: app.url, apiKey: db.apiKey, connections: 32, seconds: SECONDS, body: hotBody });
    await sql`update e_stock set on_hand = reserved where product = ${hot}`;
    const soldOut = await postLoad({ url: app.url, apiKey: db.apiKey, connections: 32, seconds: 5, body: hotBody });
    await sql.end();
    const oversold = await oversellCount(db.url);

    console.log(`\nOrder placement, ${SECONDS}s per run, 1,000 products, 1–5 lines per order (PostgreSQL, 2 cores shared by client, app and database)`);
    console.log(row('baseline: postgres.js direct, 16', baseline));
    const sampled = workflowRows.instances;
    console.log(row('  same, with the workflows\' rows', baselineWithWorkflows));
    console.log(`    (per order: ${sampled.length} instances, ${sampled.reduce((n, s) => n + s.history.length, 0)} history entries, ${sampled.reduce((n, s) => n + s.jobs.length, 0)} jobs, ${workflowRows.notification ? 1 : 0} notification)`);
    console.log(row('HTTP API, 16 clients', uniform));
    console.log(row('  same, template workflows off', withoutWorkflows));
    console.log(row('HTTP API, hot product, 32 clients', hotRun));
    console.log(`${'HTTP API, sold out, 32 clients'.padEnd(34)} ${(soldOut.conflicts / soldOut.seconds).toFixed(1).padStart(8)} refusals/s (409)  ok ${soldOut.ok}  errors ${soldOut.otherErrors}`);
    console.log(`\nratio HTTP / baseline, same transactions: ${(uniform.perSecond / baselineWithWorkflows.perSecond).toFixed(2)} with the template's workflows, ${(withoutWorkflows.perSecond / baseline.perSecond).toFixed(2)} without (target ≥ 0.5)`);
    console.log(`ratio HTTP with workflows / baseline without them: ${(uniform.perSecond / baseline.perSecond).toFixed(2)}`);
    console.log(`ratio hot / uniform:   ${(hotRun.perSecond / uniform.perSecond).toFixed(2)} (target ≥ 0.6)`);
    console.log(`oversold products: ${oversold}`);
    if (oversold > 0 || uniform.otherErrors > 0 || withoutWorkflows.otherErrors > 0 || hotRun.otherErrors > 0) process.exitCode = 1;
  } finally {
    app.stop();
    await db.drop();
  }
  if (only === 'orders') return;
  await (await import('./workflow-bench')).workflowBench();
  await (await import('./dashboard-bench')).dashboardBench();
  await (await import('./import-bench')).importBench();
  await (await import('./ui/ui-bench')).uiBench();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
