import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { ImportJobDto, ImportJobStatus, ImportMode, ImportRowError } from '@/engine/contract/import-export';
import { importJobs } from '../../db/schema';
import type { Db } from '../../db/types';
import { ERRORS_IN_RESPONSE, STALE_JOB_MS } from './import-limits';

export type JobCounts = { totalRows?: number; processedRows: number; insertedRows: number; updatedRows: number; errorRows: number };
export type JobRow = ImportJobDto & { actorId: string };

/** Every write of a running job refreshes this; a job whose heartbeat stops was cut off by a restart. */
const heartbeat = sql`jsonb_set(coalesce(${importJobs.options}, '{}'::jsonb), '{heartbeatAt}', to_jsonb(now()))`;
const INTERRUPTED: ImportRowError[] = [{ row: null, column: null, field: null, message: 'The import stopped unexpectedly (the server restarted); nothing after the last completed batch was written. Start it again.' }];

export async function createJob(db: Db, job: { entity: string; actorId: string; mode: ImportMode; fileName: string; options: Record<string, unknown> }): Promise<string> {
  const [row] = await db.insert(importJobs).values({ ...job, status: 'queued' }).returning({ id: importJobs.id });
  return row.id;
}

/** queued → running; false when someone else (a stale-job check) got there first. */
export async function startJob(db: Db, id: string, totalRows: number): Promise<boolean> {
  const rows = await db
    .update(importJobs)
    .set({ status: 'running', totalRows, options: heartbeat })
    .where(and(eq(importJobs.id, id), eq(importJobs.status, 'queued')))
    .returning({ id: importJobs.id });
  return rows.length === 1;
}

/** Progress of a running job; false once the job is no longer running (declared dead), so the runner stops. */
export async function reportProgress(db: Db, id: string, counts: JobCounts): Promise<boolean> {
  const rows = await db
    .update(importJobs)
    .set({ ...counts, options: heartbeat })
    .where(and(eq(importJobs.id, id), eq(importJobs.status, 'running')))
    .returning({ id: importJobs.id });
  return rows.length === 1;
}

/** The runner knows best how its job ended, so this overwrites even a stale-job verdict. */
export async function finishJob(db: Db, id: string, result: JobCounts & { status: 'succeeded' | 'failed'; errors: ImportRowError[] }): Promise<void> {
  const { errors, ...rest } = result;
  await db.update(importJobs).set({ ...rest, errors, finishedAt: new Date() }).where(eq(importJobs.id, id));
}

const staleCondition = sql`${importJobs.status} in ('queued', 'running')
  and coalesce((${importJobs.options} ->> 'heartbeatAt')::timestamptz, ${importJobs.createdAt}) < now() - make_interval(secs => ${STALE_JOB_MS / 1000})`;

async function selectJob(db: Db, id: string) {
  const { errors: _errors, options: _options, ...columns } = getTableColumns(importJobs);
  const [row] = await db
    .select({
      ...columns,
      errorsHead: sql<ImportRowError[] | null>`(select jsonb_agg(e order by n) from jsonb_array_elements(coalesce(${importJobs.errors}, '[]'::jsonb)) with ordinality as t(e, n) where n <= ${ERRORS_IN_RESPONSE})`,
      errorCount: sql<number>`jsonb_array_length(coalesce(${importJobs.errors}, '[]'::jsonb))`.mapWith(Number),
      stale: sql<boolean>`${staleCondition}`,
    })
    .from(importJobs)
    .where(eq(importJobs.id, id));
  return row;
}

/**
 * A job as its pollers see it. A queued or running job without a heartbeat for STALE_JOB_MS lost
 * its process (a restart): it is marked failed here, by whoever reads it first.
 */
export async function readJob(db: Db, id: string): Promise<JobRow | undefined> {
  let row = await selectJob(db, id);
  if (row?.stale) {
    await db.update(importJobs).set({ status: 'failed', finishedAt: new Date(), errors: INTERRUPTED }).where(and(eq(importJobs.id, id), staleCondition));
    row = await selectJob(db, id);
  }
  if (!row) return undefined;
  const { errorsHead, createdAt, finishedAt, stale: _stale, ...rest } = row;
  return {
    ...rest,
    status: rest.status as ImportJobStatus,
    mode: rest.mode as ImportMode,
    errors: errorsHead ?? [],
    createdAt: createdAt.toISOString(),
    finishedAt: finishedAt?.toISOString() ?? null,
  };
}

export async function readJobErrors(db: Db, id: string): Promise<ImportRowError[]> {
  const [row] = await db.select({ errors: importJobs.errors }).from(importJobs).where(eq(importJobs.id, id));
  return (row?.errors as ImportRowError[] | null) ?? [];
}
