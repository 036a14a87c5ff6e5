import postgres from 'postgres';
import { writeWorkflowRows, type WorkflowRows } from './direct-workflow-rows';
import type { LoadResult } from './http-load';

type Body = { customer: string; channel: string; lines: Array<{ product: string; qty: number }> };

/**
 * The baseline: the statements the app runs for an order — the unlocked availability check, the
 * order number, then one transaction with the order row, line rows with the price snapshot and
 * amount, the audit entry, ledger rows and the guarded stock updates in product order, last —
 * issued straight from postgres.js with no HTTP, authentication, validation or metadata in between.
 * With `workflowRows`, each transaction also writes the rows the template's workflows write for an
 * order (instances, history, jobs, a notification), as sampled from the app.
 */
export async function directLoad(options: { url: string; connections: number; seconds: number; body: () => Body; workflowRows?: WorkflowRows & { actorId: string } }): Promise<LoadResult> {
  const sql = postgres(options.url, { max: options.connections, onnotice: () => {} });
  const latencies: number[] = [];
  let ok = 0;
  let conflicts = 0;
  let otherErrors = 0;
  const until = Date.now() + options.seconds * 1000;
  const worker = async () => {
    while (Date.now() < until) {
      const body = options.body();
      const started = performance.now();
      try {
        const totals = new Map<string, number>();
        for (const line of body.lines) totals.set(line.product, (totals.get(line.product) ?? 0) + line.qty);
        const stock = await sql`select product, on_hand - reserved as available from e_stock where product in ${sql([...totals.keys()])}`;
        if (stock.some((row) => Number(row.available) < totals.get(row.product as string)!)) throw Object.assign(new Error('short'), { short: true });
        const [counter] = await sql`insert into sequences (scope, value) values ('bench', 1) on conflict (scope) do update set value = sequences.value + 1 returning value`;
        await sql.begin(async (tx) => {
          const prices = await tx`select id, unit_price from e_products where id in ${tx([...totals.keys()])}`;
          const price = new Map(prices.map((row) => [row.id as string, row.unit_price as string]));
          const [order] = await tx`insert into e_orders (order_no, customer, status, channel, total_amount, payment_due_at)
            values (${`D-${counter.value}`}, ${body.customer}, 'pending_payment', ${body.channel},
                    ${body.lines.reduce((sum, line) => sum + Number(price.get(line.product)) * line.qty, 0).toFixed(2)}, now() + interval '30 minutes') returning id`;
          const lines = body.lines.map((line, position) => ({ parent_id: order.id, position, product: line.product, qty: line.qty, unit_price: price.get(line.product), line_amount: (Number(price.get(line.product)) * line.qty).toFixed(2) }));
          await tx`insert into e_order_lines ${tx(lines)}`;
          await tx`insert into audit_log (actor_id, entity, record_id, action, after) values (null, 'orders', ${order.id}, 'create', ${tx.json({ id: order.id, lines })})`;
          const keys = [...totals.keys()].sort();
          await tx`insert into e_stock_movements ${tx(keys.map((product) => ({ product, order: order.id, qty: totals.get(product)!, kind: 'reserve' })))}`;
          if (options.workflowRows) await writeWorkflowRows(tx, options.workflowRows, order.id, options.workflowRows.actorId);
          for (const product of keys) {
            const rows = await tx`update e_stock set reserved = reserved + ${totals.get(product)!}, version = version + 1, updated_at = now()
              where product = ${product} and on_hand - reserved >= ${totals.get(product)!} returning id`;
            if (rows.length === 0) throw Object.assign(new Error('short'), { short: true });
          }
        });
        ok += 1;
        latencies.push(performance.now() - started);
      } catch (error) {
        if ((error as { short?: boolean }).short) conflicts += 1;
        else otherErrors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  await sql.end();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { seconds: options.seconds, ok, conflicts, otherErrors, perSecond: ok / options.seconds, p50: at(0.5), p99: at(0.99) };
}
