import postgres from 'postgres';

export type UpdateRun = { count: number; seconds: number; perSecond: number; latenciesMs: number[] };

/**
 * The floor under a task decision: one transaction with one guarded single-row UPDATE (what closing
 * a task is at minimum), `count` of them from `callers` concurrent callers over `connections`
 * postgres.js connections, each on its own row of a scratch table, with nothing else in between.
 */
export async function singleRowUpdates(url: string, options: { count: number; callers: number; connections: number }): Promise<UpdateRun> {
  const sql = postgres(url, { max: options.connections, onnotice: () => {} });
  await sql`create table bench_single_rows (id int primary key, status text not null, completed_at timestamptz)`;
  await sql`insert into bench_single_rows select g, 'pending', null from generate_series(1, ${options.count}) g`;
  await sql`vacuum analyze bench_single_rows`;
  const latenciesMs: number[] = [];
  let next = 1;
  const started = performance.now();
  const caller = async () => {
    while (next <= options.count) {
      const id = next++;
      const begun = performance.now();
      await sql.begin((tx) => tx`update bench_single_rows set status = 'approved', completed_at = now() where id = ${id} and status = 'pending'`);
      latenciesMs.push(performance.now() - begun);
    }
  };
  await Promise.all(Array.from({ length: options.callers }, caller));
  const seconds = (performance.now() - started) / 1000;
  await sql`drop table bench_single_rows`;
  await sql.end();
  return { count: options.count, seconds, perSecond: options.count / seconds, latenciesMs };
}
