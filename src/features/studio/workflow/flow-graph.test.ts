import { describe, expect, it } from 'vitest';
import { validateDefinition, type NodeOf } from '@/engine/workflow';
import { addNode, connect, findNode, insertOnEdge, updateNode } from './definition-edits';
import { layoutByDepth, LAYOUT, sourceHandles, toFlowEdges, toFlowNodes, withLayout } from './flow-graph';
import { skeleton } from './test-fixtures';

/** start → condition ─branch_1→ approval → end, default → end */
function branching() {
  let doc = insertOnEdge(skeleton(), 'approval', 'e1')!.definition;
  doc = addNode(doc, 'condition', { x: 0, y: 0 }).definition;
  doc = connect(doc, { source: 'start', target: 'condition_1' })!;
  doc = connect(doc, { source: 'condition_1', target: 'approval_1', sourceHandle: 'branch_1' })!;
  doc = connect(doc, { source: 'condition_1', target: 'end', sourceHandle: 'default' })!;
  return doc;
}

describe('definition → xyflow', () => {
  it('lays nodes out top to bottom by their longest distance from the start', () => {
    const layout = layoutByDepth(branching());
    expect(layout.get('start')).toEqual({ x: 0, y: 0 });
    expect(layout.get('condition_1')).toEqual({ x: 0, y: LAYOUT.rowHeight });
    expect(layout.get('approval_1')).toEqual({ x: 0, y: 2 * LAYOUT.rowHeight });
    // The end is reached directly and through the approval: it sits below both.
    expect(layout.get('end')?.y).toBe(3 * LAYOUT.rowHeight);
  });

  it('places unconnected nodes below the graph and keeps stored positions unless asked to re-lay', () => {
    const doc = addNode(skeleton(), 'timer', { x: 500, y: 500 }).definition;
    const unplaced = { ...doc, nodes: doc.nodes.map((node) => ({ ...node, position: undefined })) };
    const placed = withLayout(unplaced);
    expect(findNode(placed, 'timer_1')?.position).toEqual({ x: 0, y: 2 * LAYOUT.rowHeight });
    expect(findNode(withLayout(doc), 'timer_1')?.position).toEqual({ x: 500, y: 500 });
    expect(findNode(withLayout(doc, true), 'timer_1')?.position).toEqual({ x: 0, y: 2 * LAYOUT.rowHeight });
  });

  it('gives a condition one handle per branch plus the default, an end none', () => {
    const doc = branching();
    expect(sourceHandles(findNode(doc, 'condition_1')!)).toEqual(['branch_1', 'default']);
    expect(sourceHandles(findNode(doc, 'end')!)).toEqual([]);
    expect(sourceHandles(findNode(doc, 'start')!)).toEqual([null]);
  });

  it('carries problems, selection and measured sizes onto the nodes', () => {
    const doc = branching();
    const problems = validateDefinition(doc);
    const nodes = toFlowNodes(doc, { problems, selection: { kind: 'node', key: 'approval_1' }, measured: { start: { width: 200, height: 50 } }, readOnly: false });
    const approval = nodes.find((node) => node.id === 'approval_1')!;
    expect(approval.selected).toBe(true);
    expect(approval.data.problems.map((problem) => problem.code)).toContain('approval_no_approvers');
    expect(nodes.find((node) => node.id === 'start')).toMatchObject({ measured: { width: 200, height: 50 }, deletable: false });
    expect(nodes.find((node) => node.id === 'end')?.data.problems).toEqual([]);
  });

  it('turns edges into xyflow edges, branch edges leaving from their handle with the branch label', () => {
    let doc = branching();
    const condition = findNode(doc, 'condition_1') as NodeOf<'condition'>;
    doc = updateNode(doc, { ...condition, branches: [{ ...condition.branches[0], label: { 'zh-CN': '大额', en: 'Large' } }] });
    const edges = toFlowEdges(doc, { problems: [], selection: { kind: 'edge', id: 'e1' }, readOnly: false, locale: 'en', otherwise: 'Otherwise' });
    const byTarget = (source: string, target: string) => edges.find((edge) => edge.source === source && edge.target === target)!;
    expect(byTarget('condition_1', 'approval_1')).toMatchObject({ sourceHandle: 'branch_1', label: 'Large' });
    expect(byTarget('condition_1', 'end')).toMatchObject({ sourceHandle: 'default', label: 'Otherwise' });
    expect(byTarget('approval_1', 'end')).toMatchObject({ sourceHandle: null, label: undefined });
    expect(edges.find((edge) => edge.id === 'e1')?.selected).toBe(true);
  });
});
