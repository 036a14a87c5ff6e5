'use client';

import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Skeleton, Table, Typography, type TableProps } from 'antd';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import type { EntityView, RecordDto, RecordPage } from '@/engine/contract/api-types';
import { recordsPath } from '../api-client';
import { ApiErrorResult } from '../api-error-result';
import { lifecycleField } from '../lifecycle/state-meta';
import { useApiQuery } from '../use-api-query';
import { useEntityView } from '../use-entity-view';
import { useLabel } from '../use-label';
import { ImportButton } from '../import/import-button';
import { ColumnChooser } from './column-chooser';
import { ExportButton } from './export-button';
import { FilterBar } from './filter-bar';
import { listFilterFields } from './filter-fields';
import { specToValues, valuesToSpec } from './filter-spec';
import { listFields } from './list-fields';
import { PAGE_SIZES, toSearchParams } from './list-query';
import { useRecordColumns } from './record-columns';
import { useListQuery } from './use-list-query';
import { useVisibleColumns } from './use-visible-columns';

export function RecordList({ entityKey }: { entityKey: string }) {
  const view = useEntityView(entityKey);
  if (view.error) return <ApiErrorResult error={view.error} onRetry={view.reload} />;
  if (!view.data) return <Skeleton active />;
  return <RecordListView key={entityKey} view={view.data} />;
}

function RecordListView({ view }: { view: EntityView }) {
  const t = useTranslations('list');
  const label = useLabel();
  const router = useRouter();
  const entityKey = view.entity.key;
  const canCreate = view.permissions.includes('create');
  const [query, updateQuery] = useListQuery();

  const { available, defaults } = useMemo(() => listFields(view), [view]);
  const filterFields = useMemo(() => listFilterFields(view, defaults), [view, defaults]);
  const [visibleIds, setVisibleIds] = useVisibleColumns(entityKey, available.map((f) => f.id), defaults.map((f) => f.id));
  const visible = useMemo(() => available.filter((field) => visibleIds.includes(field.id)), [available, visibleIds]);
  const columns = useRecordColumns(entityKey, visible, query.sort, lifecycleField(view.entity));

  const records = useApiQuery<RecordPage>(`${recordsPath(entityKey)}?${toSearchParams(query, true)}`);
  const page = records.data ?? records.latest;
  const filterParam = query.filter ? JSON.stringify(query.filter) : '';

  const onTableChange: TableProps<RecordDto>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = single?.order ? String(single.columnKey ?? single.field) : '';
      updateQuery({ sort: field ? `${single.order === 'descend' ? '-' : ''}${field}` : '', page: 1 });
    } else if (extra.action === 'paginate') {
      const pageSize = pagination.pageSize ?? query.pageSize;
      updateQuery({ page: pageSize === query.pageSize ? (pagination.current ?? 1) : 1, pageSize });
    }
  };

  const empty = (
    <Empty description={query.filter ? t('noMatches') : t('empty')}>
      {canCreate && !query.filter && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => router.push(`/r/${entityKey}/new`)}>
          {t('createFirst')}
        </Button>
      )}
    </Empty>
  );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {label(view.entity.label)}
        </Typography.Title>
        <Flex gap={8} wrap>
          <ColumnChooser fields={available} visible={visibleIds} onChange={setVisibleIds} />
          {view.permissions.includes('export') && !view.entity.parent && <ExportButton entity={entityKey} query={query} />}
          {canCreate && !view.entity.parent && <ImportButton view={view} onImported={records.reload} />}
          {canCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => router.push(`/r/${entityKey}/new`)} data-testid="record-new">
              {t('new')}
            </Button>
          )}
        </Flex>
      </Flex>
      {filterFields.length > 0 && (
        <Card size="small">
          <FilterBar
            key={filterParam}
            fields={filterFields}
            related={view.related}
            initialValues={specToValues(filterFields, query.filter)}
            onSearch={(values) => updateQuery({ filter: valuesToSpec(filterFields, values), page: 1 })}
          />
        </Card>
      )}
      {records.error && (
        <Alert type="error" showIcon title={t('loadFailed')} description={records.error.message} action={<Button size="small" onClick={records.reload}>{t('retry')}</Button>} />
      )}
      <Table<RecordDto>
        data-testid="record-table"
        rowKey="id"
        columns={columns}
        dataSource={records.error ? [] : (page?.data ?? [])}
        loading={records.loading}
        locale={{ emptyText: records.loading ? ' ' : empty }}
        scroll={{ x: 'max-content' }}
        onChange={onTableChange}
        onRow={(record) => ({
          onClick: (event) => {
            // Links and buttons inside the row do their own thing.
            if ((event.target as HTMLElement).closest('a,button,input')) return;
            router.push(`/r/${entityKey}/${record.id}`);
          },
          style: { cursor: 'pointer' },
        })}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: page?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES,
          showTotal: (total) => t('total', { total }),
        }}
      />
    </Flex>
  );
}
