import { displaySections, type FormDef } from '@/engine/metadata/form';
import { cellIdOf, type DragData } from './drag-ids';
import type { SectionPlacement } from './layout/layout-document';
import { locateField } from './studio-document';

type CellPosition = { sectionId: string; index: number };

function endOf(form: FormDef, sectionId: string, active: DragData): CellPosition {
  const section = form.sections.find((candidate) => candidate.id === sectionId)!;
  const activeCell = cellIdOf(active);
  const from = activeCell ? locateField(form, activeCell) : undefined;
  return { sectionId, index: section.fields.length - (from?.sectionId === sectionId ? 1 : 0) };
}

/**
 * Where a field or block lands: before the cell it is over (after it when the dragged card's
 * centre is past that cell's centre and it comes from elsewhere), at the end of the section it
 * is over, or at the end of the last section of the tab whose header it is over.
 */
export function dropPosition(form: FormDef, active: DragData, over: DragData | undefined, after: boolean): CellPosition | undefined {
  if (!over) return undefined;
  if (over.kind === 'section') return form.sections.some((section) => section.id === over.sectionId) ? endOf(form, over.sectionId, active) : undefined;
  if (over.kind === 'tab') {
    const last = displaySections(form).findLast((section) => section.tab === over.tabId);
    return last ? endOf(form, last.id, active) : undefined;
  }
  const overCell = cellIdOf(over);
  const target = overCell ? locateField(form, overCell) : undefined;
  if (!target) return undefined;
  const activeCell = cellIdOf(active);
  if (activeCell) {
    const from = locateField(form, activeCell);
    // Within one section the sortable preview already shows the final index (arrayMove semantics).
    if (from?.sectionId === target.sectionId) return target;
  }
  return { sectionId: target.sectionId, index: target.index + (after ? 1 : 0) };
}

/** Where a new section or tab lands: after the section it is over (or holding the cell it is over), or into the tab whose header it is over. */
export function sectionPlacement(form: FormDef, over: DragData | undefined): SectionPlacement | undefined {
  if (!over) return undefined;
  if (over.kind === 'tab') return (form.tabs ?? []).some((tab) => tab.id === over.tabId) ? { inTab: over.tabId } : undefined;
  if (over.kind === 'section') return form.sections.some((section) => section.id === over.sectionId) ? { afterSection: over.sectionId } : undefined;
  const cell = cellIdOf(over);
  const located = cell ? locateField(form, cell) : undefined;
  return located ? { afterSection: located.sectionId } : undefined;
}
