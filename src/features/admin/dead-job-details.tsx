'use client';

import { Alert, Flex, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { DeadJob } from './dead-job-types';

const block = { margin: 0, maxHeight: 320, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-all' } as const;

/** The expanded row: the whole last error and the payload, as text an admin can read and copy. */
export function DeadJobDetails({ job }: { job: DeadJob }) {
  const t = useTranslations('jobs');
  const payload = typeof job.payload === 'string' && job.payloadTruncated ? job.payload : JSON.stringify(job.payload, null, 2);
  return (
    <Flex vertical gap={12} data-testid={`dead-job-details-${job.id}`}>
      <div>
        <Typography.Text strong>{t('lastError')}</Typography.Text>
        <Typography.Paragraph copyable={job.lastError ? { text: job.lastError } : false} style={{ marginBottom: 0 }}>
          <pre style={block} data-testid="dead-job-error">
            {job.lastError ?? t('noError')}
          </pre>
        </Typography.Paragraph>
      </div>
      <div>
        <Typography.Text strong>{t('payload')}</Typography.Text>
        {job.payloadTruncated && <Alert type="info" showIcon title={t('payloadTruncated')} style={{ margin: '4px 0' }} />}
        <Typography.Paragraph copyable={{ text: payload }} style={{ marginBottom: 0 }}>
          <pre style={block} data-testid="dead-job-payload">
            {payload}
          </pre>
        </Typography.Paragraph>
      </div>
    </Flex>
  );
}
