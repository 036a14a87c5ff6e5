import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';

type Sql = postgres.Sql | postgres.TransactionSql;
type InstanceSample = {
  workflowKey: string;
  definitionId: string;
  status: string;
  state: unknown;
  history: Array<{ action: string; after: unknown }>;
  jobs: Array<{ queue: string; payload: unknown; delayed: boolean; maxAttempts: number }>;
};
export type WorkflowRows = { instances: InstanceSample[]; notification: { kind: string; title: unknown; body: unknown; link: string | null; userId: string } | null };

/**
 * What the template's workflows wrote for one order placed through the app (read back from the
 * latest one): its instances with their state, history entries, jobs, and the notification. The
 * direct baseline writes the same rows for each of its orders, so the run with workflows compares
 * like with like.
 */
export async function sampleWorkflowRows(sql: postgres.Sql): Promise<WorkflowRows> {
  const [latest] = await sql`select record_id from workflow_instances where entity = 'orders' order by started_at desc limit 1`;
  if (!latest) return { instances: [], notification: null };
  const rows = await sql`select id, workflow_key, definition_id, status, state, started_at from workflow_instances where record_id = ${latest.record_id}`;
  const instances = await Promise.all(
    rows.map(async (row) => ({
      workflowKey: row.workflow_key as string,
      definitionId: row.definition_id as string,
      status: row.status as string,
      state: row.state,
      history: (await sql`select action, after from audit_log where entity = 'workflow' and record_id = ${row.id} order by id`).map((entry) => ({ action: entry.action as string, after: entry.after })),
      jobs: (await sql`select queue, payload, max_attempts, run_at > now() + interval '1 minute' as delayed from jobs where payload->>'instanceId' = ${row.id as string}`).map((job) => ({
        queue: job.queue as string,
        payload: job.payload,
        delayed: job.delayed as boolean,
        maxAttempts: job.max_attempts as number,
      })),
    })),
  );
  const [notice] = await sql`select user_id, kind, title, body, link from notifications where created_at >= ${rows[0].started_at as Date} order by created_at limit 1`;
  return { instances, notification: notice ? { kind: notice.kind, title: notice.title, body: notice.body, link: notice.link, userId: notice.user_id } : null };
}

/** The sampled rows again, for a new order, in the order's transaction: one statement per table and instance, as the app does. */
export async function writeWorkflowRows(tx: Sql, rows: WorkflowRows, orderId: string, actorId: string): Promise<void> {
  if (!rows.instances.length) return;
  await tx`select token from directory_version`;
  for (const sample of rows.instances) {
    const id = randomUUID();
    await tx`insert into workflow_instances (id, workflow_key, definition_id, entity, record_id, initiator_id, status, state, version)
             values (${id}, ${sample.workflowKey}, ${sample.definitionId}, 'orders', ${orderId}, ${actorId}, ${sample.status}, ${tx.json(sample.state as never)}, 1)`;
    if (sample.history.length) {
      await tx`insert into audit_log ${tx(sample.history.map((entry) => ({ actor_id: actorId, entity: 'workflow', record_id: id, action: entry.action, after: tx.json(entry.after as never) })))}`;
    }
    for (const [index, job] of sample.jobs.entries()) {
      // Stored as done in a queue of its own: the app's worker, running meanwhile, must neither take
      // these on nor scan past them while looking for due jobs.
      await tx`insert into jobs (queue, key, payload, run_at, max_attempts, status)
               values (${`baseline-${job.queue}`}, ${`${id}:${index}`}, ${tx.json(job.payload as never)}, now() + ${job.delayed ? '30 minutes' : '0 seconds'}::interval, ${job.maxAttempts}, 'done')
               on conflict (queue, key) do nothing returning id`;
    }
  }
  const notice = rows.notification;
  if (notice) {
    await tx`insert into notifications (user_id, kind, title, body, link) values (${notice.userId}, ${notice.kind}, ${tx.json(notice.title as never)}, ${notice.body === null ? null : tx.json(notice.body as never)}, ${notice.link})`;
  }
}
