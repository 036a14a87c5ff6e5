import { describe, expect, it } from 'vitest';
import { validateDefinition } from './validate-definition';
import { approval, effectsOf, Harness, label, line, node, workflow } from './test-fixtures';

const users = (...ids: string[]) => [{ kind: 'user', ids }];

/** start → condition on total → big: approval by mia / small: straight to the end */
function byTotal() {
  return workflow(
    [
      node('start', 'start'),
      node('check', 'condition', {
        branches: [
          { key: 'huge', label: label('特大'), rule: { '>=': [{ var: 'total' }, 100000] } },
          { key: 'big', label: label('大额'), rule: { '>=': [{ var: 'total' }, 10000] } },
        ],
      }),
      approval('director', { approvers: users('dora') }),
      approval('manager', { approvers: users('mia') }),
      node('done', 'end'),
    ],
    [
      ...line('start', 'check'),
      { id: 'c1', from: 'check', to: 'director', branch: 'huge' },
      { id: 'c2', from: 'check', to: 'manager', branch: 'big' },
      { id: 'c3', from: 'check', to: 'done', branch: 'default' },
      ...line('director', 'done'),
      ...line('manager', 'done'),
    ],
  );
}

describe('condition', () => {
  it('takes the first branch that holds, in order', () => {
    const h = new Harness(byTotal(), { record: { total: 200000 } });
    h.start();
    expect(h.pending().map((task) => task.nodeKey)).toEqual(['director']);
    const mid = new Harness(byTotal(), { record: { total: 12000 } });
    mid.start();
    expect(mid.pending().map((task) => task.nodeKey)).toEqual(['manager']);
  });

  it('takes the default branch when none holds', () => {
    const h = new Harness(byTotal(), { record: { total: 500 } });
    h.start();
    expect(h.status).toBe('approved');
    expect(h.state?.history.find((entry) => entry.action === 'branch_taken')?.detail).toEqual({ branch: 'default' });
  });
});

function parallel() {
  return workflow(
    [
      node('start', 'start'),
      node('fork', 'parallel_split'),
      approval('legal', { approvers: users('lee') }),
      approval('finance', { approvers: users('fay') }),
      node('meet', 'parallel_join'),
      approval('ceo', { approvers: users('ceo') }),
      node('done', 'end'),
    ],
    [...line('start', 'fork'), ...line('fork', 'legal', 'meet'), { id: 'f2', from: 'fork', to: 'finance' }, ...line('finance', 'meet'), ...line('meet', 'ceo', 'done')],
  );
}

describe('parallel split and join', () => {
  it('runs both branches at once and waits for both before going on', () => {
    const h = new Harness(parallel());
    h.start();
    expect(h.pending().map((task) => task.nodeKey).sort()).toEqual(['finance', 'legal']);
    expect(h.state?.tokens).toHaveLength(2);
    h.approve('fay');
    expect(h.state?.joins).toEqual({ meet: 1 });
    expect(h.pending().map((task) => task.nodeKey)).toEqual(['legal']);
    h.approve('lee');
    expect(h.state?.joins).toEqual({});
    expect(h.pending().map((task) => task.nodeKey)).toEqual(['ceo']);
    expect(h.state?.tokens).toHaveLength(1);
    h.approve('ceo');
    expect(h.status).toBe('approved');
  });

  it('a rejection in one branch rejects the instance and cancels the other branch', () => {
    const h = new Harness(parallel());
    h.start();
    const effects = h.reject('lee');
    expect(h.status).toBe('rejected');
    expect(effectsOf(effects, 'cancel_task')).toHaveLength(1);
    expect(h.state?.tokens).toEqual([]);
  });
});

describe('parallel with conditions and nesting', () => {
  it('counts one arrival per branch, whichever way a condition inside a branch went, and nests', () => {
    const definition = workflow(
      [
        node('start', 'start'),
        node('outer', 'parallel_split'),
        node('check', 'condition', { branches: [{ key: 'big', label: label('大'), rule: { '>': [{ var: 'total' }, 100] } }] }),
        approval('big_review', { approvers: users('bob') }),
        node('inner', 'parallel_split'),
        approval('x', { approvers: users('xena') }),
        approval('y', { approvers: users('yan') }),
        node('inner_meet', 'parallel_join'),
        node('outer_meet', 'parallel_join'),
        node('done', 'end'),
      ],
      [
        ...line('start', 'outer', 'check'),
        { id: 'cb', from: 'check', to: 'big_review', branch: 'big' },
        { id: 'cd', from: 'check', to: 'outer_meet', branch: 'default' },
        ...line('big_review', 'outer_meet'),
        { id: 'o2', from: 'outer', to: 'inner' },
        ...line('inner', 'x', 'inner_meet'),
        { id: 'i2', from: 'inner', to: 'y' },
        ...line('y', 'inner_meet', 'outer_meet', 'done'),
      ],
    );
    expect(validateDefinition(definition)).toEqual([]);
    const small = new Harness(definition, { record: { total: 5 } });
    small.start();
    expect(small.pending().map((task) => task.assignee).sort()).toEqual(['xena', 'yan']);
    expect(small.state?.joins).toEqual({ outer_meet: 1 });
    small.approve('xena');
    expect(small.status).toBe('running');
    small.approve('yan');
    expect(small.status).toBe('approved');

    const big = new Harness(definition, { record: { total: 500 } });
    big.start();
    big.approve('xena');
    big.approve('yan');
    expect(big.status).toBe('running');
    big.approve('bob');
    expect(big.status).toBe('approved');
  });
});

describe('action nodes', () => {
  const withAction = (action: Record<string, unknown>, record: Record<string, unknown> = {}) => {
    const h = new Harness(workflow([node('start', 'start'), node('act', 'action', { action }), node('done', 'end')], line('start', 'act', 'done')), {
      record: { total: 12000, clerk: 'carl', customer_name: '华强', ...record },
      org: { roles: { purchasing: ['pat', 'pam'] } },
    });
    return h.start('carl');
  };

  it('set_field sets a value or a computed one, and later conditions see it', () => {
    expect(effectsOf(withAction({ kind: 'set_field', field: 'priority', value: 'high' }), 'set_field')).toEqual([{ type: 'set_field', nodeKey: 'act', field: 'priority', value: 'high' }]);
    const [computed] = effectsOf(withAction({ kind: 'set_field', field: 'discount', rule: { '*': [{ var: 'total' }, 0.1] } }), 'set_field');
    expect(Number(computed.value)).toBe(1200);

    const h = new Harness(
      workflow(
        [
          node('start', 'start'),
          node('flag', 'action', { action: { kind: 'set_field', field: 'vip', value: true } }),
          node('check', 'condition', { branches: [{ key: 'vip', label: label('VIP'), rule: { var: 'vip' } }] }),
          node('yes', 'end'),
          node('no', 'end', { outcome: 'rejected' }),
        ],
        [...line('start', 'flag', 'check'), { id: 'y', from: 'check', to: 'yes', branch: 'vip' }, { id: 'n', from: 'check', to: 'no', branch: 'default' }],
      ),
    );
    h.start();
    expect(h.status).toBe('approved');
  });

  it('run_state_action and counter_effect become effects for the record service', () => {
    expect(effectsOf(withAction({ kind: 'run_state_action', action: 'close' }), 'run_state_action')).toEqual([{ type: 'run_state_action', nodeKey: 'act', action: 'close' }]);
    const [counter] = effectsOf(
      withAction({ kind: 'counter_effect', entity: 'stock', recordField: 'product', field: 'reserved', delta: { rule: { var: 'qty' } }, guard: { '>=': [{ var: 'on_hand' }, 0] } }, { product: 'p1', qty: 3 }),
      'counter_effect',
    );
    expect(counter).toMatchObject({ entity: 'stock', recordId: 'p1', field: 'reserved', delta: 3, guard: { '>=': [{ var: 'on_hand' }, 0] } });
  });

  it('notify and email resolve recipients and fill placeholders from the record', () => {
    const [note] = effectsOf(withAction({ kind: 'notify', to: [{ kind: 'role', role: 'purchasing' }, { kind: 'initiator' }], message: label('{{customer_name}} 下单 {{total}} 元', 'Order of {{ total }} by {{customer_name}}{{missing}}') }), 'notify');
    expect(note).toMatchObject({ userIds: ['pat', 'pam', 'carl'], message: { 'zh-CN': '华强 下单 12000 元', en: 'Order of 12000 by 华强' } });
    const [mail] = effectsOf(withAction({ kind: 'email', to: [{ kind: 'field', field: 'clerk' }], addresses: ['ops@example.com'], subject: label('订单确认'), body: label('金额 {{total}}') }), 'email');
    expect(mail).toMatchObject({ userIds: ['carl'], addresses: ['ops@example.com'], body: { 'zh-CN': '金额 12000' } });
  });

  it('a relation placeholder reads as the related record title the record carries', () => {
    const [note] = effectsOf(withAction({ kind: 'notify', to: [{ kind: 'initiator' }], message: label('{{product}} 库存不足') }, { product: 'p1', _display: { product: '紫砂壶' } }), 'notify');
    expect(note).toMatchObject({ message: { 'zh-CN': '紫砂壶 库存不足' } });
    const [bare] = effectsOf(withAction({ kind: 'notify', to: [{ kind: 'initiator' }], message: label('{{product}} 库存不足') }, { product: 'p1' }), 'notify');
    expect(bare).toMatchObject({ message: { 'zh-CN': 'p1 库存不足' } });
  });

  it('a webhook without an address is a step not configured yet: it passes without a call', () => {
    const h = new Harness(
      workflow([node('start', 'start'), node('act', 'action', { action: { kind: 'webhook', url: '', format: 'json' } }), node('done', 'end')], line('start', 'act', 'done')),
      { record: { total: 1 } },
    );
    const result = h.start('carl');
    expect(effectsOf(result, 'webhook')).toEqual([]);
    expect(h.state?.history.find((entry) => entry.nodeKey === 'act')).toMatchObject({ action: 'action_run', detail: { kind: 'webhook', skipped: 'not_configured' } });
    expect(h.state?.status).toBe('approved');
  });

  it('webhook bodies follow the target format', () => {
    const [json] = effectsOf(withAction({ kind: 'webhook', url: 'https://hooks.example.com/x', format: 'json', message: label('库存不足') }), 'webhook');
    expect(json.body).toMatchObject({ workflow: 'order_approval', entity: 'orders', node: 'act', recordId: 'r1' });
    const [ding] = effectsOf(withAction({ kind: 'webhook', url: 'https://oapi.dingtalk.com/robot/send', format: 'dingtalk', message: label('{{customer_name}} 库存不足') }), 'webhook');
    expect(ding.body).toEqual({ msgtype: 'text', text: { content: '华强 库存不足' } });
    const [wecom] = effectsOf(withAction({ kind: 'webhook', url: 'https://qyapi.weixin.qq.com/x', format: 'wecom' }), 'webhook');
    expect(wecom.body).toEqual({ msgtype: 'text', text: { content: '订单审批：节点act' } });
  });

  it('a failing formula is written to the timeline and the instance carries on', () => {
    const effects = withAction({ kind: 'set_field', field: 'x', rule: { '*': [] } });
    expect(effectsOf(effects, 'set_field')).toEqual([]);
    expect(effectsOf(effects, 'audit').map((effect) => effect.entry.action)).toContain('action_failed');
    expect(effectsOf(effects, 'finished')).toEqual([{ type: 'finished', outcome: 'approved' }]);
  });
});

describe('cc and end nodes', () => {
  it('cc sends copies and moves on', () => {
    const h = new Harness(workflow([node('start', 'start'), node('copy', 'cc', { to: [{ kind: 'user', ids: ['boss'] }, { kind: 'initiator' }] }), node('done', 'end')], line('start', 'copy', 'done')));
    const effects = h.start('alice');
    expect(effectsOf(effects, 'cc')).toEqual([{ type: 'cc', nodeKey: 'copy', userIds: ['boss', 'alice'] }]);
    expect(h.status).toBe('approved');
  });

  it('an end with outcome rejected rejects and runs the rejected state action', () => {
    const h = new Harness(workflow([node('start', 'start'), node('no', 'end', { outcome: 'rejected' })], line('start', 'no'), { onRejected: { stateAction: 'cancel' } }));
    const effects = h.start();
    expect(h.status).toBe('rejected');
    expect(effectsOf(effects, 'run_state_action')).toEqual([{ type: 'run_state_action', action: 'cancel' }]);
  });
});
