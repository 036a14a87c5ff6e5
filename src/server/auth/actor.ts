import type { EntityAction } from '@/engine/contract/api-types';
import { canOnEntity, isAdmin, type RolePermissions } from '@/engine/auth/permissions';
import type { EntityDef } from '@/engine/metadata/entity';
import { forbidden } from '../errors';

/** Who is acting: a signed-in user or the owner of an API key, with the grants of their roles. */
export type Actor = {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  grants: RolePermissions[];
};

/** Line items are governed by their parent entity's permissions. */
export function permissionKey(entity: EntityDef): string {
  return entity.parent ?? entity.key;
}

export function assertCan(actor: Actor, entity: EntityDef, action: EntityAction): void {
  if (!canOnEntity(actor.grants, permissionKey(entity), action)) {
    throw forbidden(`You do not have permission to ${action} ${entity.key} records`);
  }
}

export function assertAdmin(actor: Actor): void {
  if (!isAdmin(actor.grants)) throw forbidden('Only administrators can do this');
}
