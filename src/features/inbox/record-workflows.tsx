'use client';

import { Alert, App, Button, Card, Flex, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { useContext, useState } from 'react';
import { toApiError } from '@/features/runtime/api-client';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { ShellContext } from '@/features/shell/shell-context';
import { actionErrorMessage } from './action-error';
import { recordWorkflowsPath, withdrawInstance } from './inbox-api';
import type { RecordWorkflow } from './inbox-types';
import { StatusTag } from './status-tag';
import { refreshTaskCounts } from './task-counts-store';
import { formatTime } from './task-time';
import { useDisplayName } from './use-display-name';
import { WorkflowTimeline } from './workflow-timeline';

/**
 * The record's approvals on its detail page: each workflow run with its timeline. Nothing at all
 * when the record never went through one (or the server has no workflows to tell about).
 */
export function RecordWorkflows({ entity, recordId }: { entity: string; recordId: string }) {
  const t = useTranslations('inbox.recordWorkflows');
  const query = useApiQuery<{ data: RecordWorkflow[] }>(recordWorkflowsPath(entity, recordId));
  if (query.error) {
    if (query.error.status === 404) return null;
    return <Alert type="warning" showIcon title={t('loadFailed', { message: query.error.message })} action={<Button size="small" onClick={query.reload}>{t('retry')}</Button>} />;
  }
  const runs = query.data?.data ?? [];
  if (runs.length === 0) return null;
  return (
    <Card size="small" title={t('title')} data-testid="record-workflows">
      <Flex vertical gap={16}>
        {runs.map((run) => (
          <WorkflowRun key={run.instanceId} run={run} onChanged={query.reload} />
        ))}
      </Flex>
    </Card>
  );
}

function WorkflowRun({ run, onChanged }: { run: RecordWorkflow; onChanged: () => void }) {
  const t = useTranslations('inbox.recordWorkflows');
  const task = useTranslations('inbox.task');
  const errors = useTranslations('inbox.errors');
  const locale = useLocale();
  const name = useDisplayName();
  const { modal, message } = App.useApp();
  const me = useContext(ShellContext)?.user.id;
  const [failure, setFailure] = useState<string | null>(null);
  // The initiator may withdraw a running workflow; the server refuses (409) once someone acted.
  const initiator = run.history.find((entry) => entry.action === 'started')?.actor?.id;
  const canWithdraw = run.status === 'running' && me !== undefined && initiator === me;

  function withdraw() {
    modal.confirm({
      title: task('confirm.withdraw.title'),
      content: task('confirm.withdraw.body'),
      okText: t('withdraw'),
      okButtonProps: { danger: true },
      cancelText: task('cancel'),
      onOk: async () => {
        setFailure(null);
        try {
          await withdrawInstance(run.instanceId);
          message.success(task('done.withdraw'));
          void refreshTaskCounts();
          onChanged();
        } catch (caught) {
          const error = toApiError(caught);
          setFailure(error.status === 409 ? errors('withdrawConflict') : actionErrorMessage(error, errors, locale));
          onChanged();
        }
      },
    });
  }

  return (
    <section aria-label={name(run.workflowName)}>
      <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Text strong>{name(run.workflowName)}</Typography.Text>
        <StatusTag status={run.status} />
        <Typography.Text type="secondary">{t('startedAt', { time: formatTime(run.startedAt) })}</Typography.Text>
        {canWithdraw && (
          <Button size="small" danger onClick={withdraw} style={{ marginInlineStart: 'auto' }} data-testid={`withdraw-${run.instanceId}`}>
            {t('withdraw')}
          </Button>
        )}
      </Flex>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
      <WorkflowTimeline history={run.history} />
    </section>
  );
}
