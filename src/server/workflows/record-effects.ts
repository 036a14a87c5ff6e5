import { sql } from 'drizzle-orm';
import type { RecordDto } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import { evaluateRule, truthy } from '@/engine/rules';
import type { EffectOf } from '@/engine/workflow';
import { queryRows } from '../db/sql';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { conflict } from '../errors';
import { findRecord } from '../store/records';
import { column, entityTable } from '../store/table-names';
import { requireEntity, type EntityRegistry } from '../services/entity-registry';
import { isUuid } from '../services/get-record';
import { runAction } from '../services/run-action';
import { updateRecord } from '../services/update-record';

/**
 * Record writes a transition asks for, in the transition's transaction (the services' own
 * transactions nest as savepoints). The workflow authorised them, so entity permissions are not
 * asked again; the record's own rules (validation, lifecycle) still apply.
 */
export async function setFields(tx: Db, actor: Actor, entity: EntityDef, recordId: string, values: Record<string, unknown>): Promise<RecordDto> {
  const current = await findRecord(tx, entity, recordId, { forUpdate: true });
  if (!current) throw conflict(`The ${entity.key} record of this workflow no longer exists`);
  return updateRecord(tx, actor, entity.key, recordId, current.version, values, { authorized: true });
}

/**
 * Runs a lifecycle action as the system. The lifecycle's `from` states are the guard: when the
 * record has moved on (an order paid before its payment timer fired) the action is skipped.
 */
export async function runStateAction(tx: Db, actor: Actor, entity: EntityDef, recordId: string, action: string): Promise<'ran' | 'skipped'> {
  const current = await findRecord(tx, entity, recordId, { forUpdate: true });
  const lifecycle = entity.lifecycle;
  const declared = lifecycle?.actions.find((candidate) => candidate.key === action);
  if (!current || !lifecycle || !declared || !declared.from.includes(String(current[lifecycle.field]))) return 'skipped';
  await runAction(tx, { actor, system: true }, entity.key, recordId, action);
  return 'ran';
}

/**
 * A guarded counter change on a related record (stock.reserved += qty): the row is locked, the
 * guard checked on it, then updated. A failing guard rolls the whole transition back.
 */
export async function applyCounterEffect(tx: Db, registry: EntityRegistry, effect: EffectOf<'counter_effect'>): Promise<void> {
  const target = requireEntity(registry, effect.entity);
  const id = typeof effect.recordId === 'string' ? effect.recordId : '';
  const delta = Number(effect.delta);
  if (!isUuid(id) || !Number.isFinite(delta)) throw conflict(`The counter on ${target.key} cannot be adjusted: no record or no numeric amount`);
  const row = await findRecord(tx, target, id, { forUpdate: true });
  if (!row) throw conflict(`The ${target.key} record to adjust does not exist`);
  if (effect.guard !== undefined && !truthy(evaluateRule(effect.guard, { ...row, delta }, { exactArithmetic: true }))) {
    throw conflict(`The condition for adjusting ${effect.field} on ${target.key} does not hold`, { entity: target.key, recordId: id, field: effect.field });
  }
  await queryRows(tx, sql`update ${entityTable(target.key)} set ${column(effect.field)} = ${column(effect.field)} + ${delta}, version = version + 1, updated_at = now() where id = ${id}`);
}
