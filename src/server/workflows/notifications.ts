import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { LocalizedText } from '@/engine/workflow';
import { notifications } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from '../auth/actor';
import { validationFailed } from '../errors';

export type NotificationDto = { id: string; kind: string; title: LocalizedText; body: LocalizedText | null; link: string | null; createdAt: string; readAt: string | null };

/** The caller's notifications, newest first; `unread` counts all unread, whatever the page. */
export async function listNotifications(db: Db, actor: Actor, query: { unread?: boolean; page?: number; pageSize?: number }): Promise<{ data: NotificationDto[]; total: number; unread: number }> {
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const pageSize = Math.min(100, Math.max(1, Math.floor(query.pageSize ?? 20)));
  const mine = eq(notifications.userId, actor.id);
  const where = query.unread ? and(mine, isNull(notifications.readAt)) : mine;
  const [rows, [total], [unread]] = await Promise.all([
    db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: count() }).from(notifications).where(where),
    db.select({ n: count() }).from(notifications).where(and(mine, isNull(notifications.readAt))),
  ]);
  const data = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    title: row.title as LocalizedText,
    body: (row.body as LocalizedText | null) ?? null,
    link: row.link,
    createdAt: new Date(row.createdAt).toISOString(),
    readAt: row.readAt ? new Date(row.readAt).toISOString() : null,
  }));
  return { data, total: Number(total?.n ?? 0), unread: Number(unread?.n ?? 0) };
}

const ReadBodySchema = z.union([z.object({ ids: z.array(z.uuid()).min(1).max(500) }), z.object({ all: z.literal(true) })]);

/** Marks some (or all) of the caller's notifications read; others' ids are ignored. */
export async function readNotifications(db: Db, actor: Actor, body: unknown): Promise<void> {
  const parsed = ReadBodySchema.safeParse(body);
  if (!parsed.success) throw validationFailed('Send { "ids": [...] } or { "all": true }');
  const which = 'ids' in parsed.data ? inArray(notifications.id, parsed.data.ids) : undefined;
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt), which));
}
