import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityDef } from '@/engine/metadata/entity';
import type { DbHandle } from '../db/types';
import { publishOrderEntities } from '../testing/fixtures';
import { openTestDb, testDrivers } from '../testing/test-db';
import { assignAutoNumbers, reserveAutoNumbers } from './auto-numbers';
import { loadRegistry, requireEntity } from './entity-registry';

const sequence = (number: string) => Number(number.slice(-4));

describe.each(testDrivers())('auto numbers (%s)', (driver) => {
  let handle: DbHandle;
  let orders: EntityDef;

  beforeAll(async () => {
    handle = await openTestDb(driver, { poolSize: 8 });
    await publishOrderEntities(handle.db);
    orders = requireEntity(await loadRegistry(handle.db), 'orders');
  });
  afterAll(() => handle?.close());

  it('reserves a block in record order, and single numbers carry on after it', async () => {
    const block = (await reserveAutoNumbers(handle.db, orders, 3)).map((record) => record.order_no!);
    expect(block.every((number) => /^SO-\d{8}-\d{4}$/.test(number))).toBe(true);
    const first = sequence(block[0]!);
    expect(block.map(sequence)).toEqual([first, first + 1, first + 2]);
    const single: Record<string, unknown> = {};
    await assignAutoNumbers(handle.db, orders, single);
    expect(sequence(single.order_no as string)).toBe(first + 3);
    expect(await reserveAutoNumbers(handle.db, orders, 0)).toEqual([]);
  });

  it('never hands out a number twice, however many blocks are drawn at once', async () => {
    const blocks = await Promise.all(Array.from({ length: 12 }, (_, index) => reserveAutoNumbers(handle.db, orders, 1 + (index % 4))));
    const numbers = blocks.flat().map((record) => sequence(record.order_no!));
    expect(new Set(numbers).size).toBe(numbers.length);
    const sorted = [...numbers].sort((a, b) => a - b);
    expect(sorted.at(-1)! - sorted[0]! + 1).toBe(numbers.length);
    for (const block of blocks) {
      const values = block.map((record) => sequence(record.order_no!));
      expect(values).toEqual(values.map((_, index) => values[0]! + index));
    }
  });
});
