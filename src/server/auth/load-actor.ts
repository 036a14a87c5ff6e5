import { sql, type SQL } from 'drizzle-orm';
import { RolePermissionsSchema } from '@/engine/auth/permissions';
import { queryOne } from '../db/sql';
import type { Db } from '../db/types';
import type { Actor } from './actor';

type ActorRow = { id: string; username: string; display_name: string; grants: Array<{ key: string; permissions: unknown }> };

/**
 * The user and the grants of their roles in one query. Roles are read on every request, so a
 * revoked role or a deactivated user takes effect at once.
 */
export async function loadActorWhere(db: Db, from: SQL, condition: SQL, withClause: SQL = sql``): Promise<Actor | undefined> {
  const row = await queryOne<ActorRow>(
    db,
    sql`${withClause}select u.id, u.username, u.display_name,
          coalesce(json_agg(json_build_object('key', r.key, 'permissions', r.permissions)) filter (where r.key is not null), '[]') as grants
        from ${from}
        left join memberships m on m.user_id = u.id
        left join roles r on r.key = m.role_key
        where u.active and ${condition}
        group by u.id`,
  );
  if (!row) return undefined;
  const grants = (typeof row.grants === 'string' ? JSON.parse(row.grants) : row.grants) as ActorRow['grants'];
  grants.sort((a, b) => a.key.localeCompare(b.key));
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: grants.map((grant) => grant.key),
    grants: grants.map((grant) => RolePermissionsSchema.parse(grant.permissions)),
  };
}

export function loadActor(db: Db, userId: string): Promise<Actor | undefined> {
  return loadActorWhere(db, sql`users u`, sql`u.id = ${userId}`);
}
