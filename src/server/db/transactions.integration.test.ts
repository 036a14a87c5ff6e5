import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from './connect';
import { queryOne } from './sql';
import type { DbHandle } from './types';

// The driver's pipelining is a PostgreSQL-only concern: PGlite has one connection and no pipeline.
describe.runIf(process.env.TEST_DATABASE_URL)('transactions on a pooled PostgreSQL connection', () => {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `lc_tx_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  let handle: DbHandle;

  beforeAll(async () => {
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    // No pipelining at all: postgres.js's own begin then never marks the connection as the
    // transaction's own and fails every transaction with UNSAFE_TRANSACTION.
    handle = await connect({ url: url.toString(), poolSize: 4, driverOptions: { max_pipeline: 0 } });
    await handle.db.execute(sql`create table tally (id int primary key, n int not null check (n >= 0))`);
    await handle.db.execute(sql`insert into tally values (1, 0)`);
  });
  afterAll(async () => {
    await handle?.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  const tally = async () => (await queryOne<{ n: number }>(handle.db, sql`select n from tally where id = 1`))!.n;

  it('opens its connections with the timeouts and without JIT', async () => {
    const settings = await queryOne<{ jit: string; lock: string }>(handle.db, sql`select current_setting('jit') as jit, current_setting('lock_timeout') as lock`);
    expect(settings).toEqual({ jit: 'off', lock: '5s' });
  });

  it('runs 40 concurrent transactions on 4 connections, each on a connection of its own', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () =>
        handle.db.transaction(async (tx) => {
          await tx.execute(sql`update tally set n = n + 1 where id = 1`);
          const [row] = (await tx.execute(sql`select txid_current_if_assigned() is not null as inside`)) as unknown as Array<{ inside: boolean }>;
          return row.inside;
        }),
      ),
    );
    expect(results.map((result) => result.status === 'fulfilled' && result.value)).toEqual(Array(40).fill(true));
    expect(await tally()).toBe(40);
  });

  it('rolls back a failed transaction and a failed nested one only as far as its savepoint', async () => {
    const before = await tally();
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`update tally set n = n + 100 where id = 1`);
        await tx.execute(sql`update tally set n = -1 where id = 1`);
      }),
    ).rejects.toMatchObject({ cause: { code: '23514' } });
    expect(await tally()).toBe(before);

    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`update tally set n = n + 1 where id = 1`);
      await expect(tx.transaction((nested) => nested.execute(sql`update tally set n = -1 where id = 1`))).rejects.toBeTruthy();
      await tx.execute(sql`update tally set n = n + 1 where id = 1`);
    });
    expect(await tally()).toBe(before + 2);

    // A nested transaction that succeeds keeps its writes; one opened in an aborted transaction
    // fails with the abort, and the whole transaction rolls back.
    await handle.db.transaction(async (tx) => {
      await tx.transaction((nested) => nested.execute(sql`update tally set n = n + 5 where id = 1`));
    });
    expect(await tally()).toBe(before + 7);
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`update tally set n = n + 1 where id = 1`);
        await tx.execute(sql`update tally set n = -1 where id = 1`).catch(() => undefined);
        await tx.transaction((nested) => nested.execute(sql`update tally set n = n + 1 where id = 1`));
      }),
    ).rejects.toMatchObject({ cause: { code: '25P02' } });
    expect(await tally()).toBe(before + 7);
  });
});
