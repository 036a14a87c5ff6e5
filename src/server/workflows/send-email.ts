import type { JobRecord } from '../jobs';
import { logger } from '../observability/logger';
import type { EmailPayload } from './outbox';

const log = logger.child({ component: 'workflow-email' });

/**
 * The 'workflow-email' job. Without SMTP_URL the job completes as skipped (logged), so a demo
 * install without mail does not fill the dead-letter list. Users carry no e-mail address yet, so
 * only the action's literal addresses receive mail.
 */
export async function sendWorkflowEmail(payload: EmailPayload, job: JobRecord): Promise<void> {
  const smtp = process.env.SMTP_URL;
  const to = [...new Set(payload.addresses)];
  if (!smtp || to.length === 0) {
    log.info({ key: job.key, reason: !smtp ? 'SMTP_URL not set' : 'no addresses' }, 'workflow email skipped');
    return;
  }
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(smtp);
  await transport.sendMail({
    from: process.env.SMTP_FROM ?? 'no-reply@localhost',
    to,
    subject: payload.subject['zh-CN'],
    text: payload.body.en && payload.body.en !== payload.body['zh-CN'] ? `${payload.body['zh-CN']}\n\n${payload.body.en}` : payload.body['zh-CN'],
    // A retry after a crash between sending and recording sends the same Message-ID, which mail systems de-duplicate.
    messageId: `<${job.key}@workflow.local>`,
  });
}
