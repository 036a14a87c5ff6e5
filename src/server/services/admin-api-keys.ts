import { z } from 'zod';
import type { Db } from '../db/types';
import { assertAdmin, type Actor } from '../auth/actor';
import { createApiKey, listApiKeys, revokeApiKey } from '../auth/api-keys';
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
