import { checkFormRules } from '../forms/check-form-rules';
import { compileSqlComparison, compileSqlExpression } from '../query/sql-expression';
import { findField, type EntityDef, type EntityLookup } from './entity';

const NUMERIC = new Set(['number', 'money', 'formula', 'rollup']);

/**
 * Cross-references a single document cannot check: rollups, snapshots, the lifecycle, reservations
 * and database-computed rules must all name fields that exist with the right type, and form rules
 * (conditions, picker filters, validations) must be valid and name fields that exist.
 */
export function checkEntitySemantics(entity: EntityDef, lookup: EntityLookup): string[] {
  const problems: string[] = [];
  const resolve = (key: string) => (key === entity.key ? entity : lookup(key));
  const childOf = (fieldId: string) => {
    const field = findField(entity, fieldId);
    return field?.type === 'child_table' ? resolve(field.entity) : undefined;
  };

  for (const field of entity.fields) {
    if (field.type === 'rollup') {
      const child = childOf(field.child);
      if (!child) problems.push(`rollup "${field.id}": "${field.child}" is not a child table of ${entity.key}`);
      else if (field.op !== 'count' && !NUMERIC.has(findField(child, field.field ?? '')?.type ?? '')) {
        problems.push(`rollup "${field.id}": "${field.field}" is not a numeric field of ${child.key}`);
      }
    }
    if (field.copyFrom) {
      const relation = findField(entity, field.copyFrom.relation);
      const target = relation?.type === 'relation' ? resolve(relation.entity) : undefined;
      if (!target) problems.push(`field "${field.id}" copies from "${field.copyFrom.relation}", which is not a relation field`);
      else if (!findField(target, field.copyFrom.field)) problems.push(`field "${field.id}" copies "${field.copyFrom.field}", which ${target.key} does not have`);
    }
    if (field.type === 'formula' && field.generated) {
      const compiled = compileSqlExpression(entity, field.expression);
      if (!compiled.ok) problems.push(`formula "${field.id}" cannot be computed by the database: ${compiled.problem}`);
    }
  }

  for (const check of entity.checks ?? []) {
    const compiled = compileSqlComparison(entity, check.rule);
    if (!compiled.ok) problems.push(`check "${check.id}": ${compiled.problem}`);
  }

  const lifecycle = entity.lifecycle;
  if (lifecycle) {
    const field = findField(entity, lifecycle.field);
    const states = field?.type === 'single_select' ? new Set(field.options.map((option) => option.value)) : undefined;
    if (!states) problems.push(`lifecycle field "${lifecycle.field}" must be a single_select field`);
    const named = [lifecycle.initial, ...(lifecycle.createStates ?? []), ...lifecycle.actions.flatMap((action) => [...action.from, action.to])];
    for (const state of new Set(named)) if (states && !states.has(state)) problems.push(`lifecycle state "${state}" is not an option of "${lifecycle.field}"`);
    for (const deadline of lifecycle.deadlines ?? []) {
      if (findField(entity, deadline.field)?.type !== 'datetime') problems.push(`deadline field "${deadline.field}" must be a datetime field`);
    }
  }

  for (const reservation of entity.reservations ?? []) {
    const child = childOf(reservation.source.child);
    const target = resolve(reservation.target.entity);
    if (!child) problems.push(`reservation "${reservation.id}": "${reservation.source.child}" is not a child table`);
    else {
      if (findField(child, reservation.source.key)?.type !== 'relation') problems.push(`reservation "${reservation.id}": ${child.key}.${reservation.source.key} must be a relation`);
      if (!NUMERIC.has(findField(child, reservation.source.quantity)?.type ?? '')) problems.push(`reservation "${reservation.id}": ${child.key}.${reservation.source.quantity} must be numeric`);
    }
    if (!target) problems.push(`reservation "${reservation.id}": unknown entity "${reservation.target.entity}"`);
    else {
      const key = findField(target, reservation.target.key);
      if (key?.type !== 'relation' || !key.unique) problems.push(`reservation "${reservation.id}": ${target.key}.${reservation.target.key} must be a unique relation`);
      for (const counter of [reservation.target.onHand, reservation.target.reserved]) {
        if (findField(target, counter)?.type !== 'number') problems.push(`reservation "${reservation.id}": ${target.key}.${counter} must be a number field`);
      }
    }
    if (!lifecycle) problems.push(`reservation "${reservation.id}" needs a lifecycle to know when it is held`);
    const ledger = reservation.ledger;
    const ledgerEntity = ledger ? resolve(ledger.entity) : undefined;
    if (ledger && !ledgerEntity) problems.push(`reservation "${reservation.id}": unknown ledger entity "${ledger.entity}"`);
    if (ledger && ledgerEntity) {
      for (const id of [ledger.key, ledger.record, ledger.quantity, ledger.kind]) {
        if (!findField(ledgerEntity, id)) problems.push(`reservation "${reservation.id}": ledger ${ledgerEntity.key} has no field "${id}"`);
      }
    }
  }
  problems.push(...checkFormRules(entity, lookup));
  return problems;
}
