import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { messages } from '@/i18n/messages';
import { BatchResults } from './batch-approve-modal';
import { batchApprove } from './inbox-api';
import { InboxTabs } from './inbox-tabs';
import type { TaskItem } from './inbox-types';
import { TaskCards } from './task-cards';

const apiFetch = vi.hoisted(() => vi.fn());
vi.mock('@/features/runtime/api-client', async (importActual) => ({ ...(await importActual<object>()), apiFetch }));

function render(node: ReactNode, locale: 'en' | 'zh-CN' = 'en'): string {
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale, timeZone: 'UTC', messages: messages[locale], children: node }));
}

/** The text inside the element carrying `testId`, tags left out. */
function textOf(markup: string, testId: string): string | undefined {
  const start = markup.indexOf(`data-testid="${testId}"`);
  return start < 0 ? undefined : markup.slice(markup.indexOf('>', start) + 1).replace(/<[^>]*>/g, '').replace(/&#x27;/g, "'").trim().slice(0, 80);
}

const task = (id: string, title: string): TaskItem => ({
  id,
  instanceId: `i-${id}`,
  workflowKey: 'order_approval',
  workflowName: { 'zh-CN': '订单审批', en: 'Order approval' },
  nodeKey: 'manager',
  nodeName: 'Sales manager',
  entity: 'orders',
  recordId: `r-${id}`,
  recordTitle: title,
  initiator: { id: 'u1', name: 'Li Lei' },
  status: 'pending',
  createdAt: '2026-01-05T08:00:00Z',
  completedAt: null,
  dueAt: null,
});

beforeEach(() => apiFetch.mockReset());

describe('inbox tabs', () => {
  it('shows each box with its count, in both languages', () => {
    const counts = { todo: 3, done: 12, initiated: 2, cc: 0, unreadNotifications: 5 };
    const en = render(h(InboxTabs, { box: 'todo', counts, onChange: () => {} }));
    expect(textOf(en, 'inbox-tab-todo')).toMatch(/^To do ?3/);
    expect(textOf(en, 'inbox-tab-done')).toMatch(/^Done ?12/);
    expect(textOf(en, 'inbox-tab-initiated')).toMatch(/^Initiated by me ?2/);
    expect(textOf(en, 'inbox-tab-cc')).toMatch(/^CC'd to me ?0/);
    expect(en).toContain('aria-label="3 items"');
    const zh = render(h(InboxTabs, { box: 'done', counts, onChange: () => {} }), 'zh-CN');
    expect(textOf(zh, 'inbox-tab-todo')).toMatch(/^待办 ?3/);
    expect(textOf(zh, 'inbox-tab-cc')).toMatch(/^抄送我的 ?0/);
  });

  it('shows the boxes without numbers until the counts arrive', () => {
    const markup = render(h(InboxTabs, { box: 'todo', counts: undefined, onChange: () => {} }));
    expect(textOf(markup, 'inbox-tab-todo')).toMatch(/^To do ?Done/);
    expect(markup).not.toContain('inbox-count-todo');
  });
});

describe('inbox on a phone', () => {
  it('lists tasks as cards with a labelled checkbox each, and says when a box is empty', () => {
    const markup = render(h(TaskCards, { box: 'todo', items: [task('t1', 'SO-0001')], loading: false, selected: ['t1'], onSelect: () => {} }));
    expect(markup).toContain('href="/inbox/t1"');
    expect(markup).toContain('aria-label="Select SO-0001"');
    expect(markup).toContain('Order approval · Sales manager');
    const cc = render(h(TaskCards, { box: 'cc', items: [task('c1', 'SO-0002')], loading: false, selected: [], onSelect: () => {} }));
    expect(cc).toContain('href="/r/orders/r-c1"');
    expect(cc).not.toContain('type="checkbox"');
    expect(render(h(TaskCards, { box: 'done', items: [], loading: false, selected: [], onSelect: () => {} }))).toContain('You have not handled any task yet');
  });
});

describe('batch approve', () => {
  it('sends one request for the selected tasks and shows each result, a 409 in the user’s words', async () => {
    apiFetch.mockResolvedValueOnce({
      data: [
        { id: 't1', ok: true },
        { id: 't2', ok: false, error: { code: 'conflict', message: 'The task has already been handled' } },
        { id: 't3', ok: false, error: { code: 'forbidden', message: 'This task is not assigned to you' } },
      ],
    });
    const results = await batchApprove(['t1', 't2', 't3'], '  looks fine ');
    expect(apiFetch).toHaveBeenCalledTimes(1);
    expect(apiFetch).toHaveBeenCalledWith('/api/v1/tasks/batch', { method: 'POST', json: { ids: ['t1', 't2', 't3'], action: 'approve', comment: 'looks fine' } });

    const tasks = [task('t1', 'SO-0001'), task('t2', 'SO-0002'), task('t3', 'SO-0003')];
    const markup = render(h(BatchResults, { tasks, results }));
    expect(markup).toContain('1 approved, 2 not approved');
    expect(textOf(markup, 'batch-result-t1')).toMatch(/^SO-0001: approved SO-0002/);
    expect(textOf(markup, 'batch-result-t2')).toMatch(/^SO-0002: Someone else has already handled this task/);
    expect(textOf(markup, 'batch-result-t3')).toMatch(/^SO-0003: You are not allowed to do this/);
    expect(markup).toContain('data-ok="false"');
    expect(render(h(BatchResults, { tasks, results }), 'zh-CN')).toContain('1 项已同意，2 项未通过');
  });

  it('shows a refusal in the reader’s language from its reason and localized message', () => {
    const tasks = [task('t4', 'SO-0004'), task('t5', 'SO-0005')];
    const results = [
      { id: 't4', ok: false, error: { code: 'validation_failed', message: 'A comment is required', reason: 'comment_required', localized: { 'zh-CN': '请填写意见', en: 'A comment is required' } } },
      { id: 't5', ok: false, error: { code: 'validation_failed', message: 'Quantity is too large', reason: 'rule_failed', localized: { 'zh-CN': '数量过大', en: 'Quantity is too large' } } },
    ];
    const en = render(h(BatchResults, { tasks, results }));
    expect(textOf(en, 'batch-result-t4')).toMatch(/^SO-0004: Please enter a comment: this step requires one/);
    expect(textOf(en, 'batch-result-t5')).toMatch(/^SO-0005: Not accepted: Quantity is too large/);
    const zh = render(h(BatchResults, { tasks, results }), 'zh-CN');
    expect(textOf(zh, 'batch-result-t4')).toMatch(/^SO-0004: 请填写审批意见/);
    expect(textOf(zh, 'batch-result-t5')).toMatch(/^SO-0005: 提交未通过：数量过大/);
    // An older server sends only the English message; it is still shown.
    const old = render(h(BatchResults, { tasks, results: [{ id: 't5', ok: false, error: { code: 'validation_failed', message: 'Quantity is too large' } }] }), 'zh-CN');
    expect(textOf(old, 'batch-result-t5')).toMatch(/^SO-0005: 提交未通过：Quantity is too large/);
  });

  it('leaves the comment out when none was written', async () => {
    apiFetch.mockResolvedValueOnce({ data: [] });
    await batchApprove(['t1'], '   ');
    expect(apiFetch.mock.calls[0]![1]).toEqual({ method: 'POST', json: { ids: ['t1'], action: 'approve' } });
  });
});
