import { eq } from 'drizzle-orm';
import { RolePermissionsSchema, type RolePermissions } from '@/engine/auth/permissions';
import type { TemplateManifest } from '@/engine/templates/manifest';
import { roles } from '../../db/schema';
import type { Db } from '../../db/types';

/** Adds a template's entity grants to roles (creating missing roles); never removes a grant. */
export async function grantTemplateRoles(db: Db, grants: TemplateManifest['roles']): Promise<void> {
  for (const grant of grants) {
    const [existing] = await db.select().from(roles).where(eq(roles.key, grant.key));
    if (!existing) {
      await db.insert(roles).values({ key: grant.key, label: grant.label, permissions: grant.permissions });
      continue;
    }
    const current = RolePermissionsSchema.parse(existing.permissions);
    const entities: RolePermissions['entities'] = { ...current.entities };
    for (const [entity, actions] of Object.entries(grant.permissions.entities)) {
      entities[entity] = [...new Set([...(entities[entity] ?? current.entities['*'] ?? []), ...actions])];
    }
    await db.update(roles).set({ permissions: { ...current, entities } }).where(eq(roles.key, grant.key));
  }
}
