import type { AdminJobDto, AdminJobListDto } from '@/engine/contract/api-types';

/** Shapes of /api/v1/admin/jobs as the dead-letter page reads them. */
export type DeadJob = AdminJobDto;
export type DeadJobList = AdminJobListDto;

export const deadJobsPath = (queue?: string, limit?: number) => {
  const query = new URLSearchParams({ status: 'dead' });
  if (queue) query.set('queue', queue);
  if (limit) query.set('limit', String(limit));
  return `/api/v1/admin/jobs?${query}`;
};
