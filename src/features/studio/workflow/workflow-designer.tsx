'use client';

import { Alert, Button, Flex, Spin } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { toApiError, type ApiError } from '@/features/runtime/api-client';
import { loadWorkflow, type WorkflowDetail } from './workflow-api';
import { WorkflowWorkspace } from './workflow-workspace';

/** Loads the workflow, then hands it to the workspace; a reload (publish, restore, discard) starts it afresh. */
export function WorkflowDesigner({ workflowKey }: { workflowKey: string }) {
  const t = useTranslations('workflows.designer');
  const [detail, setDetail] = useState<WorkflowDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loads, setLoads] = useState(0);

  useEffect(() => {
    let live = true;
    loadWorkflow(workflowKey).then(
      (loaded) => live && setDetail(loaded),
      (failure: unknown) => live && setError(toApiError(failure)),
    );
    return () => {
      live = false;
    };
  }, [workflowKey, loads]);

  const reload = () => {
    setDetail(null);
    setError(null);
    setLoads((n) => n + 1);
  };

  if (error) {
    return (
      <Flex vertical gap={12} align="start">
        <Alert type="error" showIcon title={error.status === 404 ? t('notFound') : t('loadError')} description={error.message} data-testid="wf-load-error" />
        <Flex gap={8}>
          <Button onClick={reload}>{t('retry')}</Button>
          <Link href="/studio/workflows">{t('back')}</Link>
        </Flex>
      </Flex>
    );
  }
  if (!detail) return <Spin size="large" data-testid="wf-loading" />;
  if (!detail.draft && !detail.published) return <Alert type="warning" showIcon title={t('emptyWorkflow')} />;
  return <WorkflowWorkspace key={loads} workflowKey={workflowKey} detail={detail} onReload={reload} />;
}
