'use client';

import { Flex, Result, Skeleton, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { RecordDto } from '@/engine/contract/api-types';
import { recordsPath } from '../api-client';
import { ApiErrorResult } from '../api-error-result';
import { useApiQuery } from '../use-api-query';
import { useEntityView } from '../use-entity-view';
import { useLabel } from '../use-label';
import { RecordForm } from './record-form';

/** /r/{entity}/new and /r/{entity}/{id}/edit: loads the metadata (and the record) and renders the form. */
export function RecordFormPage({ entityKey, recordId }: { entityKey: string; recordId?: string }) {
  const t = useTranslations('form');
  const label = useLabel();
  const view = useEntityView(entityKey);
  const record = useApiQuery<RecordDto>(recordId ? recordsPath(entityKey, recordId) : null);

  const error = view.error ?? record.error;
  if (error) return <ApiErrorResult error={error} onRetry={view.error ? view.reload : record.reload} />;
  if (!view.data || (recordId && !record.data)) return <Skeleton active paragraph={{ rows: 8 }} />;

  const entity = view.data.entity;
  if (!view.data.permissions.includes(recordId ? 'update' : 'create')) return <Result status="403" title={t('notAllowed')} />;
  const title = recordId ? t('editTitle', { entity: label(entity.label) }) : t('newTitle', { entity: label(entity.label) });
  return (
    <Flex vertical gap={16}>
      <div>
        <Link href={`/r/${entityKey}`}>{label(entity.label)}</Link>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
      </div>
      {/* A new version from "reload" remounts the form with that version's values. */}
      <RecordForm key={record.data ? `${record.data.id}:${record.data.version}` : 'new'} view={view.data} record={record.data} onReload={record.reload} />
    </Flex>
  );
}
