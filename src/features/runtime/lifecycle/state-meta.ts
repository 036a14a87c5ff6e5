import { findField, type EntityDef } from '@/engine/metadata/entity';
import type { FieldOf } from '@/engine/metadata/field';
import type { StateAction } from '@/engine/metadata/lifecycle';

/** The single_select field an entity's lifecycle moves through, when it has one. */
export function lifecycleField(entity: EntityDef): FieldOf<'single_select'> | undefined {
  const id = entity.lifecycle?.field;
  const field = id ? findField(entity, id) : undefined;
  return field?.type === 'single_select' && !field.removed ? field : undefined;
}

/** A state in which some reservation holds or has consumed capacity (stock) for the record. */
export function isCommittedState(entity: EntityDef, state: string): boolean {
  return (entity.reservations ?? []).some((reservation) => reservation.heldIn.includes(state) || reservation.consumedIn.includes(state));
}

/**
 * Moving into any other state gives held capacity back or ends the record's life (cancel), which
 * cannot be undone by another action, so people confirm it first.
 */
export function actionNeedsConfirm(entity: EntityDef, action: StateAction): boolean {
  return !isCommittedState(entity, action.to);
}

/** The actions a record offers (`_actions` from the server), in the order the metadata declares them. */
export function offeredActions(entity: EntityDef, offered: unknown): StateAction[] {
  if (!Array.isArray(offered)) return [];
  return (entity.lifecycle?.actions ?? []).filter((action) => offered.includes(action.key));
}

/** States besides the initial one a new record may start in; each gets its own save button. */
export function alternativeCreateStates(entity: EntityDef): string[] {
  const lifecycle = entity.lifecycle;
  if (!lifecycle) return [];
  return (lifecycle.createStates ?? []).filter((state) => state !== lifecycle.initial);
}

// By option position, so a designer's order of states (early → late → ended) reads as a progression.
const PALETTE = ['default', 'orange', 'gold', 'blue', 'cyan', 'green', 'red', 'magenta', 'purple', 'geekblue', 'lime', 'volcano'];

export function stateColor(field: FieldOf<'single_select'>, value: unknown): string {
  const index = field.options.findIndex((option) => option.value === value);
  if (index < 0) return 'default';
  return field.options[index].color ?? PALETTE[index % PALETTE.length];
}
