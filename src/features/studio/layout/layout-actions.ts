import type { FormBlock } from '@/engine/metadata/form';
import type { Label } from '@/engine/metadata/keys';
import { moveField, type StudioDoc } from '../studio-document';
import {
  addBlock,
  addSection,
  addTab,
  freeId,
  moveSection,
  newBlock,
  newSectionTitle,
  newTabTitle,
  removeBlock,
  removeSection,
  removeTab,
  slotIds,
  updateBlock,
  updateSection,
  updateTab,
  type BlockKind,
  type LayoutRef,
  type SectionColumns,
  type SectionPatch,
  type SectionPlacement,
} from './layout-document';

export type LayoutAction =
  | { type: 'addSection'; columns: SectionColumns; placement: SectionPlacement }
  | { type: 'addTab'; placement: SectionPlacement }
  | { type: 'addBlock'; kind: BlockKind; sectionId: string; index: number }
  | { type: 'moveBlock'; blockId: string; sectionId: string; index: number }
  | { type: 'moveSection'; sectionId: string; offset: -1 | 1 }
  | { type: 'updateSection'; sectionId: string; patch: SectionPatch; coalesceKey?: string }
  | { type: 'updateTab'; tabId: string; title: Label; coalesceKey?: string }
  | { type: 'updateBlock'; block: FormBlock; coalesceKey?: string }
  | { type: 'removeLayout'; ref: LayoutRef }
  | { type: 'selectLayout'; ref: LayoutRef | null };

/** A layout edit as a document change plus what to select afterwards (`undefined` keeps the selection). */
export type LayoutStep = { doc: StudioDoc; select?: LayoutRef | null; coalesceKey?: string };

/** Every layout edit except selection, which changes no document. */
export function applyLayoutAction(doc: StudioDoc, action: Exclude<LayoutAction, { type: 'selectLayout' }>): LayoutStep {
  switch (action.type) {
    case 'addSection': {
      const id = freeId('section', doc.form.sections.map((section) => section.id));
      return { doc: addSection(doc, { id, title: newSectionTitle(), columns: action.columns, fields: [] }, action.placement), select: { kind: 'section', id } };
    }
    case 'addTab': {
      const tabId = freeId('tab', (doc.form.tabs ?? []).map((tab) => tab.id));
      const sectionId = freeId('section', doc.form.sections.map((section) => section.id));
      const tab = { id: tabId, title: newTabTitle((doc.form.tabs?.length ?? 0) + 1) };
      return { doc: addTab(doc, tab, { id: sectionId, columns: 2, fields: [] }, action.placement), select: { kind: 'tab', id: tabId } };
    }
    case 'addBlock': {
      const id = freeId(action.kind, slotIds(doc));
      return { doc: addBlock(doc, newBlock(action.kind, id), action.sectionId, action.index), select: { kind: 'block', id } };
    }
    case 'moveBlock':
      return { doc: moveField(doc, action.blockId, action.sectionId, action.index), select: { kind: 'block', id: action.blockId } };
    case 'moveSection':
      return { doc: moveSection(doc, action.sectionId, action.offset) };
    case 'updateSection':
      return { doc: updateSection(doc, action.sectionId, action.patch), coalesceKey: action.coalesceKey };
    case 'updateTab':
      return { doc: updateTab(doc, action.tabId, action.title), coalesceKey: action.coalesceKey };
    case 'updateBlock':
      return { doc: updateBlock(doc, action.block), coalesceKey: action.coalesceKey };
    case 'removeLayout': {
      const remove = { section: removeSection, tab: removeTab, block: removeBlock }[action.ref.kind];
      return { doc: remove(doc, action.ref.id), select: null };
    }
  }
}
