/** Runs once when the server starts: migrate, bootstrap roles and demo content, print demo logins; then the job worker. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getDbHandle } = await import('./server/db');
  const handle = await getDbHandle();
  // Timers, e-mails and webhooks of workflows; JOB_WORKER=0 leaves them to other processes.
  if (process.env.JOB_WORKER !== '0') {
    const { startWorkflowWorker } = await import('./server/workflows/workflow-worker');
    startWorkflowWorker(handle);
  }
}
