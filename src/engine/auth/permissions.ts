import { z } from 'zod';
import type { EntityAction } from '../contract/api-types';

export const ENTITY_ACTIONS: readonly EntityAction[] = ['create', 'read', 'update', 'delete', 'export'];

export const RolePermissionsSchema = z.object({
  /** Entity actions by entity key; '*' applies to every entity. Line-item entities follow their parent. */
  entities: z.record(z.string(), z.array(z.enum(['create', 'read', 'update', 'delete', 'export']))).default({}),
  /** Manage users, roles, API keys and templates. */
  admin: z.boolean().default(false),
  /** Open the studio and publish definitions. */
  design: z.boolean().default(false),
});

export type RolePermissions = z.infer<typeof RolePermissionsSchema>;

export function canOnEntity(grants: RolePermissions[], entityKey: string, action: EntityAction): boolean {
  return grants.some((grant) => grant.admin || (grant.entities[entityKey] ?? grant.entities['*'] ?? []).includes(action));
}

export function allowedActions(grants: RolePermissions[], entityKey: string): EntityAction[] {
  return ENTITY_ACTIONS.filter((action) => canOnEntity(grants, entityKey, action));
}

export function isAdmin(grants: RolePermissions[]): boolean {
  return grants.some((grant) => grant.admin);
}

export function canDesign(grants: RolePermissions[]): boolean {
  return grants.some((grant) => grant.admin || grant.design);
}
