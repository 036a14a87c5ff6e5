import type { Trigger, WorkflowDefinition } from '@/engine/workflow';

export const TRIGGER_KINDS = ['record_created', 'field_changed', 'state_action', 'schedule'] as const satisfies readonly Trigger['kind'][];
export const OUTCOMES = ['onApproved', 'onRejected', 'onWithdrawn'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A trigger of a kind, pre-filled with the first field or state action on offer (a daily 9:00 schedule). */
export function newTrigger(kind: Trigger['kind'], offer: { fields: readonly string[]; actions: readonly string[] }): Trigger {
  switch (kind) {
    case 'record_created':
      return { kind };
    case 'field_changed':
      return { kind, field: offer.fields[0] ?? '' };
    case 'state_action':
      return { kind, action: offer.actions[0] ?? '' };
    case 'schedule':
      return { kind, cron: '0 9 * * *' };
  }
}

/** The state action run when the instance ends this way; none removes the setting. */
export function setOutcomeAction(definition: WorkflowDefinition, outcome: Outcome, stateAction: string | undefined): WorkflowDefinition {
  const next = { ...definition };
  if (stateAction) next[outcome] = { stateAction };
  else delete next[outcome];
  return next;
}
