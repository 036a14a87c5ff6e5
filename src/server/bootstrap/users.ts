import { eq } from 'drizzle-orm';
import { memberships, roles, users } from '../db/schema';
import type { Db } from '../db/types';
import { hashPassword } from '../auth/passwords';
import { conflict, validationFailed } from '../errors';
import { DEFAULT_ROLES } from './default-roles';

export async function ensureDefaultRoles(db: Db): Promise<void> {
  await db
    .insert(roles)
    .values(DEFAULT_ROLES.map((role) => ({ key: role.key, label: role.label, permissions: role.permissions })))
    .onConflictDoNothing();
}

export type NewUser = { username: string; displayName?: string; password: string; roles: string[]; email?: string | null };

export async function createUser(db: Db, input: NewUser): Promise<{ id: string }> {
  if (!/^[a-zA-Z0-9_.-]{2,64}$/.test(input.username)) throw validationFailed('A username has 2–64 letters, digits, dots, dashes or underscores');
  if (input.password.length < 8) throw validationFailed('A password has at least 8 characters');
  const known = new Set((await db.select({ key: roles.key }).from(roles)).map((role) => role.key));
  const unknown = input.roles.filter((role) => !known.has(role));
  if (unknown.length) throw validationFailed(`Unknown roles: ${unknown.join(', ')}`);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).limit(1);
  if (existing) throw conflict(`A user named "${input.username}" already exists`);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ username: input.username, displayName: input.displayName ?? input.username, passwordHash, email: input.email ?? null })
      .returning({ id: users.id });
    if (input.roles.length) await tx.insert(memberships).values(input.roles.map((roleKey) => ({ userId: user.id, roleKey })));
    return user;
  });
}
