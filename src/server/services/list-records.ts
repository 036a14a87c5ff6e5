import { z } from 'zod';
import type { RecordPage } from '@/engine/contract/api-types';
import { compileFilter } from '@/engine/query/filter';
import { parseSort } from '@/engine/query/sort';
import type { Db } from '../db/types';
import { assertCan, type Actor } from '../auth/actor';
import { AppError } from '../errors';
import { listRecordRows } from '../store/list-records';
import { loadRegistry, requireEntity } from './entity-registry';
import { attachDisplay } from './get-record';

export const ListParamsSchema = z.object({
  filter: z.string().max(20_000).optional(),
  sort: z.string().max(500).optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
  q: z.string().max(200).optional(),
});
export type ListParams = z.input<typeof ListParamsSchema>;

const badQuery = (message: string, details: unknown) => new AppError(400, 'validation_failed', message, details);

export async function listRecords(db: Db, actor: Actor, entityKey: string, params: ListParams): Promise<RecordPage> {
  const parsed = ListParamsSchema.safeParse(params);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw badQuery(`Invalid list parameters: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, { problems });
  }
  const { filter, sort, page, pageSize, q } = parsed.data;
  const registry = await loadRegistry(db);
  const entity = requireEntity(registry, entityKey);
  assertCan(actor, entity, 'read');
  const compiled = compileFilter(entity, filter);
  if (!compiled.ok) throw badQuery(`Invalid filter: ${compiled.problems.map((p) => p.message).join('; ')}`, { problems: compiled.problems });
  const order = parseSort(entity, sort);
  if (!order.ok) throw badQuery(`Invalid sort: ${order.problems.map((p) => p.message).join('; ')}`, { problems: order.problems });

  const { rows, total } = await listRecordRows(db, entity, { filter: compiled.ast, sort: order.terms, page, pageSize, search: q });
  await attachDisplay(db, registry, entity, rows);
  return { data: rows, total, page, pageSize };
}
