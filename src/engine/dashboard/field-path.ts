import { findField, type EntityDef, type EntityLookup } from '../metadata/entity';
import { resolveQueryField, type QueryableField } from '../query/queryable-field';

/**
 * A resolved field path: `relation` is the column of the dataset's entity that points at `entity`
 * (null for the entity's own fields), `field` the field read there.
 */
export type ResolvedPath = { relation: string | null; entity: EntityDef; field: QueryableField };

export type PathProblem = { code: 'unknown_field' | 'unknown_relation' | 'unknown_entity' | 'unsupported_field'; relation?: string; entity?: EntityDef; field: string };

export type PathResult = { ok: true; path: ResolvedPath } | { ok: false; problem: PathProblem };

/** The entity a relation column of `entity` points at: a relation field's target, or a line's parent via `parent_id`. */
export function relationTarget(entity: EntityDef, relation: string, lookup: EntityLookup): { ok: true; target: EntityDef } | { ok: false; problem: PathProblem } {
  let targetKey: string | undefined;
  if (relation === 'parent_id') targetKey = entity.parent;
  else {
    const field = findField(entity, relation);
    if (field && !field.removed && field.type === 'relation') targetKey = field.entity;
  }
  if (!targetKey) return { ok: false, problem: { code: 'unknown_relation', entity, field: relation } };
  const target = targetKey === entity.key ? entity : lookup(targetKey);
  return target ? { ok: true, target } : { ok: false, problem: { code: 'unknown_entity', entity, field: targetKey } };
}

export function resolveFieldPath(entity: EntityDef, path: string, lookup: EntityLookup): PathResult {
  const [first, second] = path.split('.');
  let relation: string | null = null;
  let owner = entity;
  let id = first;
  if (second !== undefined) {
    const target = relationTarget(entity, first, lookup);
    if (!target.ok) return target;
    relation = first;
    owner = target.target;
    id = second;
  }
  const resolved = resolveQueryField(owner, id);
  if (!resolved.ok) {
    const code = resolved.code === 'unknown_field' ? 'unknown_field' : 'unsupported_field';
    return { ok: false, problem: { code, entity: owner, field: id, ...(relation ? { relation } : {}) } };
  }
  return { ok: true, path: { relation, entity: owner, field: resolved.field } };
}
