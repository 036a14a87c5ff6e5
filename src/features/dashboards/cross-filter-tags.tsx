'use client';

import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { CrossFilter } from './cross-filter';

/** The filters set by clicks, each removable; the others widgets show only what matches them. */
export function CrossFilterTags({ filters, onRemove, onClear }: { filters: CrossFilter[]; onRemove: (filter: CrossFilter) => void; onClear: () => void }) {
  const t = useTranslations('dashboards.filters');
  if (filters.length === 0) return null;
  return (
    <Flex wrap align="center" gap={8} data-testid="dashboard-cross-filters">
      <Typography.Text type="secondary">{t('crossFiltered')}</Typography.Text>
      {filters.map((filter) => (
        <Tag
          key={`${filter.source}:${filter.dimension}`}
          color="blue"
          closable={{ 'aria-label': t('remove', { text: filter.text }) }}
          onClose={(event) => {
            event.preventDefault();
            onRemove(filter);
          }}
          data-testid={`cross-filter-${filter.source}-${filter.dimension}`}
        >
          {filter.text}
        </Tag>
      ))}
      {filters.length > 1 && (
        <Button type="link" size="small" onClick={onClear}>
          {t('clear')}
        </Button>
      )}
    </Flex>
  );
}
