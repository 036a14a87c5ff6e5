import { activeFields, type EntityDef } from '../metadata/entity';
import { isComputed, isStored, type FieldDef } from '../metadata/field';
import { normalizeFieldValue } from '../records/field-value';
import { evaluateRule } from '../rules';
import { todayIn, type RuleContext } from './rule-context';

type Values = Record<string, unknown>;

function computedDefault(field: FieldDef, data: Values, context: RuleContext): unknown {
  const from = field.defaultFrom;
  if (!from) return undefined;
  switch (from.kind) {
    case 'today':
      return field.type === 'datetime' ? context.now.toISOString() : todayIn(context.now, context.timeZone);
    case 'now':
      return field.type === 'date' ? todayIn(context.now, context.timeZone) : context.now.toISOString();
    case 'currentUser':
      return context.currentUser ?? undefined;
    case 'rule':
      try {
        return evaluateRule(from.rule, data, { now: context.now });
      } catch {
        return undefined;
      }
  }
}

/**
 * The value a new record gets for `field` when none is given: the computed default (`defaultFrom`)
 * when it yields a valid value, else the constant `defaultValue`. Undefined when there is none.
 */
export function defaultValueFor(field: FieldDef, data: Values, context: RuleContext): unknown {
  if (!isStored(field)) return undefined;
  // Server-maintained fields keep their constant starting value (a stock counter's 0), nothing computed.
  const computed = isComputed(field) ? undefined : computedDefault(field, data, context);
  for (const candidate of [computed, field.defaultValue]) {
    if (candidate === undefined || candidate === null || candidate === '') continue;
    const result = normalizeFieldValue(field, candidate);
    if (result.ok && result.value !== null) return result.value;
  }
  return undefined;
}

/**
 * Defaults for the fields of a new record that `given` leaves out, in field order; a rule default
 * reads the given values and the defaults before it.
 */
export function newRecordDefaults(entity: EntityDef, context: RuleContext, given: Values = {}): Values {
  return fieldDefaults(activeFields(entity), context, given);
}

/** newRecordDefaults for some fields of an entity (a child table's columns). */
export function fieldDefaults(fields: FieldDef[], context: RuleContext, given: Values = {}): Values {
  const defaults: Values = {};
  for (const field of fields) {
    if (Object.hasOwn(given, field.id) && given[field.id] !== undefined) continue;
    const value = defaultValueFor(field, { ...given, ...defaults }, context);
    if (value !== undefined) defaults[field.id] = value;
  }
  return defaults;
}
