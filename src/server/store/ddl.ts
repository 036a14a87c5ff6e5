import { sql, type SQL } from 'drizzle-orm';
import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import { isStored, type FieldDef } from '@/engine/metadata/field';
import { queryRows } from '../db/sql';
import type { Db } from '../db/types';
import { compileSqlComparison, compileSqlExpression } from '@/engine/query/sql-expression';
import { columnType } from './column-types';
import { comparisonSql, expressionSql } from './sql-expression';
import { column, constraintName, entityTable } from './table-names';

/**
 * Brings an entity's table in line with a new definition inside the caller's transaction.
 * Columns are only ever added: a removed field keeps its column and data. Foreign keys are added
 * in a second pass (addForeignKeys) so entities published together may point at each other.
 */
export async function syncEntityTable(db: Db, entity: EntityDef, previous: EntityDef | undefined): Promise<void> {
  const table = entityTable(entity.key);
  if (!previous) {
    // Line items keep the order they were entered in.
    const parentColumn = entity.parent ? sql`, parent_id uuid not null, position integer not null default 0` : sql``;
    await db.execute(sql`create table ${table} (
      id uuid primary key default gen_random_uuid(),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      created_by uuid,
      updated_at timestamptz not null default now()${parentColumn}
    )`);
    if (entity.parent) await db.execute(sql`create index ${constraintName('e', entity.key, 'parent')} on ${table} (parent_id)`);
    await db.execute(sql`create index ${constraintName('e', entity.key, 'created')} on ${table} (created_at)`);
  }
  const existing = new Set((previous?.fields ?? []).map((field) => field.id));
  for (const field of entity.fields.filter(isStored)) {
    if (!existing.has(field.id)) {
      await db.execute(sql`alter table ${table} add column ${column(field.id)} ${columnType(field)}${generatedClause(entity, field)}`);
    }
    await syncConstraints(db, entity, field, previous?.fields.find((old) => old.id === field.id));
  }
  const previousChecks = new Set((previous?.checks ?? []).map((check) => check.id));
  for (const check of entity.checks ?? []) {
    if (previousChecks.has(check.id)) continue;
    const compiled = compileSqlComparison(entity, check.rule);
    if (!compiled.ok) throw new Error(`check ${check.id}: ${compiled.problem}`);
    await db.execute(sql`alter table ${table} add constraint ${constraintName('e', entity.key, 'ck', check.id)} check (${comparisonSql(compiled.value)})`);
  }
}

/** A database-computed formula becomes a stored generated column. */
function generatedClause(entity: EntityDef, field: FieldDef): SQL {
  if (field.type !== 'formula' || !field.generated) return sql``;
  const compiled = compileSqlExpression(entity, field.expression);
  if (!compiled.ok) throw new Error(`formula ${field.id}: ${compiled.problem}`);
  return sql` generated always as (${expressionSql(compiled.value)}) stored`;
}

async function syncConstraints(db: Db, entity: EntityDef, field: FieldDef, previous: FieldDef | undefined): Promise<void> {
  const table = entityTable(entity.key);
  const wantsUnique = field.unique || field.type === 'auto_number';
  const hadUnique = previous ? previous.unique || previous.type === 'auto_number' : false;
  if (wantsUnique && !hadUnique) {
    await db.execute(sql`create unique index ${constraintName('e', entity.key, field.id, 'uq')} on ${table} (${column(field.id)})`);
  }
  if (field.indexed && !previous?.indexed && !wantsUnique) {
    await db.execute(sql`create index ${constraintName('e', entity.key, field.id, 'ix')} on ${table} (${column(field.id)})`);
  }
}

/** Adds the foreign keys a definition needs and its table lacks; runs after every table of a batch exists. */
export async function addForeignKeys(db: Db, entity: EntityDef): Promise<void> {
  const table = entityTable(entity.key);
  const existing = await constraintsOf(db, `e_${entity.key}`);
  const wanted: Array<{ name: string; statement: SQL }> = [];
  if (entity.parent) {
    wanted.push({
      name: `e_${entity.key}_parent_fk`,
      statement: sql`foreign key (parent_id) references ${entityTable(entity.parent)} (id) on delete cascade`,
    });
  }
  for (const field of activeFields(entity)) {
    if (field.type !== 'relation') continue;
    wanted.push({
      name: `e_${entity.key}_${field.id}_fk`.slice(0, 63),
      statement: sql`foreign key (${column(field.id)}) references ${entityTable(field.entity)} (id) on delete restrict`,
    });
  }
  for (const { name, statement } of wanted) {
    if (existing.has(name)) continue;
    await db.execute(sql`alter table ${table} add constraint ${sql.identifier(name)} ${statement}`);
  }
}

async function constraintsOf(db: Db, tableName: string): Promise<Set<string>> {
  const rows = await queryRows<{ conname: string }>(
    db,
    sql`select conname from pg_constraint where conrelid = to_regclass(${tableName})`,
  );
  return new Set(rows.map((row) => row.conname));
}
