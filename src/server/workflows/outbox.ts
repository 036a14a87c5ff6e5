/** Queues of the workflow runtime's outbox and timers (src/server/jobs). */
export const TIMER_QUEUE = 'workflow-timer';
export const EMAIL_QUEUE = 'workflow-email';
export const WEBHOOK_QUEUE = 'workflow-webhook';

export type TimerPayload = { instanceId: string; timerId: string };
export type EmailPayload = { instanceId: string; userIds: string[]; addresses: string[]; subject: Record<string, string>; body: Record<string, string> };
export type WebhookPayload = { instanceId: string; url: string; format: 'json' | 'dingtalk' | 'wecom'; body: unknown };

/** A timer's job key: one job per timer row, so scheduling it twice is a no-op. */
export const timerKey = (instanceId: string, timerId: string) => `${instanceId}:${timerId}`;
