import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator, NextIntlClientProvider } from 'next-intl';
import { FormProvider, useForm } from 'react-hook-form';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordDto } from '@/engine/contract/api-types';
import { orderView } from '@/features/runtime/order-view.fixture';
import { FormLogicProvider } from '@/features/runtime/record-form/form-logic-context';
import { toFormValues, type FormValues } from '@/features/runtime/record-form/form-values';
import { messages } from '@/i18n/messages';
import { actionErrorMessage } from './action-error';
import { CommentBox } from './comment-box';
import type { FieldPermission, TaskDetail } from './inbox-types';
import { submitTaskAction } from './submit-task-action';
import { TaskActions } from './task-actions';
import { TaskRecord } from './task-record';
import { WorkflowTimeline } from './workflow-timeline';

const apiFetch = vi.hoisted(() => vi.fn());
vi.mock('@/features/runtime/api-client', async (importActual) => ({ ...(await importActual<object>()), apiFetch }));
vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

const view = orderView();
const context = { now: new Date('2026-01-05T08:00:00Z'), currentUser: 'Wang Fang' };
// As the server sends it: payment_due_at is hidden at this step, so it is not in the record at all.
const record: RecordDto = {
  id: 'r1', version: 3, created_at: '2026-01-05T07:00:00Z', updated_at: '2026-01-05T07:00:00Z', created_by: 'u1',
  order_no: 'SO-0001', customer: 'c1', status: 'pending_approval', channel: 'online', total_amount: '12000.00',
  external_ref: 'EXT-9', notes: 'Deliver before Friday', lines: [], _display: { customer: 'Acme Ltd' },
};
const permissions: Record<string, FieldPermission> = { notes: 'editable', channel: 'readonly', customer: 'readonly', payment_due_at: 'hidden', external_ref: 'hidden' };

function wrap(node: ReactNode): string {
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale: 'en', timeZone: 'UTC', messages: messages.en, children: node }));
}

function Form({ children }: { children: ReactNode }) {
  const methods = useForm<FormValues>({ defaultValues: toFormValues(view, record, context) });
  return h(FormProvider, { ...methods, children: h(FormLogicProvider, { view, record, context, children }) });
}

const detail = (overrides: Partial<TaskDetail> = {}): TaskDetail => ({
  task: { id: 't1', instanceId: 'i1', nodeKey: 'manager', nodeName: { 'zh-CN': '销售经理', en: 'Sales manager' }, assignee: { id: 'u2', name: 'Han Mei' }, status: 'pending', createdAt: '2026-01-05T08:00:00Z', completedAt: null, dueAt: null, comment: null },
  instance: { id: 'i1', status: 'running', workflowKey: 'order_approval', workflowName: { 'zh-CN': '订单审批', en: 'Order approval' }, version: 1, initiator: { id: 'u1', name: 'Li Lei' } },
  record,
  view,
  fieldPermissions: permissions,
  history: [],
  actions: ['approve', 'reject', 'return', 'comment'],
  returnTargets: [{ nodeKey: 'start', name: { 'zh-CN': '提交人', en: 'Submitter' } }],
  commentRequired: { approve: false, reject: true },
  ...overrides,
});

beforeEach(() => apiFetch.mockReset());

describe('the record on a task page', () => {
  const markup = wrap(h(Form, { children: h(TaskRecord, { view, record, permissions }) }));

  it('makes editable fields inputs of the runtime widgets', () => {
    expect(markup).toMatch(/<textarea[^>]*id="field-notes"[^>]*>Deliver before Friday<\/textarea>/);
  });

  it('shows read-only fields as text, not inputs', () => {
    expect(markup).toContain('data-testid="task-field-channel"');
    expect(markup).toContain('Acme Ltd');
    expect(markup).not.toContain('id="field-channel"');
    expect(markup).not.toContain('id="field-customer"');
    // Fields without a permission of their own are read-only too.
    expect(markup).toContain('data-testid="task-field-order_no">SO-0001<');
  });

  it('leaves hidden fields out entirely, label and all', () => {
    expect(markup).not.toContain('payment_due_at');
    expect(markup).not.toContain('EXT-9');
    expect(markup).not.toMatch(/Payment due|External ref/i);
  });
});

describe('line tables on a task page', () => {
  const line = { id: 'l1', version: 1, product: 'p1', unit_price: '100.00', qty: 2, line_amount: '200.00', _display: { product: 'Green tea' } };
  const render = (status: string) => {
    const at = { ...record, status, lines: [line] };
    function LinesForm({ children }: { children: ReactNode }) {
      const methods = useForm<FormValues>({ defaultValues: toFormValues(view, at, context) });
      return h(FormProvider, { ...methods, children: h(FormLogicProvider, { view, record: at, context, children }) });
    }
    return wrap(h(LinesForm, { children: h(TaskRecord, { view, record: at, permissions: { ...permissions, lines: 'editable' } }) }));
  };

  it('lets the approver edit lines the step makes editable while they hold no stock', () => {
    const markup = render('draft');
    expect(markup).toMatch(/data-field-mode="editable"[^>]*>.*id="field-qty-0"/s);
  });

  it('keeps lines read-only while they hold stock, whatever the step allows', () => {
    const markup = render('pending_approval');
    expect(markup).not.toContain('id="field-qty-0"');
    expect(markup).toContain('Green tea');
  });
});

describe('acting on a task', () => {
  it('refuses to send an action whose comment is required but blank', async () => {
    const outcome = await submitTaskAction(detail(), 'reject', { comment: '   ' });
    expect(outcome).toEqual({ status: 'blocked', reason: 'commentRequired' });
    expect(apiFetch).not.toHaveBeenCalled();
    // A comment action always needs text.
    expect(await submitTaskAction(detail(), 'comment', { comment: '' })).toEqual({ status: 'blocked', reason: 'commentRequired' });
    expect(apiFetch).not.toHaveBeenCalled();
  });

  it('sends the action with the comment and changed editable fields once the comment is there', async () => {
    apiFetch.mockResolvedValue({});
    expect(await submitTaskAction(detail(), 'reject', { comment: ' Price too low ' })).toEqual({ status: 'done' });
    expect(apiFetch).toHaveBeenLastCalledWith('/api/v1/tasks/t1/actions/reject', { method: 'POST', json: { comment: 'Price too low' } });
    await submitTaskAction(detail(), 'approve', { comment: '', values: { notes: 'Checked' } });
    expect(apiFetch).toHaveBeenLastCalledWith('/api/v1/tasks/t1/actions/approve', { method: 'POST', json: { values: { notes: 'Checked' } } });
    await submitTaskAction(detail(), 'return', { comment: '', nodeKey: 'start' });
    expect(apiFetch).toHaveBeenLastCalledWith('/api/v1/tasks/t1/actions/return', { method: 'POST', json: { nodeKey: 'start' } });
    await submitTaskAction(detail(), 'withdraw', { comment: '' });
    expect(apiFetch).toHaveBeenLastCalledWith('/api/v1/workflow-instances/i1/withdraw', { method: 'POST', json: {} });
  });

  it('reports a 409 as a failure for the page to explain, not as done', async () => {
    const { ApiError } = await vi.importActual<typeof import('@/features/runtime/api-client')>('@/features/runtime/api-client');
    apiFetch.mockRejectedValueOnce(new ApiError(409, 'conflict', 'The task has already been handled'));
    const outcome = await submitTaskAction(detail(), 'approve', { comment: '' });
    expect(outcome.status).toBe('failed');
    const zh = createTranslator({ locale: 'zh-CN', messages: messages['zh-CN'], namespace: 'inbox.errors' });
    const en = createTranslator({ locale: 'en', messages: messages.en, namespace: 'inbox.errors' });
    if (outcome.status === 'failed') expect(actionErrorMessage(outcome.error, zh, 'zh-CN')).toBe('该任务已被他人处理或流程已流转，本次操作未生效。请刷新查看最新状态。');
    expect(actionErrorMessage(new ApiError(403, 'forbidden', 'This task is not assigned to you'), en)).toMatch(/^You are not allowed/);
    // A refusal names its reason in both languages: the reader gets theirs.
    const refusal = new ApiError(422, 'validation_failed', 'Field "channel" is not editable here', { reason: 'field_not_editable', message: { 'zh-CN': '字段“渠道”在此节点不可编辑', en: 'Field "channel" is not editable here' } });
    expect(actionErrorMessage(refusal, zh, 'zh-CN')).toBe('提交未通过：字段“渠道”在此节点不可编辑');
    expect(actionErrorMessage(new ApiError(422, 'validation_failed', 'A comment is required', { reason: 'comment_required' }), en)).toBe('Please enter a comment: this step requires one.');
  });

  it('offers only the actions allowed now and says which need a comment', () => {
    const markup = wrap(h(TaskActions, { detail: detail(), collectValues: async () => ({}), onReload: () => {} }));
    expect(markup).toContain('data-testid="task-action-approve"');
    expect(markup).toContain('data-testid="task-action-return"');
    expect(markup).not.toContain('task-action-transfer');
    expect(markup).not.toContain('task-action-withdraw');
    expect(markup).toContain('A comment is required to Reject.');
    expect(markup).toContain('aria-required="true"');
    expect(wrap(h(TaskActions, { detail: detail({ actions: [] }), collectValues: async () => ({}), onReload: () => {} }))).toContain('task-no-actions');
  });

  it('shows the reason next to the comment box when it blocks an action', () => {
    const markup = wrap(h(CommentBox, { value: '', onChange: () => {}, required: true, error: 'Please enter a comment: this step requires one.' }));
    expect(markup).toMatch(/role="alert"[^>]*>Please enter a comment: this step requires one\.</);
    expect(markup).toContain('aria-invalid="true"');
    expect(markup).toContain('aria-describedby="task-comment-error"');
  });
});

describe('history timeline', () => {
  it('says who did what at which step, when, with the comment', () => {
    const markup = wrap(
      h(WorkflowTimeline, {
        history: [
          { at: '2026-01-05T08:00:00Z', actor: { id: 'u1', name: 'Li Lei' }, action: 'started', nodeKey: 'start', nodeName: 'Start', comment: null },
          { at: '2026-01-05T09:30:00Z', actor: { id: 'u2', name: 'Han Mei' }, action: 'approved', nodeKey: 'manager', nodeName: { 'zh-CN': '销售经理', en: 'Sales manager' }, comment: 'Fine by me' },
          { at: '2026-01-05T10:00:00Z', actor: null, action: 'timer_fired', nodeKey: 'wait' },
        ],
      }),
    );
    const text = markup.replace(/<[^>]*>/g, '');
    expect(text).toContain('Li Lei started the workflow · Start');
    expect(text).toContain('Han Mei approved · Sales manager“Fine by me”');
    expect(text).toContain('System timer fired');
    expect(markup).toContain('dateTime="2026-01-05T09:30:00Z"');
  });
});
