'use client';

import { Table } from 'antd';
import { useTranslations } from 'next-intl';
import type { ImportRowError } from '@/engine/contract/import-export';

/** Row errors as the error report lists them: row, column, value, problem. */
export function ErrorTable({ errors }: { errors: ImportRowError[] }) {
  const t = useTranslations('import');
  return (
    <Table<ImportRowError & { key: number }>
      size="small"
      data-testid="import-errors"
      dataSource={errors.map((error, key) => ({ ...error, key }))}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { key: 'row', title: t('row'), dataIndex: 'row', width: 70 },
        { key: 'column', title: t('column'), dataIndex: 'column', width: 160, ellipsis: true },
        { key: 'value', title: t('value'), dataIndex: 'value', width: 160, ellipsis: true },
        { key: 'message', title: t('message'), dataIndex: 'message' },
      ]}
    />
  );
}
