'use client';

import { useEffect, useState } from 'react';
import type { ImportJobDto } from '@/engine/contract/import-export';
import { isAbort, toApiError, type ApiError } from '../api-client';
import { fetchJob } from './import-api';

const POLL_MS = 1000;

/** Polls an import job every second until it has finished; the job row on the server is the only truth. */
export function useImportJob(jobId: string | null): { job: ImportJobDto | null; error: ApiError | null } {
  const [job, setJob] = useState<ImportJobDto | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (!jobId) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const next = await fetchJob(jobId, controller.signal);
        setJob(next);
        setError(null);
        if (next.status === 'succeeded' || next.status === 'failed') return;
      } catch (caught) {
        if (isAbort(caught)) return;
        // A dropped poll is retried; the job keeps running on the server either way.
        setError(toApiError(caught));
      }
      timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [jobId]);

  return { job: jobId ? job : null, error };
}
