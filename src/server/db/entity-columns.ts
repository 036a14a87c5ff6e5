/**
 * Entity tables are not part of the drizzle schema, so columns every entity table gained after it
 * was created are added here, on every start, after the migrations. Idempotent, and cheap when
 * nothing is missing: only tables that lack the column are altered. The default is the entity's
 * latest studio version, the form version records saved from now on carry.
 */
export const ENSURE_ENTITY_COLUMNS = `
do $$
declare
  missing record;
  latest integer;
begin
  for missing in
    select distinct d.key from definitions d
    where d.kind = 'entity'
      and to_regclass(format('%I', 'e_' || d.key)) is not null
      and not exists (
        select 1 from pg_attribute a
        where a.attrelid = to_regclass(format('%I', 'e_' || d.key)) and a.attname = 'form_version' and not a.attisdropped
      )
  loop
    execute format('alter table %I add column if not exists form_version integer', 'e_' || missing.key);
    select max(version) into latest from definitions where kind = 'studio_version' and key = missing.key;
    if latest is not null then
      execute format('alter table %I alter column form_version set default %s', 'e_' || missing.key, latest);
    end if;
  end loop;
end $$`;
