import { sql, type SQL } from 'drizzle-orm';
import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import { planFieldConversions, type FieldConversion } from '@/engine/metadata/evolution';
import { isGenerated, isStored, type FieldDef } from '@/engine/metadata/field';
import { ruleVariables } from '@/engine/rules';
import { queryRows } from '../db/sql';
import type { Db } from '../db/types';
import { compileSqlComparison, compileSqlExpression } from '@/engine/query/sql-expression';
import { changesColumnType, conversionExpression } from './column-conversion';
import { columnType } from './column-types';
import { ensureFormVersionColumn } from './form-version';
import { comparisonSql, expressionSql } from './sql-expression';
import { column, constraintName, entityTable } from './table-names';

export type SyncOptions = {
  /** Where a date becomes a date-time (midnight of that day) when a field changes from one to the other. */
  timeZone?: string;
};

/**
 * Brings an entity's table in line with a new definition inside the caller's transaction.
 * Columns are added or converted to a new type, never dropped: a removed field keeps its column
 * and data. The caller has checked that every stored value converts (findUnconvertible). Foreign
 * keys are added in a second pass (addForeignKeys) so entities published together may point at
 * each other.
 */
export async function syncEntityTable(db: Db, entity: EntityDef, previous: EntityDef | undefined, options: SyncOptions = {}): Promise<void> {
  const table = entityTable(entity.key);
  if (previous) {
    await ensureFormVersionColumn(db, entity.key);
    await convertColumns(db, entity, previous, planFieldConversions(previous, entity), options.timeZone ?? 'UTC');
  } else {
    // Line items keep the order they were entered in.
    const parentColumn = entity.parent ? sql`, parent_id uuid not null, position integer not null default 0` : sql``;
    await db.execute(sql`create table ${table} (
      id uuid primary key default gen_random_uuid(),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      created_by uuid,
      updated_at timestamptz not null default now(),
      form_version integer${parentColumn}
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
    if (!previousChecks.has(check.id)) await addCheck(db, entity, check);
  }
}

function readsAnyOf(field: FieldDef, fieldIds: Set<string>): boolean {
  if (field.type !== 'formula') return false;
  try {
    return ruleVariables(field.expression).some((id) => fieldIds.has(id));
  } catch {
    return true;
  }
}

/**
 * One ALTER for all type changes of the table. PostgreSQL refuses to retype a column a generated
 * column reads, so those are dropped and added again (the database computes them anew), with
 * their indexes and the CHECKs that went with them. Other indexes and CHECKs are rebuilt by
 * PostgreSQL itself.
 */
async function convertColumns(db: Db, entity: EntityDef, previous: EntityDef, conversions: FieldConversion[], timeZone: string): Promise<void> {
  const retyped = conversions.filter(changesColumnType);
  if (retyped.length === 0) return;
  const table = entityTable(entity.key);
  const retypedIds = new Set(retyped.map((conversion) => conversion.fieldId));
  const dependents = previous.fields.filter((field) => isGenerated(field) && readsAnyOf(field, retypedIds));
  for (const field of dependents) await db.execute(sql`alter table ${table} drop column ${column(field.id)}`);
  const changes = retyped.map(
    (conversion) => sql`alter column ${column(conversion.fieldId)} type ${columnType(conversion.to)} using ${conversionExpression(conversion, timeZone)}`,
  );
  await db.execute(sql`alter table ${table} ${sql.join(changes, sql`, `)}`);
  if (dependents.length === 0) return;
  for (const old of dependents) {
    const field = entity.fields.find((candidate) => candidate.id === old.id) ?? old;
    await db.execute(sql`alter table ${table} add column ${column(field.id)} ${columnType(field)}${generatedClause(entity, field)}`);
    await syncConstraints(db, entity, field, undefined);
  }
  const existing = await constraintsOf(db, `e_${entity.key}`);
  const kept = new Set((previous.checks ?? []).map((check) => check.id));
  for (const check of entity.checks ?? []) {
    if (!kept.has(check.id) || existing.has(`e_${entity.key}_ck_${check.id}`.slice(0, 63))) continue;
    await addCheck(db, entity, check);
  }
}

async function addCheck(db: Db, entity: EntityDef, check: NonNullable<EntityDef['checks']>[number]): Promise<void> {
  const compiled = compileSqlComparison(entity, check.rule);
  if (!compiled.ok) throw new Error(`check ${check.id}: ${compiled.problem}`);
  await db.execute(sql`alter table ${entityTable(entity.key)} add constraint ${constraintName('e', entity.key, 'ck', check.id)} check (${comparisonSql(compiled.value)})`);
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
