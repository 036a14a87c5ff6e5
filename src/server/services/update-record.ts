import type { RecordDto } from '@/engine/contract/api-types';
import { frozenChildTables } from '@/engine/lifecycle/transitions';
import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { Locale } from '@/engine/metadata/keys';
import type { Db } from '../db/types';
import { assertCan, type Actor } from '../auth/actor';
import { conflict, mapDbErrors, notFound, validationFailed } from '../errors';
import { deleteChildRecords, findRecord, insertChildRecords, updateRecordValues } from '../store/records';
import { writeAudit } from './audit';
import { computeRecord } from './compute-record';
import { recordCounterChange } from './counter-ledger';
import { loadRegistry, requireEntity } from './entity-registry';
import { isUuid, loadFullRecord } from './get-record';
import { withActions } from './record-actions';
import { enforceRecordRules, ruleContextFor, validatedInput } from './record-input';
import { changedFields, startTriggeredWorkflows } from '../workflows/start-workflow';
import { startThresholdWorkflowsOnEdit } from '../workflows/threshold-workflows';

type Row = Record<string, unknown>;

function checkLifecycleRules(entity: EntityDef, before: RecordDto, input: { values: Row; children: Record<string, unknown> }): void {
  const lifecycle = entity.lifecycle;
  if (lifecycle && lifecycle.field in input.values) {
    const message = `"${lifecycle.field}" changes only through actions (${lifecycle.actions.filter((a) => !a.system).map((a) => a.key).join(', ')})`;
    throw validationFailed(message, { fields: [{ field: lifecycle.field, code: 'read_only', message }] });
  }
  const frozen = frozenChildTables(entity, lifecycle ? before[lifecycle.field] : undefined).filter((field) => field in input.children);
  if (frozen.length) {
    throw conflict(`${frozen.join(', ')} cannot change while stock is reserved for this record; cancel it and create a new one`);
  }
}

/** Stored values and line items as they will be after the write, for rollups and formulas. */
function mergedState(entity: EntityDef, before: RecordDto, input: { values: Row; children: Record<string, { values: Row }[]> }) {
  const values: Row = {};
  for (const [key, value] of Object.entries(before)) if (!key.startsWith('_')) values[key] = value;
  Object.assign(values, input.values);
  const children: Record<string, Row[]> = {};
  for (const field of activeFields(entity)) {
    if (field.type !== 'child_table') continue;
    children[field.id] = field.id in input.children ? input.children[field.id].map((row) => row.values) : ((before[field.id] as Row[] | undefined) ?? []);
    delete values[field.id];
  }
  return { values, children };
}

export type UpdateOptions = {
  /** The caller's language, for the designers' validation messages (zh-CN when unknown). */
  locale?: Locale;
  /** The caller was authorised otherwise (a workflow task's editable fields, a workflow's set_field). */
  authorized?: boolean;
};

/**
 * Applies a partial update when the caller's version is current (optimistic locking). A child
 * table present in the body replaces that record's line items. Form rules are checked on the
 * record as it will be (stored values with the changes applied).
 */
export async function updateRecord(db: Db, actor: Actor, entityKey: string, id: string, expectedVersion: number, body: unknown, options: UpdateOptions = {}): Promise<RecordDto> {
  return mapDbErrors(() =>
    db.transaction(async (tx) => {
      const registry = await loadRegistry(tx);
      const entity = requireEntity(registry, entityKey);
      if (!options.authorized) assertCan(actor, entity, 'update');
      const context = ruleContextFor(actor);
      const input = validatedInput(registry, entity, body, 'update', context);
      const before = isUuid(id) ? await loadFullRecord(tx, registry, entity, id) : undefined;
      if (!before) throw notFound(`No ${entity.key} record with id "${id}"`);
      if (before.version !== expectedVersion) throw staleVersion(before.version, expectedVersion);
      checkLifecycleRules(entity, before, input);

      const merged = mergedState(entity, before, input);
      const computed = await computeRecord(tx, registry, {
        entity,
        ...merged,
        freshChildren: new Set(Object.keys(input.children)),
        changedRelations: new Set(Object.keys(input.values).filter((key) => before[key] !== input.values[key])),
      });
      await enforceRecordRules(tx, registry, entity, { ...computed.values, ...computed.children }, {
        context,
        locale: options.locale,
        freshChildren: new Set(Object.keys(input.children)),
        changed: new Set(Object.keys(input.values)),
      });
      const changes: Row = { ...input.values };
      for (const field of activeFields(entity)) {
        if (field.type === 'formula' || field.type === 'rollup' || field.copyFrom) changes[field.id] = computed.values[field.id];
      }
      if (!(await updateRecordValues(tx, entity, id, expectedVersion, changes))) {
        const current = await findRecord(tx, entity, id);
        if (!current) throw notFound(`No ${entity.key} record with id "${id}"`);
        throw staleVersion(current.version, expectedVersion);
      }
      for (const fieldId of Object.keys(input.children)) {
        const field = activeFields(entity).find((candidate) => candidate.id === fieldId);
        if (field?.type !== 'child_table') continue;
        const child = requireEntity(registry, field.entity);
        await deleteChildRecords(tx, child, id);
        await insertChildRecords(tx, child, computed.children[fieldId], { actorId: actor.id, parentId: id });
      }
      const after = withActions(entity, (await loadFullRecord(tx, registry, entity, id))!, actor);
      await writeAudit(tx, { actorId: actor.id, entity: entity.key, recordId: id, action: 'update', before, after });
      await recordCounterChange(tx, registry, entity, before, after, actor.id);
      const changed = changedFields(before, after);
      if (changed.length) {
        await startThresholdWorkflowsOnEdit(tx, registry, actor, entity, before, after, changed);
        await startTriggeredWorkflows(tx, registry, actor, entity, after, { kind: 'field_changed', fields: changed });
      }
      return after;
    }),
  );
}

function staleVersion(current: number, expected: number) {
  return conflict(`The record was changed by someone else (version ${current}, you sent ${expected}); reload and try again`, {
    currentVersion: current,
  });
}
