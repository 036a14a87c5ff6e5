import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';

/**
 * Up to two fields besides the title that tell records apart in a picker (two customers of one
 * name, told apart by phone): phones first, then short texts.
 */
export function lookupFields(target: EntityDef | undefined): FieldDef[] {
  if (!target) return [];
  const candidates = activeFields(target).filter((field) => field.id !== target.titleField && (field.type === 'phone' || field.type === 'text'));
  return [...candidates.filter((field) => field.type === 'phone'), ...candidates.filter((field) => field.type === 'text')].slice(0, 2);
}
