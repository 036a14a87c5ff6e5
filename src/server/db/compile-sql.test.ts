import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eq, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { compileSql } from './compile-sql';
import { users } from './schema';

const dialect = new PgDialect();
const drizzleText = (query: SQL) => {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return { sql: text, params };
};

describe('compileSql', () => {
  it('renders hand-written statements exactly as drizzle does', () => {
    const when = new Date('2026-11-25T08:00:00Z');
    const cases: SQL[] = [
      sql`select 1`,
      sql`select * from ${sql.identifier('e_orders')} where id = ${'a'} and qty >= ${3} and at < ${when}`,
      sql`insert into t (a, b) values ${sql.join([sql`(${1}, ${null})`, sql`(${2}, ${'x'})`], sql`, `)}`,
      sql`select ${sql.raw('"quoted"')} from ${sql.identifier('we"ird')} where id in ${['a', 'b', 'c']}`,
      sql`update t set doc = ${JSON.stringify({ a: [1, 2] })}::jsonb, flags = ${sql.param([1, 2])} where ${sql`ok = ${true}`}`,
      sql`with x as (${sql`select ${undefined}${'v'}`}) select * from x`,
    ];
    for (const query of cases) expect(compileSql(query)).toEqual(drizzleText(query));
  });

  it('matches drizzle on any nesting of text, names, values, lists and joins', () => {
    const leaf: fc.Arbitrary<SQL> = fc.oneof(
      fc.string({ maxLength: 8 }).map((text) => sql.raw(text)),
      fc.string({ maxLength: 6 }).map((name) => sql`${sql.identifier(name)}`),
      fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null), fc.boolean()).map((value) => sql`${value}`),
      fc.array(fc.integer(), { minLength: 1, maxLength: 3 }).map((items) => sql`in ${items}`),
    );
    const tree = fc.letrec<{ node: SQL }>((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }).map((parts) => sql.join(parts, sql`, `)), tie('node').map((inner) => sql`(${inner})`)),
    })).node;
    fc.assert(
      fc.property(tree, (query) => {
        expect(compileSql(query)).toEqual(drizzleText(query));
      }),
    );
  });

  it('leaves tables, columns, query builders and inlined params to drizzle', () => {
    expect(compileSql(sql`select ${users.id} from ${users}`)).toBeNull();
    expect(compileSql(sql`select 1 where ${eq(users.username, 'a')}`)).toBeNull();
    expect(compileSql(sql`select ${sql`${5}`.inlineParams()}`)).toBeNull();
    expect(compileSql(sql`select ${sql.placeholder('id')}`)).toBeNull();
  });
});
