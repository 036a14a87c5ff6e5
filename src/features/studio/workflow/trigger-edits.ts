import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import type { Trigger, WorkflowDefinition } from '@/engine/workflow';
import { thresholdSource, watchedExpression } from '@/engine/workflow/threshold-trigger';

export const TRIGGER_KINDS = ['record_created', 'field_changed', 'state_action', 'schedule', 'threshold_crossed'] as const satisfies readonly Trigger['kind'][];
export const OUTCOMES = ['onApproved', 'onRejected', 'onWithdrawn'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * A trigger of a kind, pre-filled with the first field or state action on offer (a daily 9:00
 * schedule; a threshold trigger watches the first counter field, below 0 until someone sets it).
 */
export function newTrigger(kind: Trigger['kind'], offer: { fields: readonly string[]; actions: readonly string[]; counterFields?: readonly string[] }): Trigger {
  switch (kind) {
    case 'record_created':
      return { kind };
    case 'field_changed':
      return { kind, field: offer.fields[0] ?? '' };
    case 'state_action':
      return { kind, action: offer.actions[0] ?? '' };
    case 'schedule':
      return { kind, cron: '0 9 * * *' };
    case 'threshold_crossed':
      return { kind, field: offer.counterFields?.[0] ?? '', below: 0 };
  }
}

/** The state action run when the instance ends this way; none removes the setting. */
export function setOutcomeAction(definition: WorkflowDefinition, outcome: Outcome, stateAction: string | undefined): WorkflowDefinition {
  const next = { ...definition };
  if (stateAction) next[outcome] = { stateAction };
  else delete next[outcome];
  return next;
}

/** Fields a threshold trigger can watch: numbers a counter move changes in the same statement. */
export function counterFields(entity: EntityDef | undefined): FieldDef[] {
  return entity ? activeFields(entity).filter((field) => watchedExpression(entity, field.id).ok) : [];
}

/** Number fields of the record `relation` points at, where a threshold may be read from. */
export function thresholdFields(entity: EntityDef | undefined, relation: string, entities: readonly EntityDef[]): FieldDef[] {
  const relationField = entity && activeFields(entity).find((field) => field.id === relation && field.type === 'relation');
  const related = relationField?.type === 'relation' ? entities.find((candidate) => candidate.key === relationField.entity) : undefined;
  if (!entity || !related) return [];
  const lookup = (key: string) => entities.find((candidate) => candidate.key === key);
  return activeFields(related).filter((field) => thresholdSource(entity, { relation, field: field.id }, lookup).ok);
}

type ScheduleTrigger = Extract<Trigger, { kind: 'schedule' }>;

/** No filter is stored as none at all, which the runtime reads as every record of the entity. */
export function setScheduleFilter(trigger: ScheduleTrigger, filter: Record<string, unknown> | undefined): ScheduleTrigger {
  const { filter: _previous, ...rest } = trigger;
  return filter ? { ...rest, filter } : rest;
}
