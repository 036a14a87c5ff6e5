/** Shapes of /api/v1/admin/jobs as the dead-letter page reads them. */
export type DeadJob = {
  id: number;
  queue: string;
  key: string;
  status: 'pending' | 'running' | 'done' | 'dead';
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  /** The JSON document, or the start of its text when `payloadTruncated`. */
  payload: unknown;
  payloadTruncated: boolean;
  runAt: string;
  createdAt: string;
  updatedAt: string;
};

export type DeadJobList = { data: DeadJob[]; total: number; queues: string[] };

export const deadJobsPath = (queue?: string, limit?: number) => {
  const query = new URLSearchParams({ status: 'dead' });
  if (queue) query.set('queue', queue);
  if (limit) query.set('limit', String(limit));
  return `/api/v1/admin/jobs?${query}`;
};
