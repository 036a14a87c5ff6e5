'use client';

import { useTranslations } from 'next-intl';

type QueueTranslator = ReturnType<typeof useTranslations<'jobs.queueNames'>>;
type KnownQueue = Parameters<QueueTranslator>[0];

/** A queue's name in the reader's language; queues the texts do not know (new or plug-in ones) show their key. */
export function useQueueLabel(): (queue: string) => string {
  const t = useTranslations('jobs.queueNames');
  return (queue) => (t.has(queue as KnownQueue) ? t(queue as KnownQueue) : queue);
}
