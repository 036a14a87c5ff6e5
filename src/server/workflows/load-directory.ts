import { sql } from 'drizzle-orm';
import type { Directory } from '@/engine/workflow';
import { queryRows } from '../db/sql';
import type { Db } from '../db/types';

export type DirectoryUser = { id: string; name: string; username: string; managerId: string | null; roles: string[]; admin: boolean };

type DirectoryRow = { id: string; name: string; username: string; manager_id: string | null; roles: string[] | string | null; admin: boolean; token: string };

/** Active users with their roles and managers, and the directory's token, all read in one statement (one snapshot). */
async function readDirectory(db: Db): Promise<{ token?: string; people: DirectoryUser[] }> {
  const rows = await queryRows<DirectoryRow>(
    db,
    sql`select u.id, u.display_name as name, u.username, u.manager_id,
          coalesce(array_agg(m.role_key order by m.role_key) filter (where m.role_key is not null), '{}') as roles,
          coalesce(bool_or((r.permissions ->> 'admin')::boolean), false) as admin,
          (select token from directory_version) as token
        from users u
        left join memberships m on m.user_id = u.id
        left join roles r on r.key = m.role_key
        where u.active
        group by u.id
        order by u.display_name, u.username`,
  );
  const people = rows.map((row) => ({ id: row.id, name: row.name, username: row.username, managerId: row.manager_id, roles: pgArray(row.roles), admin: Boolean(row.admin) }));
  return { token: rows[0]?.token, people };
}

export async function loadDirectoryUsers(db: Db): Promise<DirectoryUser[]> {
  return (await readDirectory(db)).people;
}

/** The token a directory read now would be cached under; readable alongside other statements. */
export const DIRECTORY_TOKEN = sql<string>`(select token from directory_version)`;

function pgArray(value: string[] | string | null): string[] {
  if (Array.isArray(value)) return value;
  if (!value || value === '{}') return [];
  return value.replace(/^\{|\}$/g, '').split(',').map((item) => item.replace(/^"|"$/g, ''));
}

/**
 * The organisation as the engine's synchronous Directory, as of the transaction's snapshot, so
 * approvers resolve against what the transition commits with. Users, roles and memberships change
 * rarely while every transition needs them: a directory is kept under its token (see
 * directory_version) and read again only once the token has moved. `knownToken` is the token the
 * caller already read in the same transaction (e.g. with its lock); without it the token is read
 * first, a one-row query, and the whole directory only when it is new.
 */
export type LoadedDirectory = Directory & { has: (id: string) => boolean; nameOf: (id: string) => string | undefined };

const KEPT_DIRECTORIES = 8;
const kept = globalThis as unknown as { __directories?: Map<string, LoadedDirectory> };

export async function loadDirectory(db: Db, knownToken?: string): Promise<LoadedDirectory> {
  const cache = (kept.__directories ??= new Map());
  const token = knownToken ?? (await queryRows<{ token: string }>(db, sql`select ${DIRECTORY_TOKEN} as token`))[0]?.token;
  const hit = token === undefined ? undefined : cache.get(token);
  if (hit) return hit;
  const read = await readDirectory(db);
  const directory = directoryOf(read.people);
  if (read.token) {
    cache.set(read.token, directory);
    // Several databases (tests, tenants) may share the process; the oldest entries go first.
    for (const stale of [...cache.keys()].slice(0, Math.max(0, cache.size - KEPT_DIRECTORIES))) cache.delete(stale);
  }
  return directory;
}

function directoryOf(people: DirectoryUser[]): LoadedDirectory {
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
