/**
 * The workflow runtime on real PostgreSQL, services called in-process (one process, as a server
 * runs them): approval transitions per second against single-row UPDATE transactions issued with
 * postgres.js (the baseline, same run), approve-to-next-task latency, the inbox with 1,000,000 tasks,
 * timer lateness under the server's worker, and outbox jobs per second. Part of `npm run bench`;
 * `npm run bench -- workflows` runs it alone. BENCH_SECONDS sets the approval run (default 10).
 */
import { connect } from '../src/server/db/connect';
import type { Actor } from '../src/server/auth/actor';
import { benchJobs } from '../src/server/jobs/bench-jobs';
import { createBenchDb } from './lib/bench-db';
import { fillInbox, timeInbox, TASKS } from './lib/inbox-million';
import { quantile } from './lib/percentiles';
import { singleRowUpdates } from './lib/single-row-updates';
import { timerLateness } from './lib/timer-lateness';
import { benchActor, workflowFixtures } from './lib/workflow-fixtures';
import { approveFor, sequentialFirstSteps, startApprovals } from './lib/workflow-transitions';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const INSTANCES = 2500;
const SEQUENTIAL = 100;
const TIMERS = 500;
const TIMER_WINDOW_SECONDS = 20;
const CALLERS = 16;
// The app's pool (connect's default), used by the runtime and the baseline alike.
const CONNECTIONS = 10;

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
const latencyRow = (name: string, values: number[], q = 0.95) => `${name.padEnd(42)} p50 ${ms(quantile(values, 0.5))}  p${Math.round(q * 100)} ${ms(quantile(values, q))}  n ${values.length}`;
const rateRow = (name: string, perSecond: number, detail: string) => `${name.padEnd(42)} ${perSecond.toFixed(1).padStart(8)} /s  ${detail}`;

export async function workflowBench(): Promise<void> {
  const db = await createBenchDb(10);
  const handle = await connect({ url: db.url, poolSize: CONNECTIONS });
  try {
    const fixtures = await workflowFixtures(handle.db, db.url, db.customer, INSTANCES + SEQUENTIAL);
    const people = new Map<string, Actor>([...fixtures.managers, ...fixtures.finance].map((actor) => [actor.id, actor]));

    // 1–2. Transitions and approve-to-next-task.
    const started = await startApprovals(handle, fixtures, CALLERS);
    const reserved = started.tasks.splice(0, SEQUENTIAL);
    await approveFor(handle, people, started.tasks.splice(0, 50), 4, 60); // warm-up: prepared statements, caches
    const run = await approveFor(handle, people, started.tasks, CALLERS, SECONDS);
    const baseline = await singleRowUpdates(db.url, { count: run.ok, callers: CALLERS, connections: CONNECTIONS });
    const sequential = await sequentialFirstSteps(handle, people, reserved);

    // 4–5 before 3, so the queue and timer tables are measured at their own size, not beside 1M tasks.
    const timers = await timerLateness(handle, fixtures, fixtures.orders.slice(0, TIMERS), TIMER_WINDOW_SECONDS);
    const jobs = await benchJobs(handle, 10_000);

    // 3. Inbox with 1,000,000 tasks.
    const [heavyActor, typicalActor] = [await benchActor(handle.db, 'wf_inbox_heavy', ['manager']), await benchActor(handle.db, 'wf_inbox_typical', ['finance'])];
    const inbox = await fillInbox(db.url, heavyActor, typicalActor, fixtures.clerk, fixtures.orders);
    const heavyTodo = await timeInbox(handle, heavyActor, 'todo', 200);
    const typicalTodo = await timeInbox(handle, typicalActor, 'todo', 200);
    const heavyDone = await timeInbox(handle, heavyActor, 'done', 200);
    const heavyCounts = await timeInbox(handle, heavyActor, 'counts', 200);

    console.log(`\nWorkflows: services in-process on PostgreSQL, ${CONNECTIONS} connections (2 cores shared by client and database)`);
    console.log(rateRow(`instances started, ${CALLERS} callers`, (INSTANCES + SEQUENTIAL) / started.seconds, `${INSTANCES + SEQUENTIAL} in ${started.seconds.toFixed(1)} s`));
    console.log(rateRow(`transitions, ${CALLERS} callers, ${run.seconds.toFixed(1)} s`, run.perSecond, `ok ${run.ok}  409 ${run.conflicts}  errors ${run.errors}${run.firstError ? ` (${run.firstError})` : ''}`));
    console.log(rateRow(`baseline: 1-row UPDATE txn, ${CALLERS} callers`, baseline.perSecond, `${baseline.count} in ${baseline.seconds.toFixed(1)} s`));
    console.log(latencyRow(`approve → next task, under load`, run.firstStepMs));
    console.log(latencyRow(`approve last step, under load`, run.lastStepMs));
    console.log(latencyRow(`baseline: 1-row UPDATE txn, under load`, baseline.latenciesMs));
    console.log(latencyRow(`approve → next task, sequential`, sequential));
    const who = (user: typeof inbox.heavy) => `${user.tasks.toLocaleString('en')} tasks (${user.pending} pending)`;
    console.log(`inbox: ${TASKS.toLocaleString('en')} tasks filled and analyzed in ${inbox.seconds.toFixed(1)} s; heaviest approver ${who(inbox.heavy)}, typical ${who(inbox.typical)}`);
    console.log(latencyRow(`inbox to-do page 1 + total, heaviest`, heavyTodo));
    console.log(latencyRow(`inbox to-do page 1 + total, typical`, typicalTodo));
    console.log(latencyRow(`inbox done page 1 + total, heaviest`, heavyDone));
    console.log(latencyRow(`task counts (badges), heaviest`, heavyCounts));
    console.log(latencyRow(`timer lateness, ${timers.timers} over ${TIMER_WINDOW_SECONDS} s`, timers.latenessMs, 0.99) + `  fired ${timers.fired}  finished ${timers.finished}`);
    console.log(rateRow(`outbox jobs, ${jobs.count} no-op`, jobs.jobsPerSecond, `${jobs.seconds.toFixed(1)} s`));

    const checks: Array<[string, number, string, boolean]> = [
      ['transitions / baseline', run.perSecond / baseline.perSecond, `${run.perSecond.toFixed(0)}/s (target ≥ 200/s)`, run.perSecond >= 200],
      ['approve → next task p95 / baseline', quantile(run.firstStepMs, 0.95) / quantile(baseline.latenciesMs, 0.95), `${quantile(run.firstStepMs, 0.95).toFixed(0)} ms under load, ${quantile(sequential, 0.95).toFixed(0)} ms sequential (target ≤ 150 ms)`, quantile(run.firstStepMs, 0.95) <= 150],
    ];
    console.log('');
    for (const [name, ratio, detail, met] of checks) console.log(`ratio ${name.padEnd(36)} ${ratio.toFixed(2).padStart(6)}  ${detail}${met ? '' : '  ← target missed'}`);
    const targets: Array<[string, number, number, string]> = [
      ['inbox to-do p95, heaviest', quantile(heavyTodo, 0.95), 50, 'ms'],
      ['task counts p95, heaviest', quantile(heavyCounts, 0.95), 50, 'ms'],
      ['timer lateness p99', quantile(timers.latenessMs, 0.99) / 1000, 60, 's'],
    ];
    for (const [name, value, limit, unit] of targets) console.log(`${name.padEnd(42)} ${value.toFixed(unit === 's' ? 2 : 1)} ${unit} (target ≤ ${limit} ${unit})${value <= limit ? '' : '  ← target missed'}`);
    console.log(`${'outbox jobs'.padEnd(42)} ${jobs.jobsPerSecond.toFixed(0)}/s (target ≥ 1,000/s)${jobs.jobsPerSecond >= 1000 ? '' : '  ← target missed'}`);
    if (run.errors > 0 || timers.fired < timers.timers || timers.finished < timers.timers) process.exitCode = 1;
  } finally {
    await handle.close();
    await db.drop();
  }
}
