import { sql } from 'drizzle-orm';
import type { Directory } from '@/engine/workflow';
import { queryRows } from '../db/sql';
import type { Db } from '../db/types';

export type DirectoryUser = { id: string; name: string; username: string; managerId: string | null; roles: string[]; admin: boolean };

/** Active users with their roles and managers, in one query. */
export async function loadDirectoryUsers(db: Db): Promise<DirectoryUser[]> {
  const rows = await queryRows<{ id: string; name: string; username: string; manager_id: string | null; roles: string[] | string | null; admin: boolean }>(
    db,
    sql`select u.id, u.display_name as name, u.username, u.manager_id,
          coalesce(array_agg(m.role_key order by m.role_key) filter (where m.role_key is not null), '{}') as roles,
          coalesce(bool_or((r.permissions ->> 'admin')::boolean), false) as admin
        from users u
        left join memberships m on m.user_id = u.id
        left join roles r on r.key = m.role_key
        where u.active
        group by u.id
        order by u.display_name, u.username`,
  );
  return rows.map((row) => ({ id: row.id, name: row.name, username: row.username, managerId: row.manager_id, roles: pgArray(row.roles), admin: Boolean(row.admin) }));
}

function pgArray(value: string[] | string | null): string[] {
  if (Array.isArray(value)) return value;
  if (!value || value === '{}') return [];
  return value.replace(/^\{|\}$/g, '').split(',').map((item) => item.replace(/^"|"$/g, ''));
}

/**
 * The organisation as the engine's synchronous Directory, read inside the transition's transaction
 * (one query) so approvers resolve against the same snapshot the transition commits with.
 */
export type LoadedDirectory = Directory & { has: (id: string) => boolean; nameOf: (id: string) => string | undefined };

export async function loadDirectory(db: Db): Promise<LoadedDirectory> {
  const people = await loadDirectoryUsers(db);
  const byId = new Map(people.map((user) => [user.id, user]));
  return {
    usersWithRole: (role) => people.filter((user) => user.roles.includes(role)).map((user) => user.id),
    managerOf: (id) => byId.get(id)?.managerId ?? null,
    rolesOf: (id) => byId.get(id)?.roles ?? [],
    admins: () => people.filter((user) => user.admin).map((user) => user.id),
    has: (id) => byId.has(id),
    nameOf: (id) => byId.get(id)?.name,
  };
}
