import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { idempotencyKeys } from '../db/schema';
import type { Db } from '../db/types';
import { AppError } from '../errors';

/** Keys are honoured for at least this long; older ones may be reused. */
export const IDEMPOTENCY_TTL_HOURS = 72;

export type IdempotencyRequest = { key: string; requestHash: string };
export type StoredResponse = { status: number; body: unknown };

export function requestHash(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n${JSON.stringify(body)}`).digest('hex');
}

function checkKey(key: string): void {
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw new AppError(400, 'validation_failed', 'Idempotency-Key must be 1–255 visible ASCII characters');
}

function compare(stored: { requestHash: string; status: number | null; response: unknown }, request: IdempotencyRequest): StoredResponse {
  if (stored.requestHash !== request.requestHash) {
    throw new AppError(422, 'validation_failed', `Idempotency-Key "${request.key}" was already used with a different request body`);
  }
  return { status: stored.status ?? 200, body: stored.response };
}

/** A committed earlier response for this key, looked up before any work (and before stock checks). */
export async function findReplay(db: Db, actorId: string, request: IdempotencyRequest): Promise<StoredResponse | undefined> {
  checkKey(request.key);
  const [stored] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.actorId, actorId), eq(idempotencyKeys.key, request.key), sql`${idempotencyKeys.createdAt} > now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`));
  return stored ? compare(stored, request) : undefined;
}

/**
 * Claims the key inside the request's transaction. A concurrent request with the same key blocks
 * on the unique index until this one commits (then it gets the replay) or rolls back (then it
 * claims the key itself), so one key never creates two records.
 */
export async function claimKey(tx: Db, actorId: string, request: IdempotencyRequest): Promise<StoredResponse | undefined> {
  await tx
    .delete(idempotencyKeys)
    .where(and(eq(idempotencyKeys.actorId, actorId), eq(idempotencyKeys.key, request.key), lt(idempotencyKeys.createdAt, sql`now() - make_interval(hours => ${IDEMPOTENCY_TTL_HOURS})`)));
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ actorId, key: request.key, requestHash: request.requestHash })
    .onConflictDoNothing()
    .returning({ id: idempotencyKeys.id });
  if (claimed.length) return undefined;
  const [stored] = await tx.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.actorId, actorId), eq(idempotencyKeys.key, request.key)));
  return compare(stored, request);
}

export async function storeResponse(tx: Db, actorId: string, key: string, response: StoredResponse): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ status: response.status, response: response.body })
    .where(and(eq(idempotencyKeys.actorId, actorId), eq(idempotencyKeys.key, key)));
}
