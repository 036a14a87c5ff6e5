import type { EntityView } from '@/engine/contract/api-types';
import { allowedActions } from '@/engine/auth/permissions';
import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { Db } from '../db/types';
import { permissionKey, type Actor } from '../auth/actor';
import { notFound } from '../errors';
import { loadForm, loadRegistry, type EntityRegistry } from './entity-registry';

async function toView(db: Db, registry: EntityRegistry, actor: Actor, entity: EntityDef): Promise<EntityView> {
  const related: Record<string, EntityDef> = {};
  const collect = (def: EntityDef) => {
    for (const field of activeFields(def)) {
      if (field.type !== 'relation' && field.type !== 'child_table') continue;
      const target = registry.get(field.entity);
      if (!target || related[target.key]) continue;
      related[target.key] = target;
      if (field.type === 'child_table') collect(target);
    }
  };
  collect(entity);
  // Reservation targets (stock) let forms show what is available while lines are entered.
  for (const reservation of entity.reservations ?? []) {
    const target = registry.get(reservation.target.entity);
    if (target) related[target.key] = target;
  }
  return { entity, form: await loadForm(db, entity), related, permissions: allowedActions(actor.grants, permissionKey(entity)) };
}

/** Top-level entities the caller may read (line items appear inside their parent). */
export async function listEntityViews(db: Db, actor: Actor): Promise<EntityView[]> {
  const registry = await loadRegistry(db);
  const views: EntityView[] = [];
  for (const entity of [...registry.entities.values()].sort((a, b) => a.key.localeCompare(b.key))) {
    if (entity.parent) continue;
    const view = await toView(db, registry, actor, entity);
    if (view.permissions.includes('read')) views.push(view);
  }
  return views;
}

export async function getEntityView(db: Db, actor: Actor, key: string): Promise<EntityView> {
  const registry = await loadRegistry(db);
  const entity = registry.get(key);
  const view = entity ? await toView(db, registry, actor, entity) : undefined;
  // An entity the caller may not read looks the same as one that does not exist.
  if (!view || !view.permissions.includes('read')) throw notFound(`Entity "${key}" does not exist`);
  return view;
}
