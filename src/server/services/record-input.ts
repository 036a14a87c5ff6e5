import type { EntityDef } from '@/engine/metadata/entity';
import { findField } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import type { Locale } from '@/engine/metadata/keys';
import { needsRuleCheck } from '@/engine/forms/rule-inputs';
import type { RuleContext } from '@/engine/forms/rule-context';
import { checkRecordRules, relationFilterError, type RecordRuleOptions, type RelationFilterCheck } from '@/engine/records/record-rules';
import { validateRecordInput, type FieldError, type ValidatedRecord } from '@/engine/records/validate-record';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/types';
import { validationFailed } from '../errors';
import { findFieldValues } from '../store/records';
import { BUSINESS_TIME_ZONE } from './business-time-zone';
import type { EntityRegistry } from './entity-registry';

/** The clock and user form rules and computed defaults see while `actor` writes. */
export function ruleContextFor(actor: Actor): RuleContext {
  return { now: new Date(), currentUser: actor.displayName || actor.username, timeZone: BUSINESS_TIME_ZONE };
}

function refuse(errors: FieldError[]): never {
  const count = errors.length;
  throw validationFailed(`${count} field${count === 1 ? ' is' : 's are'} invalid: ${errors.map((e) => e.message).join('; ')}`, { fields: errors });
}

/** Validates a create or update body against the entity; a failure is a 422 listing every field. */
export function validatedInput(registry: EntityRegistry, entity: EntityDef, body: unknown, mode: 'create' | 'update', context?: RuleContext): ValidatedRecord {
  const result = validateRecordInput(entity, body, { mode, lookup: registry.get, context });
  if (!result.ok) refuse(result.errors);
  return result.record;
}

/** Picked records are read once per filtered relation field, all rows of a table together. */
async function relationFilterErrors(db: Db, registry: EntityRegistry, checks: RelationFilterCheck[], locale: Locale | undefined): Promise<FieldError[]> {
  const byField = new Map<FieldDef, RelationFilterCheck[]>();
  for (const check of checks) byField.set(check.field, [...(byField.get(check.field) ?? []), check]);
  const found = await Promise.all(
    [...byField].map(async ([field, fieldChecks]) => {
      const target = field.type === 'relation' ? registry.get(field.entity) : undefined;
      const targetField = target && field.type === 'relation' && field.filterBy ? findField(target, field.filterBy.targetField) : undefined;
      if (!target || !targetField) return [];
      const actual = await findFieldValues(db, target, targetField, fieldChecks.map((check) => check.recordId));
      // A record that does not exist is reported by its foreign key.
      return fieldChecks.filter((check) => actual.has(check.recordId)).map((check) => relationFilterError(check, targetField, actual.get(check.recordId), locale));
    }),
  );
  return found.flat().filter((error): error is FieldError => error !== null);
}

/**
 * Enforces the entity's form rules on a record about to be written — conditional requirements,
 * offered options, cross-field validations, picker filters — as a 422 listing every field. Costs
 * nothing (no evaluation, no query) for entities without such rules.
 */
export async function enforceRecordRules(db: Db, registry: EntityRegistry, entity: EntityDef, values: Record<string, unknown>, options: Omit<RecordRuleOptions, 'lookup'>): Promise<void> {
  if (!needsRuleCheck(entity, registry.get)) return;
  const { errors, filterChecks } = checkRecordRules(entity, values, { ...options, lookup: registry.get });
  const filterErrors = filterChecks.length ? await relationFilterErrors(db, registry, filterChecks, options.locale) : [];
  const all = [...errors, ...filterErrors.filter((error) => !errors.some((other) => other.field === error.field))];
  if (all.length) refuse(all);
}
