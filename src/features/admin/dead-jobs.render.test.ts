import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/messages';
import { DeadJobDetails } from './dead-job-details';
import { deadJobsPath, type DeadJob } from './dead-job-types';
import { useQueueLabel } from './queue-label';

function render(node: ReactNode, locale: 'en' | 'zh-CN' = 'en'): string {
  return renderToStaticMarkup(h(NextIntlClientProvider, { locale, timeZone: 'UTC', messages: messages[locale], children: node }));
}

const job: DeadJob = {
  id: 7,
  queue: 'workflow-webhook',
  key: 'i1:notify',
  status: 'dead',
  attempts: 5,
  maxAttempts: 5,
  lastError: 'fetch failed: connect ECONNREFUSED 127.0.0.1:9 <script>',
  payload: { url: 'http://127.0.0.1:9/hook', body: { order: 'SO-1' } },
  payloadTruncated: false,
  runAt: '2026-01-05T10:00:00Z',
  createdAt: '2026-01-05T10:00:00Z',
  updatedAt: '2026-01-05T10:00:15Z',
};

function QueueNames({ queues }: { queues: string[] }) {
  const label = useQueueLabel();
  return h('ul', null, ...queues.map((queue) => h('li', { key: queue }, label(queue))));
}

describe('dead-letter page pieces', () => {
  it('shows the whole last error and the payload as indented JSON, escaped', () => {
    const markup = render(h(DeadJobDetails, { job }));
    expect(markup).toContain('fetch failed: connect ECONNREFUSED 127.0.0.1:9 &lt;script&gt;');
    expect(markup).toContain('&quot;order&quot;: &quot;SO-1&quot;');
    expect(markup).not.toContain('only its beginning is shown');
  });

  it('says when a payload was trimmed and shows its text as is, in both languages', () => {
    const trimmed = { ...job, lastError: null, payload: '{"body":"xxxx…', payloadTruncated: true };
    const en = render(h(DeadJobDetails, { job: trimmed }));
    expect(en).toContain('The payload is large; only its beginning is shown.');
    expect(en).toContain('{&quot;body&quot;:&quot;xxxx…');
    expect(en).toContain('No error was recorded');
    const zh = render(h(DeadJobDetails, { job: trimmed }), 'zh-CN');
    expect(zh).toContain('任务数据较大，只显示开头部分。');
    expect(zh).toContain('没有记录错误信息');
  });

  it('names known queues in the reader’s language and shows unknown ones by key', () => {
    expect(render(h(QueueNames, { queues: ['workflow-email', 'import-x'] }))).toBe('<ul><li>Workflow e-mails</li><li>import-x</li></ul>');
    expect(render(h(QueueNames, { queues: ['workflow-timer'] }), 'zh-CN')).toBe('<ul><li>流程定时器</li></ul>');
  });

  it('asks the API for dead jobs only, with the queue encoded', () => {
    expect(deadJobsPath()).toBe('/api/v1/admin/jobs?status=dead');
    expect(deadJobsPath('a&b', 1)).toBe('/api/v1/admin/jobs?status=dead&queue=a%26b&limit=1');
  });
});
