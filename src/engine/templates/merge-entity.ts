import type { EntityDef } from '../metadata/entity';
import type { FieldDef } from '../metadata/field';

export type MergeResult = { entity: EntityDef; added: string[]; updated: string[]; removed: string[]; kept: string[]; conflicts: string[] };

/** Structural equality that ignores key order: stored JSON (jsonb) does not keep it. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Three-way merge of one entity on template upgrade. base = the template version installed,
 * theirs = the new template version, ours = what is published now (base plus business users'
 * changes). Users' fields and edits win; the template's own changes apply where users left a field
 * alone; fields the new version drops are hidden (data kept), never deleted.
 */
export function mergeEntity(base: EntityDef | undefined, theirs: EntityDef, ours: EntityDef | undefined): MergeResult {
  const result: MergeResult = { entity: theirs, added: [], updated: [], removed: [], kept: [], conflicts: [] };
  if (!ours) {
    result.added = theirs.fields.map((field) => field.id);
    return result;
  }
  const baseFields = new Map((base?.fields ?? []).map((field) => [field.id, field]));
  const theirFields = new Map(theirs.fields.map((field) => [field.id, field]));
  const fields: FieldDef[] = [];
  for (const mine of ours.fields) {
    const original = baseFields.get(mine.id);
    const incoming = theirFields.get(mine.id);
    if (!original && !incoming) {
      fields.push(mine);
      result.kept.push(mine.id);
    } else if (!incoming) {
      fields.push(same(original, mine) ? { ...mine, removed: true } : mine);
      if (same(original, mine)) result.removed.push(mine.id);
    } else if (!original || same(original, mine)) {
      fields.push(incoming.type === mine.type ? incoming : mine);
      if (!same(incoming, mine)) result.updated.push(mine.id);
    } else {
      fields.push(mine);
      if (!same(original, incoming)) result.conflicts.push(`field "${mine.id}" was changed both here and in the new template version; the local change is kept`);
    }
  }
  for (const incoming of theirs.fields) {
    if (!ours.fields.some((field) => field.id === incoming.id)) {
      fields.push(incoming);
      result.added.push(incoming.id);
    }
  }
  const pick = <K extends keyof EntityDef>(key: K): EntityDef[K] => (base && !same(base[key], ours[key]) ? ours[key] : theirs[key]);
  result.entity = {
    ...theirs,
    label: pick('label'),
    titleField: pick('titleField'),
    lifecycle: pick('lifecycle'),
    reservations: pick('reservations'),
    checks: pick('checks'),
    validations: pick('validations'),
    fields,
  };
  return result;
}
