import { createHmac } from 'node:crypto';
import type { JobRecord } from '../jobs';
import type { WebhookPayload } from './outbox';

const TIMEOUT_MS = 10_000;

/** HMAC-SHA256 of the exact body bytes, hex, as `X-Signature: sha256=<hex>`. */
export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * The 'workflow-webhook' job: POSTs the body the engine rendered (generic JSON, or a DingTalk /
 * WeCom robot message). The job key is the Idempotency-Key, stable across retries; a non-2xx
 * answer or a timeout fails the job, which the queue retries with backoff.
 */
export async function postWorkflowWebhook(payload: WebhookPayload, job: JobRecord): Promise<void> {
  const body = JSON.stringify(payload.body);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'idempotency-key': job.key };
  const secret = process.env.WEBHOOK_SECRET;
  if (secret) headers['x-signature'] = signBody(body, secret);
  const response = await fetch(payload.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) throw new Error(`webhook ${payload.url} answered ${response.status}`);
  // DingTalk and WeCom answer 200 with an error code in the body.
  if (payload.format !== 'json') {
    const answer = (await response.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
    if (answer.errcode) throw new Error(`webhook ${payload.url} refused the message: ${answer.errcode} ${answer.errmsg ?? ''}`);
  }
}
