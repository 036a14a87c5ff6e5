import { z } from 'zod';
import type { AdminJobDto } from '@/engine/contract/api-types';
import type { Db } from '../db/types';
import { assertAdmin, type Actor } from '../auth/actor';
import { conflict, notFound, validationFailed } from '../errors';
import { getJob, listDeadJobs, reviveDeadJob, summariseDeadJobs } from '../jobs/dead-jobs';
import type { JobRecord } from '../jobs/job-leases';

/** Past this many characters of JSON the list shows the start of the payload as text, not the whole document. */
export const PAYLOAD_PREVIEW_CHARS = 4000;

/** One job as the admin API shows it; a large payload comes as the start of its JSON text. */
export type AdminJob = AdminJobDto;

export const JobListQuerySchema = z.object({
  // Only the dead letters are listed for now; the parameter is explicit so other states can follow.
  status: z.literal('dead').default('dead'),
  queue: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const iso = (value: Date | string) => new Date(value).toISOString();

export function toAdminJob(job: JobRecord): AdminJob {
  const text = JSON.stringify(job.payload) ?? 'null';
  const truncated = text.length > PAYLOAD_PREVIEW_CHARS;
  return {
    id: job.id,
    queue: job.queue,
    key: job.key,
    status: job.status,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    lastError: job.lastError,
    payload: truncated ? `${text.slice(0, PAYLOAD_PREVIEW_CHARS)}…` : job.payload,
    payloadTruncated: truncated,
    runAt: iso(job.runAt),
    createdAt: iso(job.createdAt),
    updatedAt: iso(job.updatedAt),
  };
}

export async function adminListJobs(db: Db, actor: Actor, query: URLSearchParams) {
  assertAdmin(actor);
  const parsed = JobListQuerySchema.safeParse(Object.fromEntries([...query].filter(([, value]) => value !== '')));
  if (!parsed.success) {
    throw validationFailed('Use status=dead, an optional queue name and a limit of 1 to 500', { problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  }
  const { queue, limit } = parsed.data;
  const [dead, summary] = await Promise.all([listDeadJobs(db, { queue, limit }), summariseDeadJobs(db, queue)]);
  return { data: dead.map(toAdminJob), ...summary };
}

/** Job ids are positive bigints; anything else names no job (and never reaches the database as a bad cast). */
function jobId(text: string): number {
  if (!/^[1-9]\d{0,14}$/.test(text)) throw notFound(`There is no job with the id "${text}"`);
  return Number(text);
}

export async function adminRetryJob(db: Db, actor: Actor, idText: string): Promise<AdminJob> {
  assertAdmin(actor);
  const id = jobId(idText);
  const revived = await reviveDeadJob(db, id);
  if (revived) return toAdminJob(revived);
  const job = await getJob(db, id);
  if (!job) throw notFound(`There is no job with the id ${id}`);
  throw conflict(`Only a dead job can be retried; this one is ${job.status}`, { status: job.status });
}
