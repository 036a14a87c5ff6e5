import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { logIn } from './helpers';

// fetch refuses port 9 (a blocked port of the Fetch standard) before connecting: every delivery fails at once and nothing is contacted.
const CLOSED_URL = 'http://127.0.0.1:9/dead-letter-probe';
const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });

type Job = { id: number; key: string; queue: string; status: string; payload: { url?: string } };

async function ok(response: Promise<APIResponse>, status = 200): Promise<APIResponse> {
  const answer = await response;
  expect(answer.status(), await answer.text()).toBe(status);
  return answer;
}

/**
 * A throwaway entity of its own whose new records fire a webhook to a closed port: the other journeys
 * create customers and orders, and must not start this workflow.
 */
async function publishFailingWebhook(request: APIRequestContext): Promise<void> {
  const entity = { schemaVersion: 1, key: 'hook_probes', label: label('回调探针', 'Hook probes'), titleField: 'name', fields: [{ id: 'name', type: 'text', label: label('名称', 'Name'), required: true }] };
  const form = { schemaVersion: 1, key: 'hook_probes', entity: 'hook_probes', sections: [{ id: 'main', columns: 1, fields: ['name'] }] };
  await ok(request.put('/api/v1/studio/hook_probes/draft', { data: { entity, form } }));
  await ok(request.post('/api/v1/studio/hook_probes/publish'));

  const workflow = { key: 'hook_probe', name: label('回调探针', 'Hook probe'), entity: 'hook_probes', trigger: { kind: 'record_created' } };
  await ok(request.post('/api/v1/workflows', { data: workflow }), 201);
  const nodes = [
    { key: 'start', kind: 'start', name: label('开始', 'Start') },
    { key: 'notify', kind: 'action', name: label('通知', 'Notify'), action: { kind: 'webhook', url: CLOSED_URL, format: 'json' } },
    { key: 'end', kind: 'end', name: label('结束', 'End') },
  ];
  const edges = [
    { id: 'start-notify', from: 'start', to: 'notify' },
    { id: 'notify-end', from: 'notify', to: 'end' },
  ];
  await ok(request.put('/api/v1/workflows/hook_probe/draft', { data: { schemaVersion: 1, ...workflow, nodes, edges } }));
  await ok(request.post('/api/v1/workflows/hook_probe/publish'));
}

async function deadWebhooks(request: APIRequestContext): Promise<Job[]> {
  const answer = await ok(request.get('/api/v1/admin/jobs?status=dead&queue=workflow-webhook'));
  return ((await answer.json()) as { data: Job[] }).data.filter((job) => job.payload.url === CLOSED_URL);
}

test('the admin sees a webhook that failed for good and queues it again', async ({ page }) => {
  // The webhook queue's default of 5 attempts with 1 s, 2 s, 4 s, 8 s pauses takes about 15 s to give up.
  test.setTimeout(120_000);
  await logIn(page, 'admin');
  await publishFailingWebhook(page.request);
  await ok(page.request.post('/api/v1/records/hook_probes', { data: { name: `probe ${Date.now()}` } }), 201);

  await expect.poll(async () => (await deadWebhooks(page.request)).length, { timeout: 60_000, intervals: [1000] }).toBe(1);
  const [dead] = await deadWebhooks(page.request);

  await page.goto('/admin/jobs');
  const table = page.getByTestId('dead-jobs-table');
  const row = table.locator('tr').filter({ hasText: dead.key });
  await expect(row).toBeVisible();
  await expect(row).toContainText('5 / 5');

  await page.getByTestId('dead-jobs-queue').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /Webhook/ }).click();
  await expect(row).toBeVisible();

  await page.getByTestId(`dead-job-toggle-${dead.id}`).click();
  const details = page.getByTestId(`dead-job-details-${dead.id}`);
  await expect(details.getByTestId('dead-job-error')).not.toBeEmpty();
  await expect(details.getByTestId('dead-job-payload')).toContainText(CLOSED_URL);

  await page.getByTestId(`dead-job-retry-${dead.id}`).click();
  await page.getByTestId('dead-job-retry-confirm').click();
  await expect(page.locator('.ant-message-success')).toContainText(dead.key);
  // Queued again: no longer a dead letter, so it leaves the list until it has used up its new attempts.
  await expect(row).toHaveCount(0);
  const retried = await ok(page.request.get('/api/v1/admin/jobs?status=dead&queue=workflow-webhook'));
  expect(((await retried.json()) as { data: Job[] }).data.map((job) => job.id)).not.toContain(dead.id);

  // Retrying it again while it is queued is a conflict, not a second set of attempts.
  const again = await page.request.post(`/api/v1/admin/jobs/${dead.id}/retry`);
  expect(again.status()).toBe(409);
});
