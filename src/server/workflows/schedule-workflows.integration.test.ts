import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { BUSINESS_TIME_ZONE } from '../services/business-time-zone';
import { queryOne, queryRows } from '../db/sql';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { AppError } from '../errors';
import { startWorker } from '../jobs';
import { createRecord } from '../services/create-record';
import { loadRegistry, requireEntity } from '../services/entity-registry';
import { loadFullRecord } from '../services/get-record';
import { testActor } from '../testing/test-actors';
import { openTestDb, testDrivers } from '../testing/test-db';
import { publishWorkflow } from './publish-workflow';
import { saveWorkflowDraft } from './save-workflow-draft';
import { ensureSchedules, SCHEDULE_QUEUE, type SchedulePayload } from './schedule-jobs';
import { runSchedule } from './schedule-run';
import { startInstance } from './start-workflow';
import { workflowHandlers, withSchedules } from './workflow-worker';
import { approval, node, publishOrdersWithApproval, publishWorkflowDoc, workflowDoc } from './workflow-test-kit';

const DAILY = '0 3 * * *';
const DAY_MS = 86_400_000;

type JobRow = { key: string; payload: SchedulePayload; run_at: string; status: string };

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(testDrivers())('scheduled workflows on %s', (driver) => {
  let handle: DbHandle;
  let admin: Actor;

  beforeAll(async () => {
    handle = await openTestDb(driver);
    await publishOrdersWithApproval(handle.db);
    admin = await testActor(handle.db, ['admin']);
    await testActor(handle.db, ['manager']);
  });
  afterAll(() => handle?.close());

  /** North customers whose code carries `tag`: the records a test's schedule is meant for. */
  const northOf = (tag: string) => ({ and: [{ field: 'code', op: 'contains', value: tag }, { field: 'region', op: 'eq', value: 'north' }] });
  const customer = async (tag: string, n: number, region: string) => (await createRecord(handle.db, admin, 'customers', { code: `${tag}-${n}`, name: `${tag} ${n}`, region })).id;

  /** A review by a manager, so instances stay running; `instant` ends at once instead. */
  async function publishSchedule(key: string, tag: string, options: { instant?: boolean; cron?: string } = {}) {
    const nodes = options.instant ? [node('start', 'start'), node('end', 'end')] : [node('start', 'start'), approval('review', { approvers: [{ kind: 'role', role: 'manager' }] }), node('end', 'end')];
    await publishWorkflowDoc(handle.db, admin, workflowDoc(key, nodes, { entity: 'customers', trigger: { kind: 'schedule', cron: options.cron ?? DAILY, filter: northOf(tag) } }));
  }
  async function republish(key: string, trigger: Record<string, unknown>) {
    const current = (await queryOne<{ json: Record<string, unknown> }>(handle.db, sql`select json from definitions where kind = 'workflow' and key = ${key} order by version desc limit 1`))!.json;
    await saveWorkflowDraft(handle.db, admin, key, { ...current, trigger });
    await publishWorkflow(handle.db, admin, key);
  }
  const jobsOf = (key: string) => queryRows<JobRow>(handle.db, sql`select key, payload, run_at, status from jobs where queue = ${SCHEDULE_QUEUE} and key like ${`schedule:${key}:%`} order by id`);
  const instancesOf = async (key: string) => queryRows<{ record_id: string; status: string; initiator_id: string }>(handle.db, sql`select record_id, status, initiator_id from workflow_instances where workflow_key = ${key}`);
  /** The occurrence job as if its time had come `daysAgo` days ago (what the worker would run). */
  const pastOccurrence = (job: JobRow, daysAgo = 1): SchedulePayload => ({ ...job.payload, occurrence: new Date(new Date(job.payload.occurrence).getTime() - daysAgo * DAY_MS).toISOString() });

  it('publishing queues exactly one job, at the next occurrence in the business time zone', async () => {
    const before = Date.now();
    await publishSchedule('sched_publish', 'PUB');
    const jobs = await jobsOf('sched_publish');
    expect(jobs).toHaveLength(1);
    const runAt = new Date(jobs[0].run_at);
    expect(jobs[0].key).toBe(`schedule:sched_publish:v1:${runAt.toISOString()}`);
    expect(jobs[0].payload.occurrence).toBe(runAt.toISOString());
    expect(runAt.getTime()).toBeGreaterThan(before);
    expect(runAt.getTime() - before).toBeLessThanOrEqual(DAY_MS);
    const wall = new Intl.DateTimeFormat('en-GB', { timeZone: BUSINESS_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(runAt);
    expect(wall).toBe('03:00');
    // Ensuring again (worker start, sweep) adds nothing to an intact chain.
    expect(await ensureSchedules(handle.db)).toBe(0);
    expect(await jobsOf('sched_publish')).toHaveLength(1);
  });

  it('refuses a cron that cannot schedule anything and a filter the entity cannot run, naming the field', async () => {
    await publishSchedule('sched_invalid', 'INV');
    for (const [trigger, field] of [
      [{ kind: 'schedule', cron: '61 * * * *' }, 'trigger.cron'],
      [{ kind: 'schedule', cron: '0 0 30 2 *' }, 'trigger.cron'],
      [{ kind: 'schedule', cron: DAILY, filter: { field: 'no_such_field', op: 'eq', value: 1 } }, 'trigger.filter'],
    ] as const) {
      await saveWorkflowDraft(handle.db, admin, 'sched_invalid', { ...workflowDoc('sched_invalid', [node('start', 'start'), node('end', 'end')], { entity: 'customers' }), trigger });
      const error = await publishWorkflow(handle.db, admin, 'sched_invalid').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(422);
      expect((error as AppError).message).toContain(field);
    }
    expect(await jobsOf('sched_invalid')).toHaveLength(1);
  });

  it('an occurrence starts once per matching record, skips the others and queues the next occurrence', async () => {
    const [a, running, south] = [await customer('OCC', 1, 'north'), await customer('OCC', 2, 'north'), await customer('OCC', 3, 'south')];
    await publishSchedule('sched_occ', 'OCC');
    await handle.db.transaction(async (tx) => {
      const registry = await loadRegistry(tx);
      const entity = requireEntity(registry, 'customers');
      const workflow = registry.workflows.find((candidate) => candidate.definition.key === 'sched_occ')!;
      await startInstance(tx, registry, admin, workflow, entity, (await loadFullRecord(tx, registry, entity, running))!);
    });
    const [job] = await jobsOf('sched_occ');
    const payload = pastOccurrence(job);

    expect(await runSchedule(handle.db, payload)).toEqual({ started: 1 });
    const instances = await instancesOf('sched_occ');
    expect(instances.filter((row) => row.record_id === a)).toHaveLength(1);
    expect(instances.filter((row) => row.record_id === running)).toHaveLength(1);
    expect(instances.filter((row) => row.record_id === south)).toHaveLength(0);
    // Started on behalf of the publisher, as the inbox shows it.
    expect(instances.find((row) => row.record_id === a)?.initiator_id).toBe(admin.id);
    // The next occurrence after now: the one publishing queued.
    expect((await jobsOf('sched_occ')).map((row) => row.key)).toEqual([job.key]);

    // The same occurrence again (a redelivery) starts nothing more.
    expect(await runSchedule(handle.db, payload)).toEqual({ started: 0 });
    expect(await instancesOf('sched_occ')).toHaveLength(2);
  });

  it('a redelivered occurrence starts nothing again even where the instances finished at once', async () => {
    await customer('FIN', 1, 'north');
    await customer('FIN', 2, 'north');
    await publishSchedule('sched_fin', 'FIN', { instant: true });
    const payload = pastOccurrence((await jobsOf('sched_fin'))[0]);
    expect(await runSchedule(handle.db, payload)).toEqual({ started: 2 });
    expect((await instancesOf('sched_fin')).every((row) => row.status !== 'running')).toBe(true);
    expect(await runSchedule(handle.db, payload)).toEqual({ started: 0 });
    // A later occurrence starts them again: finished instances do not block it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await runSchedule(handle.db, { ...payload, occurrence: new Date().toISOString() })).toEqual({ started: 2 });
    expect(await instancesOf('sched_fin')).toHaveLength(4);
  });

  it('walks a big entity in pages of follow-up jobs, up to the cap', async () => {
    for (let n = 1; n <= 5; n += 1) await customer('PAGE', n, 'north');
    await publishSchedule('sched_page', 'PAGE');
    const payload = pastOccurrence((await jobsOf('sched_page'))[0]);
    expect(await runSchedule(handle.db, payload, 2, 3)).toEqual({ started: 2 });
    const follow = (await jobsOf('sched_page')).filter((row) => row.payload.after);
    expect(follow).toHaveLength(1);
    expect(follow[0].payload.seen).toBe(2);
    // Run twice: the page's own follow-up is queued once.
    expect(await runSchedule(handle.db, follow[0].payload, 2, 3)).toEqual({ started: 1 });
    expect(await runSchedule(handle.db, follow[0].payload, 2, 3)).toEqual({ started: 0 });
    expect((await jobsOf('sched_page')).filter((row) => row.payload.after)).toHaveLength(1);
    expect(await instancesOf('sched_page')).toHaveLength(3);
  });

  it('an occurrence of a version no longer published, or no longer on a schedule, does nothing', async () => {
    await customer('STALE', 1, 'north');
    await publishSchedule('sched_stale', 'STALE');
    const [v1] = await jobsOf('sched_stale');
    await republish('sched_stale', { kind: 'schedule', cron: DAILY, filter: northOf('STALE') });
    const jobs = await jobsOf('sched_stale');
    // Same cron, same occurrence: the new version has its own job.
    expect(jobs.map((row) => row.key)).toEqual([v1.key, v1.key.replace(':v1:', ':v2:')]);
    expect(await runSchedule(handle.db, pastOccurrence(v1))).toEqual({ started: 0 });

    await republish('sched_stale', { kind: 'record_created' });
    expect(await runSchedule(handle.db, pastOccurrence(jobs[1]))).toEqual({ started: 0 });
    expect(await ensureSchedules(handle.db)).toBe(0);
    expect(await jobsOf('sched_stale')).toHaveLength(2);
    expect(await instancesOf('sched_stale')).toHaveLength(0);
  });

  it('an occurrence missed while no worker ran fires once after a restart, and the chain goes on', async () => {
    await customer('MISS', 1, 'north');
    await customer('MISS', 2, 'north');
    await publishSchedule('sched_miss', 'MISS');
    const [job] = await jobsOf('sched_miss');
    // The server was down for two days: the occurrence came and went.
    const missed = pastOccurrence(job, 2);
    const missedKey = `schedule:sched_miss:v1:${missed.occurrence}`;
    await handle.db.execute(sql`update jobs set key = ${missedKey}, run_at = ${missed.occurrence}::timestamptz, payload = ${JSON.stringify(missed)}::jsonb where queue = ${SCHEDULE_QUEUE} and key = ${job.key}`);
    for (let restart = 0; restart < 2; restart += 1) {
      const worker = withSchedules(handle, startWorker(handle, { handlers: workflowHandlers(handle), pollMs: 20 }), 50);
      await until(async () => (await jobsOf('sched_miss')).every((row) => row.status !== 'pending' || new Date(row.run_at).getTime() > Date.now()));
      await worker.stop();
    }
    expect(await instancesOf('sched_miss')).toHaveLength(2);
    const jobs = await jobsOf('sched_miss');
    expect(jobs.map((row) => row.status)).toEqual(['done', 'pending']);
    expect(new Date(jobs[1].run_at).getTime()).toBeGreaterThan(Date.now());
  });

  it('a schedule whose chain is missing (a template install, a dead job) is queued again by the sweep', async () => {
    await publishSchedule('sched_lost', 'LOST');
    const [job] = await jobsOf('sched_lost');
    await handle.db.execute(sql`update jobs set status = 'dead' where queue = ${SCHEDULE_QUEUE} and key = ${job.key}`);
    await handle.db.execute(sql`delete from jobs where queue = ${SCHEDULE_QUEUE} and key = ${job.key}`);
    expect(await ensureSchedules(handle.db)).toBe(1);
    expect((await jobsOf('sched_lost')).map((row) => row.key)).toEqual([job.key]);
  });
});
