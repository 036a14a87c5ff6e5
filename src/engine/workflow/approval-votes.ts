import type { ApprovalMode } from './approval-config';
import type { Step, Task } from './state';

/** open: nobody holds the slot yet (a sequential approver whose turn has not come). */
export type SlotState = 'open' | 'pending' | 'approved' | 'rejected';
export type StepDecision = 'approved' | 'rejected' | 'undecided';

/**
 * Where each approver slot of a step stands. A slot may hold several tasks over time (transfers,
 * added signers); it is approved only once none of them is pending and none rejected.
 */
export function slotStates(step: Step, tasks: readonly Task[]): SlotState[] {
  return step.slots.map((_, order) => {
    const held = tasks.filter((task) => task.stepId === step.id && task.order === order);
    if (held.some((task) => task.status === 'rejected')) return 'rejected';
    if (held.some((task) => task.status === 'pending')) return 'pending';
    if (held.some((task) => task.status === 'approved')) return 'approved';
    return 'open';
  });
}

/**
 * Decides a step from its slots, called after every vote so the first decisive vote decides:
 * any (或签) — one approval passes, one rejection rejects; all (会签) and sequential (依次) — every
 * slot must approve, one rejection rejects; ratio — passes once approvals reach `ratioPercent` of
 * the slots, rejects as soon as the rest can no longer get there.
 */
export function decideStep(mode: ApprovalMode, states: readonly SlotState[], ratioPercent = 100): StepDecision {
  const total = states.length;
  const approved = states.filter((state) => state === 'approved').length;
  const rejected = states.filter((state) => state === 'rejected').length;
  switch (mode) {
    case 'any':
      if (approved > 0) return 'approved';
      return rejected > 0 ? 'rejected' : 'undecided';
    case 'all':
    case 'sequential':
      if (rejected > 0) return 'rejected';
      return approved === total ? 'approved' : 'undecided';
    case 'ratio':
      // approved / total >= ratioPercent / 100, cross-multiplied to stay in integers for whole percents.
      if (approved * 100 >= ratioPercent * total) return 'approved';
      return (total - rejected) * 100 < ratioPercent * total ? 'rejected' : 'undecided';
  }
}
