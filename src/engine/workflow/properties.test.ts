import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkflowEvent } from './events';
import { changedTasks, InstanceStateSchema } from './state';
import { effectsOf, Harness, singleApproval, twoStepsForProperties } from './test-fixtures';

const people = (count: number) => Array.from({ length: count }, (_, index) => `u${index}`);

/** A permutation of 0..n-1 drawn by fast-check (shrinks well, unlike shuffling with Math.random). */
const permutation = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });

describe('approval properties', () => {
  it('mode all: whatever the order of N approvals, exactly one completion, on the last vote', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(fc.constant(n), permutation(n))), ([n, order]) => {
        const h = new Harness(singleApproval({ mode: 'all', approvers: [{ kind: 'user', ids: people(n) }] }));
        h.start();
        order.forEach((index, position) => {
          const effects = h.approve(`u${index}`);
          expect(effectsOf(effects, 'finished')).toHaveLength(position === n - 1 ? 1 : 0);
        });
        expect(effectsOf(h.effects, 'finished')).toEqual([{ type: 'finished', outcome: 'approved' }]);
        expect(h.state?.tasks.every((task) => task.status === 'approved')).toBe(true);
      }),
    );
  });

  it('mode any: the first decisive vote decides and every later vote is refused', () => {
    const votes = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.constant(n), permutation(n), fc.array(fc.boolean(), { minLength: n, maxLength: n })));
    fc.assert(
      fc.property(votes, ([n, order, approves]) => {
        const h = new Harness(singleApproval({ mode: 'any', approvers: [{ kind: 'user', ids: people(n) }] }));
        h.start();
        const tasks = new Map(h.pending().map((task) => [task.assignee, task.id]));
        order.forEach((index, position) => {
          const type = approves[position] ? 'approve' : 'reject';
          const result = h.send({ type, taskId: tasks.get(`u${index}`) as string, actor: `u${index}` });
          expect(result.ok).toBe(position === 0);
          if (!result.ok) expect(result.status).toBe(409);
        });
        expect(h.status).toBe(approves[0] ? 'approved' : 'rejected');
        expect(effectsOf(h.effects, 'finished')).toHaveLength(1);
      }),
    );
  });

  it('mode ratio: finishes exactly once, as soon as the share is reached or out of reach', () => {
    const setup = fc.integer({ min: 1, max: 7 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: 100 }), permutation(n), fc.array(fc.boolean(), { minLength: n, maxLength: n })));
    fc.assert(
      fc.property(setup, ([n, percent, order, approves]) => {
        const h = new Harness(singleApproval({ mode: 'ratio', ratioPercent: percent, approvers: [{ kind: 'user', ids: people(n) }] }));
        h.start();
        const tasks = new Map(h.pending().map((task) => [task.assignee, task.id]));
        let yes = 0;
        let no = 0;
        for (const [position, index] of order.entries()) {
          const result = h.send({ type: approves[position] ? 'approve' : 'reject', taskId: tasks.get(`u${index}`) as string, actor: `u${index}` });
          expect(result.ok).toBe(true);
          if (approves[position]) yes += 1;
          else no += 1;
          const expected = yes / n >= percent / 100 ? 'approved' : (n - no) / n < percent / 100 ? 'rejected' : 'running';
          expect(h.status).toBe(expected);
          if (expected !== 'running') break;
        }
        expect(effectsOf(h.effects, 'finished')).toHaveLength(1);
      }),
    );
  });

  it('mode sequential: one pending task at a time, in the configured order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), (n) => {
        const h = new Harness(singleApproval({ mode: 'sequential', approvers: [{ kind: 'user', ids: people(n) }] }));
        h.start();
        for (let index = 0; index < n; index += 1) {
          expect(h.pending().map((task) => task.assignee)).toEqual([`u${index}`]);
          h.approve(`u${index}`);
        }
        expect(h.status).toBe('approved');
      }),
    );
  });
});

describe('transition purity', () => {
  const actors = ['alice', 'bob', 'carol', 'mallory'];
  const choice = fc.record({ kind: fc.nat(6), actor: fc.nat(3), target: fc.nat(20), flag: fc.boolean() });

  /** Builds an event from a choice against the current state, so shrinking keeps events meaningful. */
  function eventFor(h: Harness, pick: { kind: number; actor: number; target: number; flag: boolean }): WorkflowEvent {
    const tasks = h.state?.tasks ?? [];
    const timers = h.state?.timers ?? [];
    const task = tasks[pick.target % Math.max(tasks.length, 1)];
    // Mostly the task's own assignee, sometimes someone else, to exercise the refusals too.
    const actor = task && pick.actor !== 3 ? task.assignee : actors[pick.actor];
    const taskId = task?.id ?? 'missing';
    const other = actors[(pick.target + 1) % actors.length];
    switch (pick.kind) {
      case 0:
        return { type: 'approve', taskId, actor };
      case 1:
        return { type: 'reject', taskId, actor };
      case 2:
        return { type: 'return', taskId, actor, to: pick.flag ? 'manager' : 'finance' };
      case 3:
        return { type: 'transfer', taskId, actor, to: other };
      case 4:
        return { type: 'add_signer', taskId, actor, position: pick.flag ? 'before' : 'after', user: other };
      case 5:
        return { type: 'withdraw', actor: pick.flag ? 'alice' : actor };
      default:
        return { type: 'timer_fired', timerId: timers[pick.target % Math.max(timers.length, 1)]?.id ?? 'missing' };
    }
  }

  it('never changes the state it is given; a refusal changes nothing; invariants hold after every event', () => {
    fc.assert(
      fc.property(fc.array(choice, { minLength: 1, maxLength: 30 }), (picks) => {
        const h = new Harness(twoStepsForProperties());
        h.start('alice');
        for (const pick of picks) {
          const state = h.state!;
          const snapshot = structuredClone(state);
          const result = h.send(eventFor(h, pick));
          expect(state).toEqual(snapshot);
          if (!result.ok) expect(h.state).toBe(state);
          const after = h.state!;
          // What the runtime stores must read back through the schema it validates rows with.
          expect(InstanceStateSchema.parse(JSON.parse(JSON.stringify(after)))).toEqual(after);
          const changed = new Set(changedTasks(state, after).map((task) => task.id));
          for (const effect of effectsOf(result.ok ? result.effects : [], 'create_task')) expect(changed.has(effect.task.id)).toBe(true);
          const pending = after.tasks.filter((task) => task.status === 'pending');
          // A slot is held by at most one pending task, and pending tasks belong to a live step.
          expect(new Set(pending.map((task) => `${task.stepId}/${task.order}`)).size).toBe(pending.length);
          const steps = new Set(after.steps.map((step) => step.id));
          expect(pending.every((task) => steps.has(task.stepId))).toBe(true);
          if (after.status !== 'running') expect([pending, after.timers, after.tokens]).toEqual([[], [], []]);
        }
        expect(effectsOf(h.effects, 'finished').length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
