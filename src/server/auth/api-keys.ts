import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { apiKeys, users } from '../db/schema';
import type { Db } from '../db/types';
import { notFound } from '../errors';
import type { Actor } from './actor';
import { loadActorWhere } from './load-actor';

const KEY_PREFIX = 'lck_';

/** A fast hash is enough: keys are 256 random bits, not guessable passwords. */
function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export async function createApiKey(db: Db, input: { username: string; name: string }): Promise<{ id: string; key: string; prefix: string }> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).limit(1);
  if (!user) throw notFound(`No user named "${input.username}"`);
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const prefix = key.slice(0, 12);
  const [row] = await db.insert(apiKeys).values({ userId: user.id, name: input.name, prefix, hash: hashKey(key) }).returning({ id: apiKeys.id });
  return { id: row.id, key, prefix };
}

export async function actorFromApiKey(db: Db, key: string): Promise<Actor | undefined> {
  if (!key.startsWith(KEY_PREFIX)) return undefined;
  const hash = hashKey(key);
  // One round trip: the key's use is stamped in the same statement, at most once a minute, so a
  // busy integration neither pays a second query nor queues on its own key's row.
  const touch = sql`with touch as (update api_keys set last_used_at = now() where hash = ${hash} and revoked_at is null
    and (last_used_at is null or last_used_at < now() - interval '1 minute') returning id) `;
  return loadActorWhere(db, sql`api_keys k join users u on u.id = k.user_id`, sql`k.hash = ${hash} and k.revoked_at is null`, touch);
}

export async function listApiKeys(db: Db) {
  const rows = await db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      username: users.username,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .orderBy(desc(apiKeys.createdAt));
  return rows;
}

export async function revokeApiKey(db: Db, id: string): Promise<void> {
  const rows = await db.update(apiKeys).set({ revokedAt: new Date() }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))).returning({ id: apiKeys.id });
  if (rows.length === 0) throw notFound('No active API key with this id');
}
