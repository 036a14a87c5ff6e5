'use client';

import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslations } from 'next-intl';
import type { ListQuery } from './list-query';

/** The export URL for exactly the list's current filter and sort (the page does not matter). */
export function exportUrl(entity: string, format: 'xlsx' | 'csv', query: Pick<ListQuery, 'filter' | 'sort'>): string {
  const params = new URLSearchParams({ format });
  if (query.filter) params.set('filter', JSON.stringify(query.filter));
  if (query.sort) params.set('sort', query.sort);
  return `/api/v1/export/${encodeURIComponent(entity)}?${params}`;
}

/** Plain links: the browser downloads the streamed file itself, with its own progress and no size limit. */
export function ExportButton({ entity, query }: { entity: string; query: Pick<ListQuery, 'filter' | 'sort'> }) {
  const t = useTranslations('export');
  const items = (['xlsx', 'csv'] as const).map((format) => ({
    key: format,
    label: (
      <a href={exportUrl(entity, format, query)} download data-testid={`export-${format}`}>
        {t(format)}
      </a>
    ),
  }));
  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button icon={<DownloadOutlined />} data-testid="export-button">
        {t('button')}
      </Button>
    </Dropdown>
  );
}
