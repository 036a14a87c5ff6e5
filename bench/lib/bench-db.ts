import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { connect } from '../../src/server/db/connect';
import { ensureReady } from '../../src/server/bootstrap/ensure-ready';
import { createUser } from '../../src/server/bootstrap/users';
import { loadActor } from '../../src/server/auth/load-actor';
import { createApiKey } from '../../src/server/auth/api-keys';
import { installTemplate } from '../../src/server/services/templates/install-template';

export type BenchDb = { url: string; apiKey: string; products: string[]; customer: string; drop: () => Promise<void> };

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A throwaway PostgreSQL database with the order template, `productCount` stocked products, a customer and an API key. */
export async function createBenchDb(productCount: number): Promise<BenchDb> {
  const name = `lc_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await connect({ url: url.toString() });
  await ensureReady(handle, { url: url.toString(), demo: false });
  const { id } = await createUser(handle.db, { username: 'bench', password: 'bench-password', roles: ['admin'] });
  const actor = (await loadActor(handle.db, id))!;
  await installTemplate(handle.db, actor, 'order-management');
  const { key } = await createApiKey(handle.db, { username: 'bench', name: 'bench' });
  await handle.close();

  const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const products = (
    await sql`insert into e_products (sku, name, unit_price, category)
              select 'B-' || g, 'Bench product ' || g, round((random() * 500 + 1)::numeric, 2), 'bench' from generate_series(1, ${productCount}) g returning id`
  ).map((row) => row.id as string);
  await sql`insert into e_stock (product, on_hand, reserved) select id, 1000000000, 0 from e_products`;
  const [customer] = await sql`insert into e_customers (name) values ('Bench customer') returning id`;
  await sql.end();
  return {
    url: url.toString(),
    apiKey: key,
    products,
    customer: customer.id as string,
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Oversold products: negative availability, or reserved differing from the open orders' lines. */
export async function oversellCount(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const [row] = await sql`
    select count(*)::int as n from e_stock s
    left join (select l.product, sum(l.qty) as qty from e_order_lines l join e_orders o on o.id = l.parent_id
               where o.status in ('pending_approval', 'pending_payment', 'paid') group by l.product) open on open.product = s.product
    where s.available < 0 or s.reserved <> coalesce(open.qty, 0)`;
  await sql.end();
  return row.n as number;
}

/**
 * Waits (up to a minute) until the app's worker has run every job that is due, e.g. the e-mails of
 * the orders a run placed, so that work is not counted against the next run.
 */
export async function drainDueJobs(url: string): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const started = Date.now();
  try {
    for (;;) {
      const [row] = await sql`select count(*)::int as n from jobs where status in ('pending', 'running') and run_at <= now()`;
      if (row.n === 0 || Date.now() - started > 60_000) return (Date.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await sql.end();
  }
}
