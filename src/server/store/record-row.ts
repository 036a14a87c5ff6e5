import { sql, type SQL } from 'drizzle-orm';
import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import { isGenerated, isStored, type FieldDef } from '@/engine/metadata/field';
import type { RecordDto } from '@/engine/contract/api-types';
import { columnType } from './column-types';
import { column } from './table-names';

/**
 * Both drivers format dates, timestamps and bigints differently, so the SQL renders them as
 * text in one fixed format and the JSON shape never depends on the driver.
 */
const isoTimestamp = (expr: SQL) => sql`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export function storageKind(field: FieldDef): 'integer' | 'decimal' | 'date' | 'datetime' | 'plain' {
  if (field.type === 'number') return field.integer ? 'integer' : 'decimal';
  if (field.type === 'money') return 'decimal';
  if (field.type === 'date') return 'date';
  if (field.type === 'datetime') return 'datetime';
  if (field.type === 'rollup') return 'decimal';
  if (field.type === 'formula') {
    if (field.resultType === 'number' || field.resultType === 'money') return 'decimal';
    if (field.resultType === 'date') return 'date';
  }
  return 'plain';
}

export function selectExpression(field: FieldDef): SQL {
  const col = column(field.id);
  switch (storageKind(field)) {
    case 'integer':
    case 'decimal':
    case 'date':
      return sql`${col}::text`;
    case 'datetime':
      return isoTimestamp(col);
    default:
      return col;
  }
}

export function storedFields(entity: EntityDef): FieldDef[] {
  return activeFields(entity).filter(isStored);
}

/** Stored fields a write may set: generated columns are the database's to compute. */
export function writableFields(entity: EntityDef): FieldDef[] {
  return storedFields(entity).filter((field) => !isGenerated(field));
}

export function recordSelectList(entity: EntityDef): SQL {
  const parts: SQL[] = [
    sql`id`,
    sql`version`,
    sql`created_by`,
    sql`${isoTimestamp(sql`created_at`)} as created_at`,
    sql`${isoTimestamp(sql`updated_at`)} as updated_at`,
    sql`form_version`,
  ];
  if (entity.parent) parts.push(sql`parent_id`);
  for (const field of storedFields(entity)) parts.push(sql`${selectExpression(field)} as ${column(field.id)}`);
  return sql.join(parts, sql`, `);
}

export function rowToRecord(entity: EntityDef, row: Record<string, unknown>): RecordDto {
  const record: RecordDto = {
    id: String(row.id),
    version: Number(row.version),
    created_at: String(row.created_at),
    updated_at: String(row.updated_at),
    created_by: (row.created_by as string | null) ?? null,
    // The studio version of the form the record was last saved with; null before the first one.
    _formVersion: row.form_version === null || row.form_version === undefined ? null : Number(row.form_version),
  };
  if (entity.parent) record.parent_id = row.parent_id;
  for (const field of storedFields(entity)) {
    const value = row[field.id];
    record[field.id] = value === null || value === undefined ? null : storageKind(field) === 'integer' ? Number(value) : value;
  }
  return record;
}

/**
 * The bind value for a normalised field value, cast to the column's type. The cast puts the type
 * into the statement text: a connection that prepared a write before the column changed type
 * (publish) prepares it anew instead of binding the value with the old parameter type.
 */
export function bindValue(field: FieldDef, value: unknown): SQL {
  if (value === null || value === undefined) return sql`null`;
  if (field.type === 'multi_select') {
    // Array parameters serialise differently per driver; a JSON text parameter does not.
    return sql`array(select jsonb_array_elements_text(${JSON.stringify(value)}::jsonb))`;
  }
  return sql`${value}::${columnType(field)}`;
}
