import type { Label } from '@/engine/metadata/keys';
import type { LocalizedText } from '@/engine/workflow';
import { roles } from '../db/schema';
import type { Db } from '../db/types';
import { loadDirectoryUsers } from './load-directory';
import { localized } from './workflow-dtos';

export type DirectoryListing = { users: Array<{ id: string; name: string; username: string; roles: string[] }>; roles: Array<{ key: string; label: LocalizedText }> };

/** People and roles for approver pickers, transfer and add-signer. */
export async function listDirectory(db: Db): Promise<DirectoryListing> {
  const [people, roleRows] = await Promise.all([loadDirectoryUsers(db), db.select({ key: roles.key, label: roles.label }).from(roles).orderBy(roles.key)]);
  return {
    users: people.map(({ id, name, username, roles: userRoles }) => ({ id, name, username, roles: userRoles })),
    roles: roleRows.map((row) => ({ key: row.key, label: localized(row.label as Label, row.key) })),
  };
}
