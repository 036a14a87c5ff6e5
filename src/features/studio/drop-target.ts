import type { FormDef } from '@/engine/metadata/form';
import type { DragData } from './drag-ids';
import { locateField } from './studio-document';

/**
 * Where a drop lands: before the field it is over (after it when the dragged card's centre is
 * below that field's centre and it comes from elsewhere), or at the end of the section it is over.
 */
export function dropPosition(form: FormDef, active: DragData, over: DragData | undefined, below: boolean): { sectionId: string; index: number } | undefined {
  if (!over) return undefined;
  if (over.kind === 'section') {
    const section = form.sections.find((candidate) => candidate.id === over.sectionId);
    if (!section) return undefined;
    const from = active.kind === 'field' ? locateField(form, active.fieldId) : undefined;
    return { sectionId: section.id, index: section.fields.length - (from?.sectionId === section.id ? 1 : 0) };
  }
  if (over.kind !== 'field') return undefined;
  const target = locateField(form, over.fieldId);
  if (!target) return undefined;
  if (active.kind === 'field') {
    const from = locateField(form, active.fieldId);
    // Within one section the sortable preview already shows the final index (arrayMove semantics).
    if (from?.sectionId === target.sectionId) return target;
  }
  return { sectionId: target.sectionId, index: target.index + (below ? 1 : 0) };
}
