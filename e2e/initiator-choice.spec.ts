import { expect, test, type APIRequestContext, type APIResponse, type Locator, type Page } from '@playwright/test';
import { logIn, pickOption } from './helpers';

const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });

async function ok(response: Promise<APIResponse>, status = 200): Promise<APIResponse> {
  const answer = await response;
  expect(answer.status(), await answer.text()).toBe(status);
  return answer;
}

/**
 * Picks the purchasing user in the dialog's picker and waits for the tag to show; a click that
 * landed while the user list was still arriving is made again.
 */
async function pickPurchasing(page: Page, dialog: Locator, inputId: string): Promise<void> {
  const picked = dialog.locator('.ant-select-selection-item').filter({ hasText: 'purchasing' });
  await expect(async () => {
    if ((await picked.count()) === 0) await pickOption(page, inputId, 'purchasing', /\(purchasing\)/);
    await expect(picked).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

type Setup = { entityKey: string; workflowKey: string; trigger: { kind: 'state_action'; action: string } | { kind: 'record_created' } };

/**
 * An entity and a workflow of this journey's own: sending a request for review (or, for the second
 * entity, creating one) asks whoever does it to pick the reviewer. The other journeys never touch
 * these entities, so nothing else starts the workflows.
 */
async function publishReviewWithChoice(request: APIRequestContext, { entityKey, workflowKey, trigger }: Setup): Promise<void> {
  const states = [
    { value: 'draft', label: label('草稿', 'Draft') },
    { value: 'in_review', label: label('审核中', 'In review') },
    { value: 'accepted', label: label('已通过', 'Accepted') },
    { value: 'declined', label: label('已驳回', 'Declined') },
  ];
  const entity = {
    schemaVersion: 1,
    key: entityKey,
    label: entityKey === 'choice_requests' ? label('自选审批申请', 'Chosen-reviewer requests') : label('自选审批登记', 'Chosen-reviewer intakes'),
    titleField: 'title',
    fields: [
      { id: 'title', type: 'text', label: label('标题', 'Title'), required: true },
      { id: 'status', type: 'single_select', label: label('状态', 'Status'), options: states },
    ],
    lifecycle: {
      field: 'status',
      initial: 'draft',
      actions: [
        { key: 'send_for_review', label: label('送审', 'Send for review'), from: ['draft'], to: 'in_review' },
        { key: 'accept', label: label('通过', 'Accept'), from: ['in_review'], to: 'accepted', system: true },
        { key: 'decline', label: label('驳回', 'Decline'), from: ['in_review'], to: 'declined', system: true },
      ],
    },
  };
  const form = { schemaVersion: 1, key: entityKey, entity: entityKey, sections: [{ id: 'main', columns: 1, fields: ['title', 'status'] }] };
  await ok(request.put(`/api/v1/studio/${entityKey}/draft`, { data: { entity, form } }));
  await ok(request.post(`/api/v1/studio/${entityKey}/publish`));

  const workflow = { key: workflowKey, name: label('自选审核', 'Chosen review'), entity: entityKey, trigger };
  await ok(request.post('/api/v1/workflows', { data: workflow }), 201);
  const nodes = [
    { key: 'start', kind: 'start', name: label('开始', 'Start') },
    { key: 'reviewer', kind: 'approval', name: label('审核人', 'Reviewer'), approval: { mode: 'any', approvers: [{ kind: 'initiator_choice' }] } },
    { key: 'end', kind: 'end', name: label('结束', 'End') },
  ];
  const edges = [
    { id: 'start-reviewer', from: 'start', to: 'reviewer' },
    { id: 'reviewer-end', from: 'reviewer', to: 'end' },
  ];
  const definition = { schemaVersion: 1, ...workflow, nodes, edges, onApproved: { stateAction: 'accept' }, onRejected: { stateAction: 'decline' } };
  await ok(request.put(`/api/v1/workflows/${workflowKey}/draft`, { data: definition }));
  await ok(request.post(`/api/v1/workflows/${workflowKey}/publish`));
}

test('sending a request for review asks who reviews it, and the chosen reviewer finds the task in the inbox', async ({ page }) => {
  await logIn(page, 'admin');
  await publishReviewWithChoice(page.request, { entityKey: 'choice_requests', workflowKey: 'chosen_review', trigger: { kind: 'state_action', action: 'send_for_review' } });
  const title = `自选审核 ${Date.now()}`;
  const created = await ok(page.request.post('/api/v1/records/choice_requests', { data: { title } }), 201);
  const id = ((await created.json()) as { id: string }).id;

  await page.goto(`/r/choice_requests/${id}`);
  await expect(page.getByTestId('record-state')).toHaveText('草稿');
  await page.getByTestId('action-send_for_review').click();
  const dialog = page.getByRole('dialog').filter({ hasText: '送审：选择审批人' });
  await expect(dialog).toBeVisible();
  // The first picker has the focus, and Escape cancels: nothing runs.
  await expect(page.locator('#approver-choices_chosen_review_reviewer')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('record-state')).toHaveText('草稿');
  const workflows = await ok(page.request.get(`/api/v1/records/choice_requests/${id}/workflows`));
  expect(((await workflows.json()) as { data: unknown[] }).data).toEqual([]);

  await page.getByTestId('action-send_for_review').click();
  // The pick is required: confirming without one names the step.
  await page.getByTestId('choices-submit').click();
  await expect(dialog).toContainText('请选择“审核人”的审批人');
  await pickPurchasing(page, dialog, 'approver-choices_chosen_review_reviewer');
  // A multiple picker stays open after a pick; clicking outside it closes the list.
  await dialog.getByText('送审：选择审批人').click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await page.getByTestId('choices-submit').click();
  await expect(dialog).toBeHidden();
  // Without reservations the action still asks to be confirmed, last.
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('record-state')).toHaveText('审核中');
  await expect(page.getByTestId('record-workflows')).toContainText('自选审核');

  await page.context().clearCookies();
  await logIn(page, 'purchasing');
  await page.goto('/inbox');
  const row = page.getByTestId('inbox-table').locator('tr').filter({ hasText: title });
  await expect(row).toContainText('审核人');

  // Nobody else was asked: the manager's to-do list does not hold it.
  await page.context().clearCookies();
  await logIn(page, 'manager');
  const todo = await ok(page.request.get('/api/v1/tasks?box=todo&pageSize=100'));
  expect(((await todo.json()) as { data: Array<{ recordTitle: string }> }).data.map((task) => task.recordTitle)).not.toContain(title);
});

test('creating a record whose workflow starts on creation asks who reviews it before anything is saved', async ({ page }) => {
  await logIn(page, 'admin');
  await publishReviewWithChoice(page.request, { entityKey: 'choice_intakes', workflowKey: 'chosen_intake_review', trigger: { kind: 'record_created' } });
  const title = `登记自选 ${Date.now()}`;
  const count = async () => ((await (await ok(page.request.get(`/api/v1/records/choice_intakes?q=${encodeURIComponent(title)}`))).json()) as { data: unknown[] }).data.length;

  await page.goto('/r/choice_intakes/new');
  await page.locator('#field-title').fill(title);
  await page.getByTestId('form-submit').click();
  const dialog = page.getByRole('dialog').filter({ hasText: '保存：选择审批人' });
  await expect(dialog).toBeVisible();
  // Cancelling saves nothing and keeps what was typed.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('#field-title')).toHaveValue(title);
  expect(await count()).toBe(0);

  await page.getByTestId('form-submit').click();
  await expect(dialog).toBeVisible();
  await pickPurchasing(page, dialog, 'approver-choices_chosen_intake_review_reviewer');
  await dialog.getByText('保存：选择审批人').click();
  await page.getByTestId('choices-submit').click();
  await expect(page).toHaveURL(/\/r\/choice_intakes\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('record-workflows')).toContainText('自选审核');
  expect(await count()).toBe(1);

  await page.context().clearCookies();
  await logIn(page, 'purchasing');
  await page.goto('/inbox');
  await expect(page.getByTestId('inbox-table').locator('tr').filter({ hasText: title })).toContainText('审核人');
});
