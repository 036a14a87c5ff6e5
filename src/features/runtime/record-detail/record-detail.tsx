'use client';

import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { RecordWorkflows } from '@/features/inbox/record-workflows';
import { recordsPath, type ApiError } from '../api-client';
import { ApiErrorResult } from '../api-error-result';
import { lifecycleField } from '../lifecycle/state-meta';
import { StateTag } from '../lifecycle/state-tag';
import { useApiQuery } from '../use-api-query';
import { useEntityView } from '../use-entity-view';
import { useLabel } from '../use-label';
import { ActionFailureAlert } from './action-failure-alert';
import { DeleteRecordButton } from './delete-record-button';
import { RecordActions } from './record-actions';
import { RecordHistory } from './record-history';
import { RecordSections } from './record-sections';

export function recordTitle(view: EntityView, record: RecordDto): string {
  const title = view.entity.titleField ? record[view.entity.titleField] : undefined;
  return title === null || title === undefined || title === '' ? record.id : String(title);
}

export function RecordDetail({ entityKey, recordId }: { entityKey: string; recordId: string }) {
  const t = useTranslations('detail');
  const label = useLabel();
  const router = useRouter();
  const view = useEntityView(entityKey);
  const record = useApiQuery<RecordDto>(recordsPath(entityKey, recordId));
  const [actionFailure, setActionFailure] = useState<{ action: string; error: ApiError } | null>(null);
  // While an action's result reloads, keep showing this record rather than a skeleton.
  const current = record.data ?? (record.latest?.id === recordId ? record.latest : undefined);

  const error = view.error ?? record.error;
  if (error) return <ApiErrorResult error={error} onRetry={view.error ? view.reload : record.reload} />;
  if (!view.data || !current) return <Skeleton active paragraph={{ rows: 8 }} />;

  const { permissions, entity } = view.data;
  const title = recordTitle(view.data, current);
  const stateField = lifecycleField(entity);
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-end" wrap gap={8}>
        <div>
          <Link href={`/r/${entityKey}`}>{label(entity.label)}</Link>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {title}
            </Typography.Title>
            {stateField && <StateTag field={stateField} value={current[stateField.id]} testId="record-state" />}
          </Flex>
        </div>
        <Flex gap={8} wrap>
          <RecordActions entity={entity} record={current} onDone={record.reload} onFailure={setActionFailure} />
          {permissions.includes('update') && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => router.push(`/r/${entityKey}/${recordId}/edit`)} data-testid="record-edit">
              {t('edit')}
            </Button>
          )}
          {permissions.includes('delete') && <DeleteRecordButton entityKey={entityKey} recordId={recordId} title={title} />}
        </Flex>
      </Flex>
      {actionFailure && <ActionFailureAlert action={actionFailure.action} error={actionFailure.error} onClose={() => setActionFailure(null)} />}
      <RecordSections view={view.data} record={current} />
      <RecordWorkflows key={`workflows-${current.version}`} entity={entityKey} recordId={recordId} />
      {/* Keyed by version so an edit or a state action shows up when the record is reloaded. */}
      <RecordHistory key={current.version} entity={entity} recordId={recordId} />
    </Flex>
  );
}
