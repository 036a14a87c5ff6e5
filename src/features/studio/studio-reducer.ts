import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { replaceChild, withNewChildEntity } from './child-table/child-table-document';
import { applyLayoutAction, type LayoutAction } from './layout/layout-actions';
import type { LayoutRef } from './layout/layout-document';
import { addField, copyFieldId, duplicateField, moveField, newField, nextFieldId, removeField, restoreField, updateField, type PaletteType, type StudioDoc } from './studio-document';

/** Undo reaches at least this many steps back. */
export const HISTORY_LIMIT = 100;

export type StudioState = {
  past: StudioDoc[];
  present: StudioDoc;
  future: StudioDoc[];
  /** The document as last loaded or saved; unsaved changes = present differs from it. */
  saved: StudioDoc;
  /** Field ids in the loaded definition: these are published and keep their key. */
  publishedIds: string[];
  /** The selected field's id; at most one of `selected` and `selectedLayout` is set. */
  selected: string | null;
  selectedLayout: LayoutRef | null;
  /** Typing into one property is one undo step, not one per keystroke. */
  coalesceKey: string | null;
};

export type StudioAction =
  | { type: 'load'; doc: StudioDoc }
  | { type: 'saved'; doc: StudioDoc }
  | { type: 'add'; fieldType: PaletteType; sectionId: string; index: number }
  | { type: 'move'; fieldId: string; sectionId: string; index: number }
  | { type: 'duplicate'; fieldId: string }
  | { type: 'update'; fieldId: string; field: FieldDef; coalesceKey?: string }
  | { type: 'updateChild'; child: EntityDef; coalesceKey?: string }
  /** Entity-wide settings such as cross-field validations; fields change through 'update'. */
  | { type: 'updateEntity'; entity: EntityDef; coalesceKey?: string }
  | { type: 'remove'; fieldId: string }
  | { type: 'restore'; fieldId: string }
  | { type: 'select'; fieldId: string | null }
  | { type: 'undo' }
  | { type: 'redo' }
  | LayoutAction;

export function initialStudioState(doc: StudioDoc): StudioState {
  return { past: [], present: doc, future: [], saved: doc, publishedIds: doc.entity.fields.map((field) => field.id), selected: null, selectedLayout: null, coalesceKey: null };
}

function commit(state: StudioState, doc: StudioDoc, coalesceKey: string | null = null): StudioState {
  if (coalesceKey !== null && coalesceKey === state.coalesceKey) return { ...state, present: doc, future: [] };
  return { ...state, past: [...state.past, state.present].slice(-HISTORY_LIMIT), present: doc, future: [], coalesceKey };
}

export function studioReducer(state: StudioState, action: StudioAction): StudioState {
  switch (action.type) {
    case 'load':
      return initialStudioState(action.doc);
    case 'saved':
      return { ...state, saved: action.doc, coalesceKey: null };
    case 'add': {
      const id = nextFieldId(state.present.entity);
      const added = addField(state.present, newField(action.fieldType, id), action.sectionId, action.index);
      return { ...commit(state, action.fieldType === 'child_table' ? withNewChildEntity(added, id) : added), selected: id, selectedLayout: null };
    }
    case 'move':
      return { ...commit(state, moveField(state.present, action.fieldId, action.sectionId, action.index)), selected: action.fieldId, selectedLayout: null };
    case 'duplicate': {
      const id = copyFieldId(state.present, action.fieldId);
      const next = duplicateField(state.present, action.fieldId, id);
      return next === state.present ? state : { ...commit(state, next), selected: id, selectedLayout: null };
    }
    case 'update': {
      const next = commit(state, updateField(state.present, action.fieldId, action.field), action.coalesceKey ?? null);
      return { ...next, selected: state.selected === action.fieldId ? action.field.id : state.selected };
    }
    case 'updateChild':
      return commit(state, replaceChild(state.present, action.child), action.coalesceKey ?? null);
    case 'updateEntity':
      return commit(state, { ...state.present, entity: action.entity }, action.coalesceKey ?? null);
    case 'remove': {
      const next = commit(state, removeField(state.present, action.fieldId, state.publishedIds.includes(action.fieldId)));
      return { ...next, selected: state.selected === action.fieldId ? null : state.selected };
    }
    case 'restore':
      return commit(state, restoreField(state.present, action.fieldId));
    case 'select':
      // Cards select on focus and on click: the same state back spares the whole studio a render.
      if (state.selected === action.fieldId && state.selectedLayout === null && state.coalesceKey === null) return state;
      return { ...state, selected: action.fieldId, selectedLayout: null, coalesceKey: null };
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return { ...state, past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future], coalesceKey: null };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { ...state, past: [...state.past, state.present], present: next, future: rest, coalesceKey: null };
    }
    case 'selectLayout':
      return { ...state, selected: null, selectedLayout: action.ref, coalesceKey: null };
    default: {
      const step = applyLayoutAction(state.present, action);
      if (step.doc === state.present) return state;
      const next = commit(state, step.doc, step.coalesceKey ?? null);
      return step.select === undefined ? next : { ...next, selected: null, selectedLayout: step.select };
    }
  }
}

export function isDirty(state: StudioState): boolean {
  return state.present !== state.saved;
}
