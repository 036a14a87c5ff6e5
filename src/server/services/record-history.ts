import { and, desc, eq } from 'drizzle-orm';
import type { HistoryEntry } from '@/engine/contract/api-types';
import type { Db } from '../db/types';
import { assertCan, type Actor } from '../auth/actor';
import { auditLog, users } from '../db/schema';
import { loadRegistry, requireEntity } from './entity-registry';
import { isUuid } from './get-record';

export async function recordHistory(db: Db, actor: Actor, entityKey: string, id: string): Promise<HistoryEntry[]> {
  const registry = await loadRegistry(db);
  const entity = requireEntity(registry, entityKey);
  assertCan(actor, entity, 'read');
  if (!isUuid(id)) return [];
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorId: auditLog.actorId,
      username: users.username,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entity, entity.key), eq(auditLog.recordId, id)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(200);
  return rows.map((row) => ({
    id: String(row.id),
    at: new Date(row.at).toISOString(),
    action: row.action as HistoryEntry['action'],
    actor: { id: row.actorId, username: row.username },
    before: row.before as HistoryEntry['before'],
    after: row.after as HistoryEntry['after'],
  }));
}
