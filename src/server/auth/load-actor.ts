import { eq } from 'drizzle-orm';
import { RolePermissionsSchema } from '@/engine/auth/permissions';
import { memberships, roles, users } from '../db/schema';
import type { Db } from '../db/types';
import type { Actor } from './actor';

/** Roles are read on every request, so a revoked role or deactivated user takes effect at once. */
export async function loadActor(db: Db, userId: string): Promise<Actor | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user || !user.active) return undefined;
  const grants = await db
    .select({ key: roles.key, permissions: roles.permissions })
    .from(memberships)
    .innerJoin(roles, eq(roles.key, memberships.roleKey))
    .where(eq(memberships.userId, userId));
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: grants.map((grant) => grant.key).sort(),
    grants: grants.map((grant) => RolePermissionsSchema.parse(grant.permissions)),
  };
}
