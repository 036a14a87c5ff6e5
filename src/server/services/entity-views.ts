import type { EntityView } from '@/engine/contract/api-types';
import { allowedActions } from '@/engine/auth/permissions';
import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { FormDef } from '@/engine/metadata/form';
import type { Db } from '../db/types';
import { permissionKey, type Actor } from '../auth/actor';
import { notFound } from '../errors';
import { loadForm, loadForms, loadRegistry, type EntityRegistry } from './entity-registry';

function toView(registry: EntityRegistry, actor: Actor, entity: EntityDef, form: FormDef): EntityView {
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
  return { entity, form, related, permissions: allowedActions(actor.grants, permissionKey(entity)) };
}

/** Top-level entities the caller may read (line items appear inside their parent). */
export async function listEntityViews(db: Db, actor: Actor): Promise<EntityView[]> {
  const registry = await loadRegistry(db);
  const readable = [...registry.entities.values()]
    .filter((entity) => !entity.parent && allowedActions(actor.grants, permissionKey(entity)).includes('read'))
    .sort((a, b) => a.key.localeCompare(b.key));
  const forms = await loadForms(db, readable);
  return readable.map((entity) => toView(registry, actor, entity, forms.get(entity.key)!));
}

export async function getEntityView(db: Db, actor: Actor, key: string): Promise<EntityView> {
  const registry = await loadRegistry(db);
  const entity = registry.get(key);
  const view = entity ? toView(registry, actor, entity, await loadForm(db, entity)) : undefined;
  // An entity the caller may not read looks the same as one that does not exist.
  if (!view || !view.permissions.includes('read')) throw notFound(`Entity "${key}" does not exist`);
  return view;
}
