import { describe, expect, it } from 'vitest';
import { validateDefinition, WorkflowDefinitionSchema, type NodeOf } from '@/engine/workflow';
import { addNode, connect, findNode, insertOnEdge, moveNode, reconnect, removeBranch, removeEdge, removeNode, updateNode } from './definition-edits';
import { skeleton } from './test-fixtures';

describe('definition edits', () => {
  it('adds nodes with free keys of their kind and bilingual default names', () => {
    const first = addNode(skeleton(), 'approval', { x: 10, y: 20 });
    const second = addNode(first.definition, 'approval', { x: 0, y: 0 });
    expect([first.key, second.key]).toEqual(['approval_1', 'approval_2']);
    expect(findNode(second.definition, 'approval_1')).toMatchObject({ kind: 'approval', name: { 'zh-CN': '审批', en: 'Approval' }, position: { x: 10, y: 20 } });
    // Every node a designer can add yields a document the schema accepts.
    for (const kind of ['approval', 'condition', 'parallel_split', 'parallel_join', 'action', 'timer', 'cc', 'end'] as const) {
      expect(WorkflowDefinitionSchema.safeParse(addNode(skeleton(), kind, { x: 0, y: 0 }).definition).success, kind).toBe(true);
    }
  });

  it('inserts a step into a connection: start → approval → end, keeping the edge id', () => {
    const inserted = insertOnEdge(skeleton(), 'approval', 'e1')!;
    expect(inserted.key).toBe('approval_1');
    expect(inserted.definition.edges).toEqual([
      { id: 'e1', from: 'start', to: 'approval_1' },
      { id: 'e2', from: 'approval_1', to: 'end' },
    ]);
    expect(validateDefinition(inserted.definition).map((problem) => problem.code)).toEqual(['approval_no_approvers']);
    const node = findNode(inserted.definition, 'approval_1') as NodeOf<'approval'>;
    const ready = updateNode(inserted.definition, { ...node, approval: { ...node.approval, approvers: [{ kind: 'role', role: 'sales_manager' }] } });
    expect(validateDefinition(ready)).toEqual([]);
    expect(insertOnEdge(skeleton(), 'end', 'e1')).toBeNull();
  });

  it('re-points the single exit of a node instead of adding a second one, and names condition branches by handle', () => {
    const added = addNode(skeleton(), 'approval', { x: 0, y: 0 });
    const connected = connect(added.definition, { source: 'start', target: 'approval_1' })!;
    expect(connected.edges).toEqual([{ id: 'e2', from: 'start', to: 'approval_1' }]);

    const condition = addNode(skeleton(), 'condition', { x: 0, y: 0 }).definition;
    const branch = connect(condition, { source: 'condition_1', target: 'end', sourceHandle: 'branch_1' })!;
    const fallback = connect(branch, { source: 'condition_1', target: 'end', sourceHandle: 'default' })!;
    expect(fallback.edges.filter((edge) => edge.from === 'condition_1')).toEqual([
      { id: 'e2', from: 'condition_1', to: 'end', branch: 'branch_1' },
      { id: 'e3', from: 'condition_1', to: 'end', branch: 'default' },
    ]);
  });

  it('refuses connections into the start, out of an end, or to the node itself', () => {
    const doc = skeleton();
    expect(connect(doc, { source: 'end', target: 'start' })).toBeNull();
    expect(connect(doc, { source: 'start', target: 'start' })).toBeNull();
  });

  it('moves a dragged edge end to another node, keeping a condition branch, and leaves the edge where drawing it would be refused', () => {
    const withApproval = insertOnEdge(skeleton(), 'approval', 'e1')!.definition;
    // start → approval_1 → end; the start's edge is dragged straight to the end.
    const first = withApproval.edges.find((edge) => edge.from === 'start')!;
    const moved = reconnect(withApproval, first.id, { source: 'start', target: 'end' })!;
    expect(moved.edges.filter((edge) => edge.from === 'start').map((edge) => edge.to)).toEqual(['end']);
    expect(moved.edges).toHaveLength(withApproval.edges.length);

    const condition = addNode(skeleton(), 'condition', { x: 0, y: 0 }).definition;
    const branched = connect(condition, { source: 'condition_1', target: 'end', sourceHandle: 'branch_1' })!;
    const branchEdge = branched.edges.find((edge) => edge.from === 'condition_1')!;
    const retargeted = reconnect(branched, branchEdge.id, { source: 'condition_1', target: 'start', sourceHandle: 'branch_1' });
    expect(retargeted).toBeNull();
    expect(reconnect(branched, 'missing', { source: 'start', target: 'end' })).toBeNull();
  });

  it('removes a node with its edges and the return targets naming it; the start node stays', () => {
    let doc = insertOnEdge(skeleton(), 'approval', 'e1')!.definition;
    doc = insertOnEdge(doc, 'approval', 'e2')!.definition;
    const second = findNode(doc, 'approval_2') as NodeOf<'approval'>;
    doc = updateNode(doc, { ...second, approval: { ...second.approval, returnTo: ['approval_1'] } });
    const removed = removeNode(doc, 'approval_1');
    expect(removed.nodes.map((node) => node.key)).toEqual(['start', 'end', 'approval_2']);
    expect(removed.edges.every((edge) => edge.from !== 'approval_1' && edge.to !== 'approval_1')).toBe(true);
    expect((findNode(removed, 'approval_2') as NodeOf<'approval'>).approval.returnTo).toBeUndefined();
    expect(removeNode(doc, 'start')).toBe(doc);
    expect(removeEdge(doc, 'e1').edges.map((edge) => edge.id)).not.toContain('e1');
  });

  it('drops a condition branch with its connection but never the last branch', () => {
    let doc = addNode(skeleton(), 'condition', { x: 0, y: 0 }).definition;
    const node = findNode(doc, 'condition_1') as NodeOf<'condition'>;
    doc = updateNode(doc, { ...node, branches: [...node.branches, { key: 'branch_2', label: { 'zh-CN': '大额' }, rule: { '>=': [{ var: 'total_amount' }, 10000] } }] });
    doc = connect(doc, { source: 'condition_1', target: 'end', sourceHandle: 'branch_2' })!;
    const dropped = removeBranch(doc, 'condition_1', 'branch_2');
    expect((findNode(dropped, 'condition_1') as NodeOf<'condition'>).branches.map((branch) => branch.key)).toEqual(['branch_1']);
    expect(dropped.edges.some((edge) => edge.branch === 'branch_2')).toBe(false);
    expect(removeBranch(dropped, 'condition_1', 'branch_1')).toBe(dropped);
  });

  it('stores moved positions rounded to whole pixels', () => {
    expect(findNode(moveNode(skeleton(), 'end', { x: 10.4, y: 99.6 }), 'end')?.position).toEqual({ x: 10, y: 100 });
  });
});
