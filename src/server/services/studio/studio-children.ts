import type { EntityDef } from '@/engine/metadata/entity';
import { validationFailed } from '../../errors';
import type { EntityRegistry } from '../entity-registry';

/**
 * The child entities a studio document carries: one per child_table field, taken from the
 * document when it has it (designed inline, perhaps new), else as published. Every child must
 * name this entity as its parent and may not take the key of an entity that belongs elsewhere.
 * A child no child table uses any more (its unpublished field was deleted) is dropped.
 */
export function resolveChildren(entity: EntityDef, given: EntityDef[], registry: EntityRegistry): EntityDef[] {
  const problems: string[] = [];
  const byKey = new Map(given.map((child) => [child.key, child]));
  if (byKey.size !== given.length) problems.push('each child entity may appear only once');
  const owners = new Map<string, string>();
  const children: EntityDef[] = [];
  for (const field of entity.fields) {
    if (field.type !== 'child_table') continue;
    const owner = owners.get(field.entity);
    if (owner) {
      problems.push(`child tables "${owner}" and "${field.id}" cannot share the entity "${field.entity}"`);
      continue;
    }
    owners.set(field.entity, field.id);
    const child = byKey.get(field.entity) ?? registry.get(field.entity);
    if (!child) problems.push(`child table "${field.id}": entity "${field.entity}" is neither in the draft nor published`);
    else children.push(child);
  }
  for (const child of given) {
    const published = registry.get(child.key);
    if (!owners.has(child.key)) continue;
    if (child.parent !== entity.key) problems.push(`entity "${child.key}" must name "${entity.key}" as its parent`);
    else if (published && published.parent !== entity.key) problems.push(`the key "${child.key}" is taken by another entity; give the child table another key`);
  }
  if (problems.length) throw validationFailed(`The draft's child tables are not consistent: ${problems.join('; ')}`, { problems: problems.map((message) => ({ path: 'children', message })) });
  return children;
}

/** Fields of `current` that `restored` lacks come back hidden: a column and its data are never dropped. */
export function restoreFields(restored: EntityDef, current: EntityDef | undefined): EntityDef {
  if (!current) return restored;
  const restoredIds = new Set(restored.fields.map((field) => field.id));
  const later = current.fields.filter((field) => !restoredIds.has(field.id)).map((field) => ({ ...field, removed: true }));
  return { ...restored, fields: [...restored.fields, ...later] };
}

/** The children as of a restored version, merged with the ones designed since (hidden where newer). */
export function restoreChildren(restored: EntityDef[], current: EntityDef[]): EntityDef[] {
  const currentByKey = new Map(current.map((child) => [child.key, child]));
  const merged = restored.map((child) => restoreFields(child, currentByKey.get(child.key)));
  const restoredKeys = new Set(restored.map((child) => child.key));
  return [...merged, ...current.filter((child) => !restoredKeys.has(child.key))];
}
