import { z } from 'zod';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/types';
import { assertAdmin, type Actor } from '../auth/actor';
import { createUser } from '../bootstrap/users';
import { memberships, roles, users } from '../db/schema';
import { notFound, validationFailed } from '../errors';

/** Optional everywhere; `null` on update clears it. Stored trimmed and lower-cased so one mailbox is one spelling. */
const EmailSchema = z.preprocess((value) => (typeof value === 'string' ? value.trim().toLowerCase() : value), z.email().max(254));

export const CreateUserSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  displayName: z.string().trim().min(1).max(100).optional(),
  password: z.string().min(8).max(200),
  roles: z.array(z.string().min(1)).max(20).default([]),
  email: EmailSchema.nullish(),
});

export const UpdateUserSchema = z.strictObject({
  displayName: z.string().trim().min(1).max(100).optional(),
  email: EmailSchema.nullable().optional(),
  roles: z.array(z.string().min(1)).max(20).optional(),
});

export type AdminUser = { id: string; username: string; displayName: string; email: string | null; roles: string[] };

function parseOrFail<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  throw validationFailed(`${what}: ${problems.map((problem) => `${problem.path || 'body'}: ${problem.message}`).join('; ')}`, { problems });
}

async function listUsersWhere(db: Db, where: SQL): Promise<AdminUser[]> {
  // One query for everyone, not one per user.
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      email: users.email,
      roles: sql<string[]>`coalesce(array_agg(${memberships.roleKey} order by ${memberships.roleKey}) filter (where ${memberships.roleKey} is not null), '{}')`,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .where(where)
    .groupBy(users.id)
    .orderBy(asc(users.username));
}

export async function adminListUsers(db: Db, actor: Actor): Promise<AdminUser[]> {
  assertAdmin(actor);
  return listUsersWhere(db, eq(users.active, true));
}

export async function adminCreateUser(db: Db, actor: Actor, body: unknown): Promise<AdminUser> {
  assertAdmin(actor);
  const input = parseOrFail(CreateUserSchema, body, 'Invalid user');
  const { id } = await createUser(db, input);
  return (await listUsersWhere(db, eq(users.id, id)))[0];
}

export async function adminUpdateUser(db: Db, actor: Actor, id: string, body: unknown): Promise<AdminUser> {
  assertAdmin(actor);
  if (!z.uuid().safeParse(id).success) throw notFound('No such user');
  const input = parseOrFail(UpdateUserSchema, body, 'Invalid user');
  if (input.roles) await assertKnownRoles(db, input.roles);
  await db.transaction(async (tx) => {
    const [found] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id)).for('update');
    if (!found) throw notFound('No such user');
    const changes = { ...(input.displayName === undefined ? {} : { displayName: input.displayName }), ...(input.email === undefined ? {} : { email: input.email }) };
    if (Object.keys(changes).length) await tx.update(users).set(changes).where(eq(users.id, id));
    if (input.roles) {
      await tx.delete(memberships).where(eq(memberships.userId, id));
      if (input.roles.length) await tx.insert(memberships).values([...new Set(input.roles)].map((roleKey) => ({ userId: id, roleKey })));
    }
  });
  return (await listUsersWhere(db, eq(users.id, id)))[0];
}

async function assertKnownRoles(db: Db, wanted: string[]): Promise<void> {
  const known = new Set((await db.select({ key: roles.key }).from(roles)).map((role) => role.key));
  const unknown = wanted.filter((role) => !known.has(role));
  if (unknown.length) throw validationFailed(`Unknown roles: ${unknown.join(', ')}`, { problems: [{ path: 'roles', message: `Unknown roles: ${unknown.join(', ')}` }] });
}
