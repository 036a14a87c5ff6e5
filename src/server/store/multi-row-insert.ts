import { sql, type SQL } from 'drizzle-orm';
import type { EntityDef } from '@/engine/metadata/entity';
import { bindValue, writableFields } from './record-row';
import { column, entityTable } from './table-names';

type StoredValues = Record<string, unknown>;

/** System columns a multi-row insert sets before the fields, with each record's values for them. */
export type SystemColumns = { names: SQL[]; values: (record: StoredValues, index: number) => unknown[] };

/**
 * `INSERT INTO e_x (system…, fields…) VALUES (…), (…)` for many records of one entity. Every
 * record gets every writable column (generated ones are the database's), so the tuples line up;
 * values are normalised field values, bound as parameters. The caller adds RETURNING.
 */
export function multiRowInsert(entity: EntityDef, system: SystemColumns, records: StoredValues[]): SQL {
  const fields = writableFields(entity);
  const columns = [...system.names, ...fields.map((field) => column(field.id))];
  const tuples = records.map(
    (values, index) => sql`(${sql.join([...system.values(values, index).map((value) => sql`${value}`), ...fields.map((field) => bindValue(field, values[field.id]))], sql`, `)})`,
  );
  return sql`insert into ${entityTable(entity.key)} (${sql.join(columns, sql`, `)}) values ${sql.join(tuples, sql`, `)}`;
}
