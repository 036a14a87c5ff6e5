'use client';

import { Alert, Button, Drawer, List, Popconfirm } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import { useApiQuery } from '@/features/runtime/use-api-query';

type StudioVersion = { version: number; publishedAt: string; author: string | null };
type Props = { entityKey: string; open: boolean; dirty: boolean; onClose: () => void; onRestore: (version: number) => void };

export function VersionsDrawer({ entityKey, open, dirty, onClose, onRestore }: Props) {
  const t = useTranslations('studio');
  const versions = useApiQuery<{ data: StudioVersion[] }>(open ? `/api/v1/studio/${encodeURIComponent(entityKey)}/versions` : null);
  return (
    <Drawer open={open} onClose={onClose} title={t('versions')} size="default" data-testid="studio-versions">
      {versions.error && <Alert type="error" showIcon title={versions.error.message} />}
      <List
        loading={versions.loading}
        dataSource={versions.data?.data ?? []}
        locale={{ emptyText: t('noVersions') }}
        renderItem={(row) => (
          <List.Item
            actions={[
              <Popconfirm key="restore" title={t('restoreVersion')} description={dirty ? t('leaveWarning') : undefined} onConfirm={() => onRestore(row.version)}>
                <Button size="small" data-testid={`studio-restore-version-${row.version}`}>
                  {t('restoreVersion')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta title={`v${row.version}`} description={t('versionBy', { when: dayjs(row.publishedAt).format('YYYY-MM-DD HH:mm'), author: row.author ?? '—' })} />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
