import type { WorkflowDefinition } from '@/engine/workflow';
import { addNode, insertOnEdge, removeEdge, removeNode, type Position } from './definition-edits';
import type { Selection } from './flow-graph';
import type { PaletteKind } from './node-defaults';

export const HISTORY_LIMIT = 100;

export type DesignerState = {
  past: WorkflowDefinition[];
  present: WorkflowDefinition;
  future: WorkflowDefinition[];
  /** The document as last loaded or saved; unsaved changes = present differs from it. */
  saved: WorkflowDefinition;
  selection: Selection;
  /** Typing into one setting, or one drag of a node, is one undo step. */
  coalesceKey: string | null;
};

export type DesignerAction =
  | { type: 'saved'; definition: WorkflowDefinition }
  | { type: 'edit'; edit: (definition: WorkflowDefinition) => WorkflowDefinition | null; coalesceKey?: string }
  | { type: 'add'; kind: PaletteKind; position: Position }
  /** Adds onto the selected edge when one is selected (and the kind fits there), else at `position`. */
  | { type: 'addOrInsert'; kind: PaletteKind; position: Position }
  | { type: 'remove'; selection: NonNullable<Selection> }
  | { type: 'select'; selection: Selection }
  | { type: 'undo' }
  | { type: 'redo' };

export function initialDesignerState(definition: WorkflowDefinition): DesignerState {
  return { past: [], present: definition, future: [], saved: definition, selection: null, coalesceKey: null };
}

function commit(state: DesignerState, definition: WorkflowDefinition, coalesceKey: string | null = null): DesignerState {
  if (definition === state.present) return state;
  if (coalesceKey !== null && coalesceKey === state.coalesceKey) return { ...state, present: definition, future: [] };
  return { ...state, past: [...state.past, state.present].slice(-HISTORY_LIMIT), present: definition, future: [], coalesceKey };
}

/** A selection that still points at something after an edit (undo can take the node away). */
function validSelection(definition: WorkflowDefinition, selection: Selection): Selection {
  if (selection?.kind === 'node') return definition.nodes.some((node) => node.key === selection.key) ? selection : null;
  if (selection?.kind === 'edge') return definition.edges.some((edge) => edge.id === selection.id) ? selection : null;
  return null;
}

export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  switch (action.type) {
    case 'saved':
      return { ...state, saved: action.definition, coalesceKey: null };
    case 'edit': {
      const next = action.edit(state.present);
      return next ? commit(state, next, action.coalesceKey ?? null) : state;
    }
    case 'add': {
      const added = addNode(state.present, action.kind, action.position);
      return { ...commit(state, added.definition), selection: { kind: 'node', key: added.key } };
    }
    case 'addOrInsert': {
      const inserted = state.selection?.kind === 'edge' ? insertOnEdge(state.present, action.kind, state.selection.id) : null;
      if (!inserted) return designerReducer(state, { type: 'add', kind: action.kind, position: action.position });
      return { ...commit(state, inserted.definition), selection: { kind: 'node', key: inserted.key } };
    }
    case 'remove': {
      const next = action.selection.kind === 'node' ? removeNode(state.present, action.selection.key) : removeEdge(state.present, action.selection.id);
      return { ...commit(state, next), selection: null };
    }
    case 'select':
      return { ...state, selection: action.selection, coalesceKey: null };
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return { ...state, past: state.past.slice(0, -1), present: previous, future: [state.present, ...state.future], selection: validSelection(previous, state.selection), coalesceKey: null };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return { ...state, past: [...state.past, state.present], present: next, future: rest, selection: validSelection(next, state.selection), coalesceKey: null };
    }
  }
}

export function isDirty(state: DesignerState): boolean {
  return state.present !== state.saved && JSON.stringify(state.present) !== JSON.stringify(state.saved);
}
