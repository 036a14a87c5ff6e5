import { NextIntlClientProvider } from 'next-intl';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import { compileFilter } from '@/engine/query';
import { validateDefinition, type Trigger, type WorkflowDefinition } from '@/engine/workflow';
import { messages } from '@/i18n/messages';
import { addCondition, conditionFor, readScheduleFilter, removeCondition, replaceCondition, withOp, writeScheduleFilter } from './schedule-filter';
import { SettingsPanel } from './settings-panel';
import { skeleton } from './test-fixtures';
import { newTrigger, setScheduleFilter } from './trigger-edits';
import type { WorkflowContext } from './use-workflow-context';

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const orders: EntityDef = {
  schemaVersion: 1,
  key: 'orders',
  label: label('订单', 'Orders'),
  fields: [
    { id: 'status', type: 'single_select', label: label('状态', 'Status'), options: [{ value: 'open', label: label('待处理', 'Open') }, { value: 'paid', label: label('已付款', 'Paid') }] },
    { id: 'amount', type: 'money', currency: 'CNY', label: label('金额', 'Amount') },
  ],
};
const context: WorkflowContext = { directory: { users: [], roles: [] }, entity: orders, fields: activeFields(orders), stateActions: [], entities: [orders], ready: true, errors: [] };

type Schedule = Extract<Trigger, { kind: 'schedule' }>;
const render = (trigger: Trigger, locale: 'en' | 'zh-CN' = 'en') =>
  renderToStaticMarkup(h(NextIntlClientProvider, { locale, timeZone: 'UTC', messages: messages[locale], children: h(SettingsPanel, { definition: { ...skeleton(), trigger }, context, readOnly: false, onEdit: () => {} }) }));

/** The edit the filter editor makes: rows read from the trigger, changed, written back. */
function edit(trigger: Schedule, change: (rows: NonNullable<ReturnType<typeof readScheduleFilter>>) => NonNullable<ReturnType<typeof readScheduleFilter>>): Schedule {
  return setScheduleFilter(trigger, writeScheduleFilter(change(readScheduleFilter(trigger.filter)!)));
}

describe('schedule trigger filter in the designer', () => {
  it('starts with no conditions, said in words, and a cron read out', () => {
    const trigger = newTrigger('schedule', { fields: [], actions: [] });
    const en = render(trigger);
    expect(en).toContain('No conditions: at each run the workflow starts once for every record of Orders.');
    expect(en).toContain('Runs every day at 09:00.');
    expect(en).toContain('data-testid="wf-filter-add"');
    const zh = render(trigger, 'zh-CN');
    expect(zh).toContain('没有条件：每次运行时，订单的每条记录都会各启动一次流程。');
    expect(zh).toContain('每天 09:00 运行。');
    expect(render({ kind: 'schedule', cron: '0 9,17 * * *' })).toContain('Runs as the cron expression 0 9,17 * * * says.');
  });

  it('edits conditions into the trigger, which the server would accept, and shows them', () => {
    let trigger = edit(newTrigger('schedule', { fields: [], actions: [] }) as Schedule, (rows) => addCondition(orders, addCondition(orders, rows)));
    trigger = edit(trigger, (rows) => replaceCondition(rows, 0, { ...rows.conditions[0], value: 'open' }));
    trigger = edit(trigger, (rows) => replaceCondition(rows, 1, { ...withOp(conditionFor(orders, 'amount'), 'between'), value: ['100', '500.5'] }));
    trigger = edit(trigger, (rows) => ({ ...rows, join: 'or' }));
    expect(trigger).toEqual({ kind: 'schedule', cron: '0 9 * * *', filter: { or: [{ field: 'status', op: 'eq', value: 'open' }, { field: 'amount', op: 'between', value: ['100', '500.5'] }] } });
    expect(compileFilter(orders, trigger.filter).ok).toBe(true);
    expect(validateDefinition({ ...skeleton(), trigger } as WorkflowDefinition, { entity: orders })).toEqual([]);

    const en = render(trigger);
    expect(en).toContain('matching any of the 2 conditions.');
    expect(en).toContain('data-testid="wf-filter-join"');
    expect(en).toContain('Status (status)');
    expect(en).toContain('Amount (amount)');
    expect(en).toContain('between');
    expect(en).toMatch(/value="100"/);
    expect(en).toMatch(/data-testid="wf-filter-0-value"[\s\S]*?Open/);
    expect(en).not.toContain('has no valid value yet');
    expect(render(trigger, 'zh-CN')).toContain('满足 2 个条件中任意一个');

    // A cron edit keeps the filter; removing the last condition removes the filter.
    const cron = render({ ...trigger, cron: '0 8 * * 1-5' });
    expect(cron).toContain('Runs Monday to Friday at 08:00.');
    expect(cron).toContain('Amount (amount)');
    const none = edit(edit(trigger, (rows) => removeCondition(rows, 0)), (rows) => removeCondition(rows, 0));
    expect(none).toEqual({ kind: 'schedule', cron: '0 9 * * *' });
  });

  it('flags a condition without a value and shows a nested filter as JSON', () => {
    const blank = edit(newTrigger('schedule', { fields: [], actions: [] }) as Schedule, (rows) => addCondition(orders, rows));
    expect(render(blank)).toContain('has no valid value yet');
    const nested = render({ kind: 'schedule', cron: '0 9 * * *', filter: { and: [{ or: [{ field: 'status', op: 'eq', value: 'open' }] }] } });
    expect(nested).toContain('data-testid="wf-filter-hand-written"');
    expect(nested).toContain('Clear filter');
  });
});
