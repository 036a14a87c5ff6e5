import { sql, type SQL } from 'drizzle-orm';
import type { FieldDef } from '@/engine/metadata/field';

/** Money is numeric(18,2) everywhere: exact to the cent, never a float. */
const MONEY = 'numeric(18,2)';

function numericType(precision: number, scale: number): string {
  return `numeric(${Math.trunc(precision)},${Math.trunc(scale)})`;
}

/** The column type for a stored field; built only from the field's type and validated integers. */
export function columnType(field: FieldDef): SQL {
  switch (field.type) {
    case 'text':
    case 'long_text':
    case 'email':
    case 'phone':
    case 'single_select':
    case 'auto_number':
      return sql.raw('text');
    case 'number':
      return sql.raw(field.integer ? 'bigint' : numericType(field.precision, field.scale));
    case 'money':
      return sql.raw(MONEY);
    case 'date':
      return sql.raw('date');
    case 'datetime':
      return sql.raw('timestamptz');
    case 'boolean':
      return sql.raw('boolean');
    case 'multi_select':
      return sql.raw('text[]');
    case 'relation':
      return sql.raw('uuid');
    case 'formula':
      switch (field.resultType) {
        case 'number':
          return sql.raw(numericType(30, field.scale ?? 2));
        case 'money':
          return sql.raw(MONEY);
        case 'text':
          return sql.raw('text');
        case 'boolean':
          return sql.raw('boolean');
        case 'date':
          return sql.raw('date');
      }
      break;
    case 'rollup':
      return sql.raw(field.resultType === 'money' ? MONEY : numericType(30, field.scale ?? 2));
    case 'child_table':
      break;
  }
  throw new Error(`field type ${field.type} has no column`);
}
