'use client';

import { Button, Drawer, Empty, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import type { DashboardDef } from '@/engine/dashboard';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { dashboardPath, type DashboardVersionDto } from './dashboard-studio-api';

type Props = { dashboardKey: string; open: boolean; onClose: () => void; onLoad: (definition: DashboardDef) => void };

/** Published versions, newest first; loading one puts it in the editor as unsaved changes (history is never rewritten). */
export function DashboardVersionsDrawer({ dashboardKey, open, onClose, onLoad }: Props) {
  const t = useTranslations('dashboardStudio.versions');
  const versions = useApiQuery<{ data: DashboardVersionDto[] }>(open ? dashboardPath(dashboardKey, '/versions') : null);
  return (
    <Drawer title={t('title')} open={open} onClose={onClose} data-testid="dd-versions-drawer">
      {versions.error && <Typography.Text type="danger">{versions.error.message}</Typography.Text>}
      <List<DashboardVersionDto>
        loading={versions.loading}
        dataSource={versions.latest?.data ?? []}
        locale={{ emptyText: <Empty description={t('empty')} /> }}
        renderItem={(entry) => (
          <List.Item
            data-testid={`dd-version-${entry.version}`}
            actions={[
              <Button key="load" size="small" onClick={() => onLoad(entry.definition)}>
                {t('load')}
              </Button>,
            ]}
          >
            <List.Item.Meta title={t('version', { version: entry.version })} description={`${dayjs(entry.publishedAt).format('YYYY-MM-DD HH:mm')} · ${entry.author?.name ?? '—'} · ${t('widgets', { count: entry.widgetCount })}`} />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
