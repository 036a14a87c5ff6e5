import { sql, type SQL } from 'drizzle-orm';
import type { FieldDef } from '@/engine/metadata/field';

/** Money is numeric(18,2) everywhere: exact to the cent, never a float. */
const MONEY = 'numeric(18,2)';

function numericType(precision: number, scale: number): string {
  return `numeric(${Math.trunc(precision)},${Math.trunc(scale)})`;
}

/** The column type for a stored field; built only from the field's type and validated integers. */
export function columnType(field: FieldDef): SQL {
  return sql.raw(columnTypeName(field));
}

/** The same as text, so two versions of a field can be compared: equal names need no ALTER. */
export function columnTypeName(field: FieldDef): string {
  switch (field.type) {
    case 'text':
    case 'long_text':
    case 'email':
    case 'phone':
    case 'single_select':
    case 'auto_number':
      return 'text';
    case 'number':
      return field.integer ? 'bigint' : numericType(field.precision, field.scale);
    case 'money':
      return MONEY;
    case 'date':
      return 'date';
    case 'datetime':
      return 'timestamptz';
    case 'boolean':
      return 'boolean';
    case 'multi_select':
      return 'text[]';
    case 'relation':
      return 'uuid';
    case 'formula':
      switch (field.resultType) {
        case 'number':
          return numericType(30, field.scale ?? 2);
        case 'money':
          return MONEY;
        case 'text':
          return 'text';
        case 'boolean':
          return 'boolean';
        case 'date':
          return 'date';
      }
      break;
    case 'rollup':
      return field.resultType === 'money' ? MONEY : numericType(30, field.scale ?? 2);
    case 'child_table':
      break;
  }
  throw new Error(`field type ${field.type} has no column`);
}
