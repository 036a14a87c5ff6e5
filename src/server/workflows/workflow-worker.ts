import type { DbHandle } from '../db/types';
import { startWorker, type JobWorker, type WorkerOptions } from '../jobs';
import { fireTimer } from './fire-timer';
import { EMAIL_QUEUE, TIMER_QUEUE, WEBHOOK_QUEUE, type EmailPayload, type TimerPayload, type WebhookPayload } from './outbox';
import { postWorkflowWebhook } from './post-webhook';
import { keepSchedulesEnsured, SCHEDULE_QUEUE, type SchedulePayload } from './schedule-jobs';
import { runSchedule } from './schedule-run';
import { sendWorkflowEmail } from './send-email';

export function workflowHandlers(handle: DbHandle): WorkerOptions['handlers'] {
  return {
    [TIMER_QUEUE]: (payload: TimerPayload) => fireTimer(handle.db, payload),
    [EMAIL_QUEUE]: (payload: EmailPayload, job) => sendWorkflowEmail(handle.db, payload, job),
    [WEBHOOK_QUEUE]: (payload: WebhookPayload, job) => postWorkflowWebhook(payload, job),
    [SCHEDULE_QUEUE]: async (payload: SchedulePayload) => void (await runSchedule(handle.db, payload)),
  };
}

const started = globalThis as unknown as { __workflowWorker?: JobWorker };

/**
 * The job worker of this server process, started once (hot reloads reuse it). Only the Next
 * server starts it (src/instrumentation.ts); tests and CLI scripts start their own or none.
 */
export function startWorkflowWorker(handle: DbHandle, options: Omit<WorkerOptions, 'handlers'> = {}): JobWorker {
  started.__workflowWorker ??= withSchedules(handle, startWorker(handle, { ...options, handlers: workflowHandlers(handle) }), options.sweepMs);
  return started.__workflowWorker;
}

/**
 * The worker plus the schedules' own sweep: at start and as often as the job sweep, every published
 * schedule workflow gets its next occurrence queued if its chain of occurrence jobs is missing.
 */
export function withSchedules(handle: DbHandle, worker: JobWorker, everyMs = 30_000): JobWorker {
  const stopEnsuring = keepSchedulesEnsured(handle.db, everyMs);
  return {
    stop: async () => {
      stopEnsuring();
      await worker.stop();
    },
  };
}
