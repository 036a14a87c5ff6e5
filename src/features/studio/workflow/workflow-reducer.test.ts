import { describe, expect, it } from 'vitest';
import { moveNode } from './definition-edits';
import { selectionAfter } from './selection-changes';
import { skeleton } from './test-fixtures';
import { designerReducer, initialDesignerState, isDirty } from './workflow-reducer';

describe('designer state', () => {
  it('selects what was added, inserting onto a selected connection', () => {
    let state = initialDesignerState(skeleton());
    state = designerReducer(state, { type: 'select', selection: { kind: 'edge', id: 'e1' } });
    state = designerReducer(state, { type: 'addOrInsert', kind: 'approval', position: { x: 0, y: 0 } });
    expect(state.selection).toEqual({ kind: 'node', key: 'approval_1' });
    expect(state.present.edges.map((edge) => [edge.from, edge.to])).toEqual([['start', 'approval_1'], ['approval_1', 'end']]);
    state = designerReducer(state, { type: 'addOrInsert', kind: 'timer', position: { x: 5, y: 5 } });
    expect(state.present.edges).toHaveLength(2);
  });

  it('undoes a whole drag as one step and clears a selection the undo took away', () => {
    let state = initialDesignerState(skeleton());
    state = designerReducer(state, { type: 'add', kind: 'cc', position: { x: 0, y: 0 } });
    for (const x of [1, 2, 3]) state = designerReducer(state, { type: 'edit', edit: (doc) => moveNode(doc, 'cc_1', { x, y: 0 }), coalesceKey: 'move:cc_1:1' });
    expect(state.past).toHaveLength(2);
    state = designerReducer(state, { type: 'undo' });
    expect(state.present.nodes.find((node) => node.key === 'cc_1')?.position).toEqual({ x: 0, y: 0 });
    state = designerReducer(state, { type: 'undo' });
    expect(state.selection).toBeNull();
    expect(isDirty(state)).toBe(false);
    state = designerReducer(state, { type: 'redo' });
    expect(isDirty(state)).toBe(true);
    state = designerReducer(state, { type: 'saved', definition: state.present });
    expect(isDirty(state)).toBe(false);
  });

  it('removes the selection after confirmation and ignores edits that change nothing', () => {
    let state = designerReducer(initialDesignerState(skeleton()), { type: 'add', kind: 'timer', position: { x: 0, y: 0 } });
    state = designerReducer(state, { type: 'remove', selection: { kind: 'node', key: 'timer_1' } });
    expect(state.present.nodes.map((node) => node.key)).toEqual(['start', 'end']);
    expect(state.selection).toBeNull();
    expect(designerReducer(state, { type: 'edit', edit: () => null })).toBe(state);
  });

  it('follows xyflow select changes: a newly selected item wins, deselecting the current one clears', () => {
    expect(selectionAfter(null, 'node', [{ type: 'select', id: 'a', selected: true }])).toEqual({ kind: 'node', key: 'a' });
    expect(selectionAfter({ kind: 'node', key: 'a' }, 'node', [{ type: 'select', id: 'a', selected: false }, { type: 'select', id: 'b', selected: true }])).toEqual({ kind: 'node', key: 'b' });
    expect(selectionAfter({ kind: 'node', key: 'a' }, 'edge', [{ type: 'select', id: 'e1', selected: false }])).toBeUndefined();
    expect(selectionAfter({ kind: 'edge', id: 'e1' }, 'edge', [{ type: 'select', id: 'e1', selected: false }])).toBeNull();
    expect(selectionAfter(null, 'node', [{ type: 'dimensions', id: 'a' }])).toBeUndefined();
  });
});
