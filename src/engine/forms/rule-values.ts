import { activeFields, findField, type EntityDef, type EntityLookup } from '../metadata/entity';
import { normalizeFieldValue } from '../records/field-value';
import { computeRollup } from '../records/rollup';
import { computeFormulas } from '../rules';

type Values = Record<string, unknown>;

function isPlainObject(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function normalized(entity: EntityDef, key: string, value: unknown): unknown {
  const field = findField(entity, key);
  if (!field || field.type === 'child_table') return value;
  try {
    const result = normalizeFieldValue(field, value);
    // A value the server would refuse keeps its raw form: the refusal is reported elsewhere.
    return result.ok ? result.value : value;
  } catch {
    return value;
  }
}

/**
 * The record as rules see it, whoever holds it: each value in its stored form (decimals as
 * canonical text, dates as YYYY-MM-DD), child rows likewise, rollups and formulas computed. The
 * browser (form values) and the server (validated input) both pass through here, so a rule
 * compares the same values on both sides. Never throws.
 */
export function ruleValues(entity: EntityDef, values: Values, lookup?: EntityLookup): Values {
  const record: Values = {};
  for (const [key, value] of Object.entries(values)) {
    const field = findField(entity, key);
    if (field?.type === 'child_table') {
      const child = lookup?.(field.entity);
      record[key] = Array.isArray(value) && child ? value.map((row) => (isPlainObject(row) ? ruleValues(child, row, lookup) : row)) : value;
    } else {
      record[key] = normalized(entity, key, value);
    }
  }
  for (const field of activeFields(entity)) {
    const rows = field.type === 'rollup' ? record[field.child] : undefined;
    if (field.type !== 'rollup' || !Array.isArray(rows)) continue;
    try {
      record[field.id] = computeRollup(field, rows.filter(isPlainObject));
    } catch {
      record[field.id] = null;
    }
  }
  try {
    return computeFormulas(entity, record);
  } catch {
    return record; // a formula that cannot be computed yet leaves the others as they are
  }
}
