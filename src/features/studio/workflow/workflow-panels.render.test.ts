import { ReactFlowProvider } from '@xyflow/react';
import { NextIntlClientProvider } from 'next-intl';
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { activeFields } from '@/engine/metadata/entity';
import { validateDefinition, type NodeOf, type WorkflowDefinition } from '@/engine/workflow';
import { messages } from '@/i18n/messages';
import { orders } from '../properties/test-entities';
import { setFieldPermission, setMode } from './approval-edits';
import { addBranch } from './condition-panel';
import { ConditionPanel } from './condition-panel';
import { findNode, insertOnEdge, updateNode } from './definition-edits';
import { toFlowNodes } from './flow-graph';
import { NodeCard } from './node-card';
import { NodePanel } from './node-panel';
import { ProblemsList } from './problems-list';
import { skeleton } from './test-fixtures';
import type { WorkflowContext } from './use-workflow-context';

const context: WorkflowContext = {
  directory: { users: [{ id: 'u1', name: 'Wang Fang', username: 'wangfang', roles: ['sales_manager'] }], roles: [{ key: 'sales_manager', label: { 'zh-CN': '销售经理', en: 'Sales manager' } }] },
  entity: orders,
  fields: activeFields(orders).filter((field) => field.type !== 'child_table'),
  stateActions: [],
  entities: [orders],
  ready: true,
  errors: [],
};

function render(node: ReactNode, locale: 'en' | 'zh-CN' = 'en'): string {
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale, timeZone: 'UTC', messages: messages[locale], children: node }));
}

/** start → approval_1 → end */
function withApproval(): WorkflowDefinition {
  return insertOnEdge(skeleton(), 'approval', 'e1')!.definition;
}

const approvalOf = (doc: WorkflowDefinition) => findNode(doc, 'approval_1') as NodeOf<'approval'>;
const panel = (doc: WorkflowDefinition, key: string, locale: 'en' | 'zh-CN' = 'en') =>
  render(h(NodePanel, { node: findNode(doc, key)!, definition: doc, problems: validateDefinition(doc).filter((problem) => problem.nodeKey === key), context, readOnly: false, onEdit: () => {}, onDelete: () => {} }), locale);

describe('node configuration panel', () => {
  it('offers a set-field step a fixed value or a formula, and shows the one it has', () => {
    const inserted = insertOnEdge(skeleton(), 'action', 'e1')!;
    const node = findNode(inserted.definition, inserted.key) as NodeOf<'action'>;
    const withAction = (action: NodeOf<'action'>['action']) => updateNode(inserted.definition, { ...node, action });
    const fixed = panel(withAction({ kind: 'set_field', field: 'contact', value: 'Ms Li' }), inserted.key);
    expect(fixed).toContain('data-testid="wf-action-value-source"');
    expect(fixed).toContain('value="Ms Li"');
    expect(fixed).not.toContain('formula-edit-json');
    const computed = panel(withAction({ kind: 'set_field', field: 'amount', rule: { '*': [{ var: 'amount' }, 0.9] } }), inserted.key, 'zh-CN');
    expect(computed).toContain('按公式计算');
    expect(computed).toContain('formula-edit-json');
    expect(computed).not.toContain('data-testid="wf-action-value"');

    const counter = (guard?: unknown) =>
      panel(withAction({ kind: 'counter_effect', entity: 'orders', recordField: 'customer', field: 'amount', delta: 1, ...(guard === undefined ? {} : { guard }) }), inserted.key);
    expect(counter()).toContain('Always adjust');
    const guarded = counter({ '>': [{ var: 'amount' }, 100] });
    expect(guarded).not.toContain('Always adjust');
    expect(guarded).toContain('id="wf-counter-guard-field-0"');
  });

  it('shows an approval set to a 60 % ratio, and the JSON it came from', () => {
    const node = approvalOf(withApproval());
    const doc = updateNode(withApproval(), { ...node, approval: { ...setMode(node.approval, 'ratio', 60), approvers: [{ kind: 'role', role: 'sales_manager' }] } });
    expect(approvalOf(doc).approval).toMatchObject({ mode: 'ratio', ratioPercent: 60, approvers: [{ kind: 'role', role: 'sales_manager' }] });
    const markup = panel(doc, 'approval_1');
    expect(markup).toMatch(/id="wf-approval-ratio"[^>]*value="60"|value="60"[^>]*id="wf-approval-ratio"/);
    expect(markup).toMatch(/<input[^>]*checked=""[^>]*value="ratio"|<input[^>]*value="ratio"[^>]*checked=""/);
    expect(markup).toContain('Sales manager (sales_manager)');
    expect(markup).not.toContain('data-testid="wf-node-problems"');
  });

  it('lists the node\'s problems in the panel, in the reader\'s language', () => {
    expect(panel(withApproval(), 'approval_1')).toContain('has no approvers yet');
    expect(panel(withApproval(), 'approval_1', 'zh-CN')).toContain('还没有设置审批人');
  });

  it('shows field permissions per field from the document (unlisted = read-only)', () => {
    const node = approvalOf(withApproval());
    const doc = updateNode(withApproval(), { ...node, approval: setFieldPermission(node.approval, 'contact', 'hidden') });
    expect(approvalOf(doc).approval.fieldPermissions).toEqual({ contact: 'hidden' });
    // A section holding settings opens by itself, showing each field's permission.
    const markup = panel(doc, 'approval_1');
    const segment = (field: string) => markup.slice(markup.indexOf(`data-testid="wf-permission-${field}"`)).split('</tr>')[0];
    expect(segment('contact')).toMatch(/ant-segmented-item-selected.*?Hidden/);
    expect(segment('contact')).not.toMatch(/ant-segmented-item-selected.*?Read-only/);
    expect(segment('amount')).toMatch(/ant-segmented-item-selected.*?Read-only/);
    expect(panel(withApproval(), 'approval_1')).not.toContain('wf-permission-contact');
  });

  it('adds a condition branch before the default one and shows each with its own card', () => {
    const condition = { key: 'condition_1', kind: 'condition' as const, name: { 'zh-CN': '金额判断' }, branches: [{ key: 'branch_1', label: { 'zh-CN': '大额', en: 'Large' }, rule: { '>=': [{ var: 'amount' }, 10000] } }] };
    const added = addBranch(condition);
    expect(added.branches).toEqual([condition.branches[0], { key: 'branch_2', label: { 'zh-CN': '分支 2', en: 'Branch 2' }, rule: undefined }]);
    const markup = render(h(ConditionPanel, { node: added, context, onEdit: () => {} }));
    expect(markup).toContain('data-testid="wf-branch-branch_1"');
    expect(markup).toContain('data-testid="wf-branch-branch_2"');
    expect(markup).toContain('data-testid="wf-branch-default"');
    expect(markup).toContain('Branch 2: Branch 2');
  });
});

describe('problems on the canvas', () => {
  function card(doc: WorkflowDefinition, key: string): string {
    const flowNode = toFlowNodes(doc, { problems: validateDefinition(doc), selection: null, measured: {}, readOnly: false }).find((node) => node.id === key)!;
    const props = { id: key, data: flowNode.data, type: 'workflow', selected: false, dragging: false, zIndex: 0, isConnectable: true, positionAbsoluteX: 0, positionAbsoluteY: 0, selectable: true, deletable: true, draggable: true };
    return render(h(ReactFlowProvider, null, h(NodeCard, props as never)));
  }

  it('marks a node with problems and leaves a sound one plain', () => {
    const doc = withApproval();
    expect(card(doc, 'approval_1')).toMatch(/data-testid="wf-node-approval_1" data-problems="1" aria-invalid="true"/);
    expect(card(doc, 'end')).toContain('data-problems="0"');
    expect(card(doc, 'end')).not.toContain('aria-invalid');
  });

  it('lists every problem with where it is, and says so when there are none', () => {
    const doc = withApproval();
    const list = render(h(ProblemsList, { problems: validateDefinition(doc), definition: doc, onPick: () => {} }));
    expect(list).toContain('data-testid="wf-problem-0"');
    expect(list).toContain('Approval');
    expect(render(h(ProblemsList, { problems: [], definition: skeleton(), onPick: () => {} }))).toContain('No problems; ready to publish.');
  });
});
