'use client';

import { Alert, Flex, Table, Tooltip, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { ImportPreview } from '@/engine/contract/import-export';
import { ErrorTable } from './error-table';

type PreviewRow = { row: number; cells: string[] };

/** Step 3: the first rows as the server read them, cells with problems in red, then every problem found. */
export function PreviewStep({ preview }: { preview: ImportPreview }) {
  const t = useTranslations('import');
  const problems = useMemo(() => {
    const byCell = new Map<string, string[]>();
    for (const error of preview.errors) {
      const key = `${error.row}|${error.column ?? ''}`;
      byCell.set(key, [...(byCell.get(key) ?? []), error.message]);
    }
    return byCell;
  }, [preview.errors]);
  const cell = (row: number, column: string | null, text: string) => {
    const messages = problems.get(`${row}|${column ?? ''}`);
    if (!messages) return text;
    return (
      <Tooltip title={messages.join('; ')}>
        <Typography.Text type="danger" strong data-testid="import-cell-error" style={{ display: 'block', minHeight: 22, background: '#fff1f0' }}>
          {text || '∅'}
        </Typography.Text>
      </Tooltip>
    );
  };
  return (
    <Flex vertical gap={12}>
      <Alert
        type={preview.errorRows > 0 ? 'warning' : 'success'}
        showIcon
        data-testid="import-preview-summary"
        title={t('previewSummary', { total: preview.totalRows, errors: preview.errorRows })}
        description={preview.errorRows === 0 ? t('noErrors') : undefined}
      />
      <Typography.Text type="secondary">{t('previewShown', { count: preview.previewRows.length })}</Typography.Text>
      <Table<PreviewRow>
        size="small"
        rowKey="row"
        pagination={false}
        scroll={{ x: 'max-content', y: 260 }}
        dataSource={preview.previewRows}
        columns={[
          { key: 'row', title: t('row'), dataIndex: 'row', width: 60, fixed: 'left', render: (row: number) => cell(row, null, String(row)) },
          ...preview.headers.map((header, index) => ({ key: header, title: header, render: (_: unknown, record: PreviewRow) => cell(record.row, header, record.cells[index]) })),
        ]}
      />
      {preview.errors.length > 0 && <ErrorTable errors={preview.errors} />}
    </Flex>
  );
}
