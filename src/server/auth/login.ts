import { and, count, eq, gt } from 'drizzle-orm';
import { loginAttempts, users } from '../db/schema';
import type { Db } from '../db/types';
import { verifyPassword } from './passwords';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILED_LOGINS = 10;
const UNKNOWN_USER_HASH = '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.9bGq8ZbqF5hFQ4bZ5s0Yk0bq1Q9u';

export type LoginResult = { ok: true; userId: string } | { ok: false; reason: 'invalid' | 'rate_limited' };

/**
 * Attempts are rows, not process memory, so the limit holds across every app instance. The key is
 * the username, so spreading guesses over many addresses does not help an attacker.
 */
export async function verifyLogin(db: Db, username: string, password: string): Promise<LoginResult> {
  const key = `user:${username.toLowerCase()}`;
  const since = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
  const [{ failures }] = await db
    .select({ failures: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  if (Number(failures) >= MAX_FAILED_LOGINS) return { ok: false, reason: 'rate_limited' };

  const [user] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  // An unknown user costs the same hash check, so response time does not reveal which names exist.
  const matches = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  const valid = Boolean(user?.active) && matches;
  await db.insert(loginAttempts).values({ key, succeeded: valid });
  return valid ? { ok: true, userId: user!.id } : { ok: false, reason: 'invalid' };
}
