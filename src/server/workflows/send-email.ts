import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { users } from '../db/schema';
import type { Db } from '../db/types';
import type { JobRecord } from '../jobs';
import { logger } from '../observability/logger';
import { isUuid } from '../services/get-record';
import type { EmailPayload } from './outbox';

const log = logger.child({ component: 'workflow-email' });

/**
 * Addresses of the payload's users, read when the job runs rather than when it was queued, so a
 * user deactivated or given a new address meanwhile is honoured. Users without an address get
 * only their in-app notification.
 */
async function userAddresses(db: Db, userIds: string[]): Promise<string[]> {
  const ids = [...new Set(userIds.filter(isUuid))];
  if (ids.length === 0) return [];
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(inArray(users.id, ids), eq(users.active, true), isNotNull(users.email)));
  return rows.map((row) => row.email!);
}

/**
 * The 'workflow-email' job. Without SMTP_URL, or when nobody has an address, the job completes as
 * skipped (logged), so a demo install without mail does not fill the dead-letter list.
 */
export async function sendWorkflowEmail(db: Db, payload: EmailPayload, job: JobRecord): Promise<void> {
  const smtp = process.env.SMTP_URL;
  if (!smtp) {
    log.info({ key: job.key, reason: 'SMTP_URL not set' }, 'workflow email skipped');
    return;
  }
  const fromUsers = await userAddresses(db, payload.userIds);
  // One recipient per mailbox, whether it came as a literal address or through a user; domains are case-insensitive.
  const byMailbox = new Map<string, string>();
  for (const address of [...payload.addresses, ...fromUsers].map((candidate) => candidate.trim())) {
    if (address && !byMailbox.has(address.toLowerCase())) byMailbox.set(address.toLowerCase(), address);
  }
  const to = [...byMailbox.values()];
  if (to.length === 0) {
    log.info({ key: job.key, reason: 'no addresses', userIds: payload.userIds.length }, 'workflow email skipped');
    return;
  }
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(smtp);
  try {
    await transport.sendMail({
      from: process.env.SMTP_FROM ?? 'no-reply@localhost',
      to,
      subject: payload.subject['zh-CN'],
      text: payload.body.en && payload.body.en !== payload.body['zh-CN'] ? `${payload.body['zh-CN']}\n\n${payload.body.en}` : payload.body['zh-CN'],
      // A retry after a crash between sending and recording sends the same Message-ID, which mail systems de-duplicate.
      messageId: `<${job.key}@workflow.local>`,
    });
  } finally {
    transport.close();
  }
}
