import { z } from 'zod';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/types';
import { assertAdmin, type Actor } from '../auth/actor';
import { createApiKey, listApiKeys, revokeApiKey } from '../auth/api-keys';
import { memberships, users } from '../db/schema';
import { validationFailed } from '../errors';

export const CreateApiKeySchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  username: z.string().trim().min(1).max(64),
});

export async function adminListApiKeys(db: Db, actor: Actor) {
  assertAdmin(actor);
  return listApiKeys(db);
}

export async function adminCreateApiKey(db: Db, actor: Actor, body: unknown) {
  assertAdmin(actor);
  const parsed = CreateApiKeySchema.safeParse(body);
  if (!parsed.success) {
    throw validationFailed('Give the key a name and the username it acts as', { problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
  }
  return createApiKey(db, parsed.data);
}

export async function adminRevokeApiKey(db: Db, actor: Actor, id: string) {
  assertAdmin(actor);
  if (!z.uuid().safeParse(id).success) throw validationFailed('Not an API key id');
  await revokeApiKey(db, id);
}

export async function adminListUsers(db: Db, actor: Actor) {
  assertAdmin(actor);
  // One query for everyone, not one per user.
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      roles: sql<string[]>`coalesce(array_agg(${memberships.roleKey} order by ${memberships.roleKey}) filter (where ${memberships.roleKey} is not null), '{}')`,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .where(eq(users.active, true))
    .groupBy(users.id)
    .orderBy(asc(users.username));
  return rows;
}
