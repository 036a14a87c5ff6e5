'use client';

import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { recordsPath } from '../api-client';
import { ApiErrorResult } from '../api-error-result';
import { useApiQuery } from '../use-api-query';
import { useEntityView } from '../use-entity-view';
import { useLabel } from '../use-label';
import { DeleteRecordButton } from './delete-record-button';
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

  const error = view.error ?? record.error;
  if (error) return <ApiErrorResult error={error} onRetry={view.error ? view.reload : record.reload} />;
  if (!view.data || !record.data) return <Skeleton active paragraph={{ rows: 8 }} />;

  const { permissions, entity } = view.data;
  const title = recordTitle(view.data, record.data);
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-end" wrap gap={8}>
        <div>
          <Link href={`/r/${entityKey}`}>{label(entity.label)}</Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
        </div>
        <Flex gap={8} wrap>
          {permissions.includes('update') && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => router.push(`/r/${entityKey}/${recordId}/edit`)} data-testid="record-edit">
              {t('edit')}
            </Button>
          )}
          {permissions.includes('delete') && <DeleteRecordButton entityKey={entityKey} recordId={recordId} title={title} />}
        </Flex>
      </Flex>
      <RecordSections view={view.data} record={record.data} />
      {/* Keyed by version so an edit elsewhere in the app shows up when the record is reloaded. */}
      <RecordHistory key={record.data.version} entity={entity} recordId={recordId} />
    </Flex>
  );
}
