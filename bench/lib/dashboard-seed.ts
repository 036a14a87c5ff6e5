import postgres from 'postgres';

export type SalesSeed = { customers: number; products: number; orders: number; lines: number; seconds: number };

/**
 * A year of sales written with set-based SQL (the services would take hours for a million orders):
 * customers across regions, products with stock (some below their threshold), orders over the last
 * 365 days in time order as they would have been inserted, a realistic status and channel mix, and
 * 1–5 lines per order (3 on average) whose exact amounts add up to the order's total. Popular
 * products and regular customers are skewed, so top-N and repurchase figures mean something.
 * Deterministic (setseed) apart from ids; ends with ANALYZE, as autovacuum would after a bulk load.
 */
export async function seedSales(url: string, options: { customers: number; products: number; orders: number }): Promise<SalesSeed> {
  const started = performance.now();
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const { customers, products, orders } = options;
  try {
    await sql`set work_mem = '256MB'`;
    await sql`set maintenance_work_mem = '512MB'`;
    await sql`select setseed(0.42)`;
    await sql`insert into e_customers (code, name, region, level)
      select 'C-' || g, 'Customer ' || g,
             (array['north', 'east', 'south', 'west', null])[1 + (g % 20 = 0)::int * 4 + (g % 20 <> 0)::int * (g % 4)],
             case when g % 10 = 0 then 'vip' else 'normal' end
      from generate_series(1, ${customers}) g`;
    await sql`insert into e_products (sku, name, unit_price, category, low_stock_threshold)
      select 'P-' || lpad(g::text, 5, '0'), 'Product ' || g, round((random() * 495 + 5)::numeric, 2), 'cat-' || (g % 12),
             case when g % 7 = 0 then null else 5 + (g % 6) * 5 end
      from generate_series(1, ${products}) g`;
    // About one product in eight ends up below its threshold; a few hold reservations.
    await sql`insert into e_stock (product, on_hand, reserved)
      select id, on_hand, case when on_hand > 0 and random() < 0.3 then floor(random() * least(on_hand, 5))::int else 0 end
      from (select id, case when random() < 0.12 then floor(random() * 20)::int else 50 + floor(random() * 5000)::int end as on_hand from e_products) p`;

    await sql`create temp table seed_products as select row_number() over (order by sku)::int as n, id, unit_price from e_products`;
    await sql`create temp table seed_customers as select row_number() over (order by code)::int as n, id from e_customers`;
    // Orders g = 1..N spread evenly over the last 365 days with a little jitter, oldest first.
    await sql`create temp table seed_orders as
      select g, gen_random_uuid() as id,
             now() - interval '365 days' * (1 - g::float8 / ${orders}) - interval '1 second' * floor(random() * 600) as created_at,
             1 + floor(power(random(), 1.6) * ${customers})::int as customer_n,
             (array['store', 'online', 'online', 'api', 'store'])[1 + (g % 5)] as channel,
             random() as r
      from generate_series(1, ${orders}) g`;
    await sql`create temp table seed_lines as
      select o.g, k as position, 1 + floor(power(random(), 2) * ${products})::int as product_n, 1 + floor(random() * 4)::int as qty
      from seed_orders o cross join lateral generate_series(1, 1 + (o.g * 7 % 5)::int) k`;
    await sql`create temp table seed_totals as
      select l.g, sum(p.unit_price * l.qty) as total from seed_lines l join seed_products p on p.n = l.product_n group by l.g`;
    await sql`insert into e_orders (id, order_no, customer, status, channel, total_amount, created_at, updated_at)
      select o.id, 'SO-' || o.g, c.id,
             case when o.r < 0.06 then 'cancelled' when o.r < 0.09 then 'closed'
                  when o.r < 0.10 then 'pending_payment' when o.r < 0.105 then 'pending_approval' when o.r < 0.11 then 'draft'
                  when o.r < 0.30 then 'paid' when o.r < 0.50 then 'shipped' else 'completed' end,
             o.channel, t.total, o.created_at, o.created_at
      from seed_orders o join seed_totals t on t.g = o.g join seed_customers c on c.n = o.customer_n
      order by o.g`;
    await sql`insert into e_order_lines (parent_id, position, product, unit_price, qty, line_amount, created_at, updated_at)
      select o.id, l.position, p.id, p.unit_price, l.qty, p.unit_price * l.qty, o.created_at, o.created_at
      from seed_lines l join seed_orders o on o.g = l.g join seed_products p on p.n = l.product_n
      order by l.g, l.position`;
    const [counts] = await sql`select coalesce(sum(l.n), 0)::int as lines, count(*) filter (where o.total_amount is distinct from l.total)::int as wrong
      from e_orders o left join (select parent_id, count(*) as n, sum(line_amount) as total from e_order_lines group by parent_id) l on l.parent_id = o.id`;
    if (counts.wrong !== 0) throw new Error(`${counts.wrong} seeded orders whose total is not the sum of their lines`);
    await sql`drop table seed_totals, seed_lines, seed_orders, seed_customers, seed_products`;
    await sql`vacuum analyze e_customers, e_products, e_stock, e_orders, e_order_lines`;
    return { customers, products, orders, lines: counts.lines as number, seconds: (performance.now() - started) / 1000 };
  } finally {
    await sql.end();
  }
}
