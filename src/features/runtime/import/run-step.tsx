'use client';

import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Result, Statistic, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import type { ImportJobDto } from '@/engine/contract/import-export';
import { ErrorTable } from './error-table';
import { errorReportPath } from './import-api';
import { useImportJob } from './use-import-job';

function percent(job: ImportJobDto): number {
  return job.totalRows > 0 ? Math.floor((job.processedRows / job.totalRows) * 100) : 0;
}

/** Step 4: progress while the job runs (polled every second), then what it did. */
export function RunStep({ jobId, onFinished }: { jobId: string; onFinished: (job: ImportJobDto) => void }) {
  const t = useTranslations('import');
  const { job, error } = useImportJob(jobId);
  const reported = useRef(false);
  const done = job?.status === 'succeeded' || job?.status === 'failed';
  useEffect(() => {
    if (job && done && !reported.current) {
      reported.current = true;
      onFinished(job);
    }
  }, [job, done, onFinished]);

  if (!job || !done) {
    const status = !job || job.status === 'queued' ? t('queued') : job.processedRows >= job.totalRows ? t('saving') : t('progress', { processed: job.processedRows, total: job.totalRows });
    return (
      <Flex vertical gap={12} align="center" style={{ padding: 24 }} data-testid="import-progress">
        <Progress type="circle" percent={job ? percent(job) : 0} status="active" />
        <Typography.Text>{status}</Typography.Text>
        {error && <Alert type="warning" showIcon title={error.message} />}
      </Flex>
    );
  }
  const nothingWritten = job.status === 'failed' && job.mode === 'all_or_nothing' && job.errorRows > 0;
  return (
    <Flex vertical gap={12} data-testid="import-result" data-status={job.status}>
      <Result
        status={job.status === 'succeeded' ? (job.errorRows > 0 ? 'warning' : 'success') : 'error'}
        title={job.status === 'succeeded' ? t('succeeded') : t('failed')}
        subTitle={nothingWritten ? t('nothingWritten') : undefined}
        style={{ padding: 16 }}
        extra={
          <Flex gap={48} justify="center">
            <Statistic title={t('inserted')} value={job.insertedRows} data-testid="import-inserted" />
            <Statistic title={t('updated')} value={job.updatedRows} data-testid="import-updated" />
            <Statistic title={t('errorRows')} value={job.errorRows} data-testid="import-error-rows" />
          </Flex>
        }
      />
      {job.errorCount > 0 && (
        <>
          <Flex justify="space-between" align="center">
            <Typography.Text strong>{t('firstErrors', { count: job.errors.length })}</Typography.Text>
            <Button icon={<DownloadOutlined />} href={errorReportPath(job.id)} download data-testid="import-error-report">
              {t('downloadErrors')}
            </Button>
          </Flex>
          <ErrorTable errors={job.errors} />
        </>
      )}
    </Flex>
  );
}
