import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryOne } from '../db/sql';
import type { DbHandle } from '../db/types';
import type { Actor } from '../auth/actor';
import { loadActor } from '../auth/load-actor';
import { createUser } from '../bootstrap/users';
import { startWorker, type JobRecord, type JobWorker } from '../jobs';
import { createRecord } from '../services/create-record';
import { installTemplate } from '../services/templates/install-template';
import { createStockedProduct } from '../testing/fixtures';
import { testActor } from '../testing/test-actors';
import { openTestDb, testDrivers } from '../testing/test-db';
import { startTestSmtp, type TestSmtp } from '../testing/test-smtp';
import { EMAIL_QUEUE } from './outbox';
import { sendWorkflowEmail } from './send-email';
import { workflowHandlers } from './workflow-worker';

type EmailJob = { id: number; key: string; status: string; attempts: number };

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// The order template's confirmation e-mail, sent by the job worker to a real SMTP server in this process.
describe.each(testDrivers())('workflow e-mail to users on %s', (driver) => {
  let handle: DbHandle;
  let smtp: TestSmtp;
  let worker: JobWorker | undefined;
  let clerk: Actor;
  let silentClerk: Actor;
  let customer: string;
  let product: string;
  const clerkAddress = `clerk.${driver}@demo.local`;
  const savedSmtpUrl = process.env.SMTP_URL;

  const withEmail = async (username: string, email: string | null) =>
    (await loadActor(handle.db, (await createUser(handle.db, { username, password: 'test-password', roles: ['clerk'], email })).id))!;

  beforeAll(async () => {
    [handle, smtp] = await Promise.all([openTestDb(driver), startTestSmtp()]);
    process.env.SMTP_URL = smtp.url;
    const admin = await testActor(handle.db, ['admin']);
    await installTemplate(handle.db, admin, 'order-management');
    clerk = await withEmail(`mail_clerk_${driver}`, clerkAddress);
    silentClerk = await withEmail(`quiet_clerk_${driver}`, null);
    customer = (await createRecord(handle.db, admin, 'customers', { name: 'Mail Buyer' })).id;
    product = await createStockedProduct(handle.db, admin, { sku: `EM-${driver}`, name: 'Envelope', unit_price: '12.50' }, 1000);
  });
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
    process.env.SMTP_URL = smtp.url;
  });
  afterAll(async () => {
    process.env.SMTP_URL = savedSmtpUrl;
    if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
    await Promise.all([handle?.close(), smtp?.close()]);
  });

  const emailJobOf = async (orderId: string) =>
    (await queryOne<EmailJob>(
      handle.db,
      sql`select id, key, status, attempts from jobs where queue = ${EMAIL_QUEUE} and payload->>'instanceId' in (select id::text from workflow_instances where record_id = ${orderId})`,
    ))!;

  /** Creates an order as `initiator` and lets the worker run until its confirmation e-mail job is done. */
  async function orderAndSend(initiator: Actor) {
    const order = await createRecord(handle.db, initiator, 'orders', { customer, lines: [{ product, qty: 1 }] });
    const job = await emailJobOf(order.id);
    expect(job.status).toBe('pending');
    worker = startWorker(handle, { handlers: workflowHandlers(handle), pollMs: 20, backoffBaseMs: 10 });
    await until(async () => (await emailJobOf(order.id)).status === 'done');
    return { order, job: await emailJobOf(order.id) };
  }

  const mailTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));

  it("mails the order confirmation to the initiating clerk's address, once, with the order number in the subject", async () => {
    const { order, job } = await orderAndSend(clerk);
    const mails = mailTo(clerkAddress);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ accepted: true, to: [clerkAddress], messageId: `<${job.key}@workflow.local>` });
    expect(mails[0].subject).toContain(String(order.order_no));
    expect(job.attempts).toBe(1);
  });

  it('skips a clerk without an address: the job completes and no mail goes out', async () => {
    const before = smtp.received.length;
    const { job } = await orderAndSend(silentClerk);
    expect(job).toMatchObject({ status: 'done', attempts: 1 });
    expect(smtp.received).toHaveLength(before);
  });

  it('sends only to the users who have an address and are active, merged with literal addresses', async () => {
    const inactive = await withEmail(`gone_clerk_${driver}`, `gone.${driver}@demo.local`);
    await handle.db.execute(sql`update users set active = false where id = ${inactive.id}`);
    const job = { key: `direct-${driver}` } as JobRecord;
    const payload = { instanceId: 'none', userIds: [clerk.id, silentClerk.id, inactive.id, 'not-a-uuid'], addresses: ['Ops@Example.com', clerkAddress.toUpperCase()], subject: { 'zh-CN': '测试', en: 'Test' }, body: { 'zh-CN': '内容', en: 'Body' } };
    await sendWorkflowEmail(handle.db, payload, job);
    const sent = smtp.received.filter((mail) => mail.messageId === `<direct-${driver}@workflow.local>`);
    expect(sent).toHaveLength(1);
    // One recipient per mailbox: the clerk's literal spelling and their stored address are the same one.
    expect(sent[0].to.map((address) => address.toLowerCase()).sort()).toEqual([clerkAddress, 'ops@example.com']);
    expect(sent[0].subject).toBe('测试');
  });

  it('retries a refused message under the same Message-ID', async () => {
    smtp.refuseNext(1);
    const before = smtp.received.length;
    const { order, job } = await orderAndSend(clerk);
    const attempts = smtp.received.slice(before);
    expect(attempts.map((mail) => mail.accepted)).toEqual([false, true]);
    expect(new Set(attempts.map((mail) => mail.messageId))).toEqual(new Set([`<${job.key}@workflow.local>`]));
    expect(attempts[1].subject).toContain(String(order.order_no));
    expect(job.attempts).toBe(2);
  });

  it('completes as skipped when SMTP_URL is not set', async () => {
    delete process.env.SMTP_URL;
    const before = smtp.received.length;
    const { job } = await orderAndSend(clerk);
    expect(job).toMatchObject({ status: 'done', attempts: 1 });
    expect(smtp.received).toHaveLength(before);
  });
});
