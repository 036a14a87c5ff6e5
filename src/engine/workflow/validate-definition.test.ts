import { describe, expect, it } from 'vitest';
import { parseEntityDef } from '../metadata/parse';
import type { DefinitionProblem } from './problem';
import { approval, label, line, node, workflowDoc } from './test-fixtures';
import { validateDefinition } from './validate-definition';

const users = [{ kind: 'user', ids: ['bob'] }];
const named = (key: string, kind: string, zh: string, en: string, extra: Record<string, unknown> = {}) => ({ ...node(key, kind, extra), name: label(zh, en) });

function codes(problems: DefinitionProblem[]) {
  return problems.map((problem) => problem.code);
}

function find(problems: DefinitionProblem[], code: string) {
  const problem = problems.find((candidate) => candidate.code === code);
  expect(problem, `a ${code} problem among ${codes(problems).join(', ')}`).toBeDefined();
  return problem as DefinitionProblem;
}

describe('validateDefinition', () => {
  it('accepts a well-formed workflow', () => {
    expect(validateDefinition(workflowDoc([node('start', 'start'), approval('review', { approvers: users }), node('done', 'end')], line('start', 'review', 'done')))).toEqual([]);
  });

  it('names schema problems by the node’s name', () => {
    const [problem] = validateDefinition(workflowDoc([named('start', 'start', '开始', 'Start'), { ...named('boss', 'approval', '老板审批', 'Boss approval'), approval: { mode: 'ratio', approvers: users } }], []));
    expect(problem).toMatchObject({ code: 'invalid_definition', nodeKey: 'boss' });
    expect(problem.message['zh-CN']).toContain('老板审批');
    expect(problem.message.en).toContain('Boss approval');
  });

  it('says which choice a step still lacks instead of quoting the key pattern', () => {
    const counter = named('adjust', 'action', '扣减库存', 'Reduce stock', { action: { kind: 'counter_effect', entity: 'stock', recordField: '', field: '', delta: 1 } });
    const problems = validateDefinition(workflowDoc([node('start', 'start'), counter, node('done', 'end')], line('start', 'adjust', 'done')));
    expect(problems.map((problem) => problem.message['zh-CN'])).toEqual(['“扣减库存”还没有选择指向该记录的字段', '“扣减库存”还没有选择字段']);
    expect(problems.map((problem) => problem.message.en)).toEqual(['"Reduce stock": the field pointing at the record is not chosen yet', '"Reduce stock": the field is not chosen yet']);
    expect(problems.every((problem) => problem.nodeKey === 'adjust')).toBe(true);

    const badKey = named('adjust', 'action', '扣减库存', 'Reduce stock', { action: { kind: 'counter_effect', entity: 'stock', recordField: 'Bad Key', field: 'reserved', delta: 1 } });
    const [pattern] = validateDefinition(workflowDoc([node('start', 'start'), badKey, node('done', 'end')], line('start', 'adjust', 'done')));
    expect(pattern.message.en).toContain('must start with a lowercase letter');
  });

  it('needs exactly one start and at least one end', () => {
    expect(codes(validateDefinition(workflowDoc([approval('review', { approvers: users })], [])))).toEqual(expect.arrayContaining(['no_start', 'no_end']));
    const two = validateDefinition(workflowDoc([node('s1', 'start'), named('s2', 'start', '第二个开始', 'Second start'), node('done', 'end')], [...line('s1', 'done'), ...line('s2', 'done')]));
    expect(find(two, 'multiple_starts')).toMatchObject({ nodeKey: 's2', message: { en: 'A workflow has exactly one start node; "Second start" is one too many' } });
  });

  it('finds unreachable nodes, dead ends and dangling edges', () => {
    const problems = validateDefinition(
      workflowDoc(
        [node('start', 'start'), named('lost', 'approval', '孤立审批', 'Lost approval', { approval: { mode: 'any', approvers: users } }), named('stuck', 'timer', '卡住的定时', 'Stuck timer', { timer: { wait: { kind: 'after', duration: { hours: 1 } } } }), node('done', 'end')],
        [...line('start', 'done'), ...line('lost', 'done'), { id: 'x', from: 'start', to: 'stuck' }, { id: 'ghost', from: 'stuck', to: 'nowhere' }],
      ),
    );
    expect(find(problems, 'unreachable_node')).toMatchObject({ nodeKey: 'lost', message: { 'zh-CN': '从开始节点无法到达“孤立审批”', en: '"Lost approval" cannot be reached from the start' } });
    expect(find(problems, 'no_path_to_end')).toMatchObject({ nodeKey: 'stuck', message: { en: 'No path leads from "Stuck timer" to an end' } });
    expect(find(problems, 'edge_unknown_node')).toMatchObject({ edgeId: 'ghost' });
    expect(find(problems, 'too_many_outgoing_edges')).toMatchObject({ nodeKey: 'start' });
    expect(find(problems, 'no_outgoing_edge')).toMatchObject({ nodeKey: 'stuck' });
  });

  it('checks condition branches: each has one edge and a valid rule', () => {
    const condition = named('check', 'condition', '金额判断', 'Amount check', {
      branches: [
        { key: 'big', label: label('大额', 'Large'), rule: { '>=': [{ var: 'total' }, 10000] } },
        { key: 'odd', label: label('奇怪', 'Odd'), rule: { eval: ['alert(1)'] } },
      ],
    });
    const problems = validateDefinition(
      workflowDoc([node('start', 'start'), condition, node('done', 'end')], [...line('start', 'check'), { id: 'b', from: 'check', to: 'done', branch: 'big' }, { id: 'q', from: 'check', to: 'done', branch: 'other' }]),
    );
    const withoutEdge = problems.filter((problem) => problem.code === 'branch_without_edge').map((problem) => problem.message.en);
    expect(withoutEdge).toEqual(['Branch "Odd" of "Amount check" does not lead anywhere', 'Branch "otherwise" of "Amount check" does not lead anywhere']);
    expect(find(problems, 'edge_unknown_branch')).toMatchObject({ edgeId: 'q' });
    expect(find(problems, 'invalid_rule').message.en).toContain('condition of branch "Odd" of "Amount check" is not valid: unknown operator "eval"');
  });

  it('refuses branches on plain edges and loops without a wait', () => {
    const problems = validateDefinition(
      workflowDoc(
        [node('start', 'start'), named('a', 'action', '记录', 'Log', { action: { kind: 'set_field', field: 'n', value: 1 } }), node('c', 'condition', { branches: [{ key: 'again', label: label('再来'), rule: true }] }), node('done', 'end')],
        [{ id: 's', from: 'start', to: 'a', branch: 'x' }, ...line('a', 'c'), { id: 'loop', from: 'c', to: 'a', branch: 'again' }, { id: 'd', from: 'c', to: 'done', branch: 'default' }],
      ),
    );
    expect(find(problems, 'branch_on_plain_edge')).toMatchObject({ edgeId: 's' });
    expect(find(problems, 'automatic_loop').message.en).toContain('has no approval or timer on it');
  });

  it('allows a loop that passes an approval', () => {
    const problems = validateDefinition(
      workflowDoc(
        [node('start', 'start'), approval('review', { approvers: users }), node('c', 'condition', { branches: [{ key: 'again', label: label('再来'), rule: true }] }), node('done', 'end')],
        [...line('start', 'review', 'c'), { id: 'loop', from: 'c', to: 'review', branch: 'again' }, { id: 'd', from: 'c', to: 'done', branch: 'default' }],
      ),
    );
    expect(problems).toEqual([]);
  });

  it('checks approvals: approvers set, return targets earlier approvals', () => {
    const problems = validateDefinition(
      workflowDoc(
        [
          node('start', 'start'),
          named('first', 'approval', '经理审批', 'Manager approval', { approval: { mode: 'any', approvers: [], returnTo: ['second'] } }),
          named('second', 'approval', '财务审批', 'Finance approval', { approval: { mode: 'any', approvers: users, returnTo: ['first', 'start', 'ghost'] } }),
          node('done', 'end'),
        ],
        line('start', 'first', 'second', 'done'),
      ),
    );
    expect(find(problems, 'approval_no_approvers').message['zh-CN']).toBe('“经理审批”还没有设置审批人');
    expect(find(problems, 'return_target_not_earlier').message.en).toBe('"Manager approval" can only return to an approval before it, and "Finance approval" is not');
    expect(find(problems, 'return_target_not_approval')).toMatchObject({ nodeKey: 'second' });
    expect(find(problems, 'return_target_unknown')).toMatchObject({ nodeKey: 'second' });
    expect(problems.filter((problem) => problem.code.startsWith('return_target')).map((problem) => problem.nodeKey)).not.toContain(undefined);
  });
});

describe('validateDefinition: parallels', () => {
  const fork = (edges: unknown[], extra: ReturnType<typeof node>[] = []) =>
    validateDefinition(
      workflowDoc(
        [node('start', 'start'), named('fork', 'parallel_split', '会审', 'Joint review'), approval('a', { approvers: users }), approval('b', { approvers: users }), named('meet', 'parallel_join', '汇合', 'Meet'), node('done', 'end'), ...extra],
        edges,
      ),
    );

  it('accepts a split whose branches meet at one join', () => {
    expect(fork([...line('start', 'fork', 'a', 'meet', 'done'), { id: 'fb', from: 'fork', to: 'b' }, ...line('b', 'meet')])).toEqual([]);
  });

  it('refuses a branch that ends before the join and a join without a split', () => {
    const problems = fork([...line('start', 'fork', 'a', 'meet', 'done'), { id: 'fb', from: 'fork', to: 'b' }, { id: 'bd', from: 'b', to: 'done' }]);
    expect(codes(problems)).toEqual(expect.arrayContaining(['end_inside_parallel', 'split_mismatched_join', 'join_without_split']));
    expect(find(problems, 'end_inside_parallel').message.en).toBe('A branch of "Joint review" reaches an end before the branches meet again');
  });

  it('refuses branches that merge before the join', () => {
    const problems = fork([...line('start', 'fork', 'a', 'c', 'meet', 'done'), { id: 'fb', from: 'fork', to: 'b' }, ...line('b', 'c')], [approval('c', { approvers: users })]);
    expect(find(problems, 'parallel_branches_merge')).toMatchObject({ nodeKey: 'c' });
  });

  it('refuses returning across a parallel boundary', () => {
    const problems = validateDefinition(
      workflowDoc(
        [node('start', 'start'), approval('pre', { approvers: users }), node('fork', 'parallel_split'), approval('a', { approvers: users, returnTo: ['pre'] }), approval('b', { approvers: users }), node('meet', 'parallel_join'), node('done', 'end')],
        [...line('start', 'pre', 'fork', 'a', 'meet', 'done'), { id: 'fb', from: 'fork', to: 'b' }, ...line('b', 'meet')],
      ),
    );
    expect(codes(problems)).toEqual(['return_target_other_branch']);
  });
});

describe('validateDefinition: references to the entity', () => {
  const entity = parseEntityDef({
    schemaVersion: 1,
    key: 'orders',
    label: label('订单', 'Orders'),
    fields: [
      { id: 'status', type: 'single_select', label: label('状态'), options: [{ value: 'draft', label: label('草稿') }] },
      { id: 'total', type: 'money', label: label('金额') },
      { id: 'payment_due_at', type: 'datetime', label: label('付款期限') },
    ],
    lifecycle: { field: 'status', initial: 'draft', actions: [{ key: 'cancel', label: label('取消'), from: ['draft'], to: 'cancelled' }] },
  });

  it('finds fields and state actions the entity lacks', () => {
    const problems = validateDefinition(
      workflowDoc(
        [
          node('start', 'start'),
          node('check', 'condition', { branches: [{ key: 'big', label: label('大'), rule: { '>': [{ var: 'amount' }, 1] } }] }),
          named('wait', 'timer', '等待', 'Wait', { timer: { wait: { kind: 'at_field', field: 'total' }, workingDays: true, calendar: 'mars' } }),
          node('act', 'action', { action: { kind: 'run_state_action', action: 'explode' } }),
          node('done', 'end'),
        ],
        [...line('start', 'check'), { id: 'b', from: 'check', to: 'wait', branch: 'big' }, { id: 'd', from: 'check', to: 'wait', branch: 'default' }, ...line('wait', 'act', 'done')],
        { trigger: { kind: 'field_changed', field: 'colour' }, onRejected: { stateAction: 'cancel' } },
      ),
      { entity, calendars: ['cn'] },
    );
    expect(codes(problems).sort()).toEqual(['field_not_date', 'rule_unknown_field', 'unknown_calendar', 'unknown_field', 'unknown_state_action']);
    expect(find(problems, 'field_not_date').message.en).toBe('"Wait" waits for total, which is not a date or date-time field');
    expect(find(problems, 'unknown_field').message.en).toBe(`The workflow's trigger uses colour, which is not a field of "Orders"`);
  });

  it('refuses a workflow written for another entity', () => {
    const problems = validateDefinition(workflowDoc([node('start', 'start'), node('done', 'end')], line('start', 'done'), { entity: 'customers' }), { entity });
    expect(codes(problems)).toEqual(['entity_mismatch']);
  });
});
