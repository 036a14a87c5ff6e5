'use client';

import { Alert, Button, Card, Drawer, Empty, Flex, Modal, Popconfirm, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { WorkflowDefinition } from '@/engine/workflow';
import { toApiError } from '@/features/runtime/api-client';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { loadWorkflowVersion, workflowPath, type WorkflowVersion } from './workflow-api';

type Props = { workflowKey: string; open: boolean; dirty: boolean; onClose: () => void; onRestore: (version: number) => void };

/** Published versions, newest first: look at one, or make it the draft again. */
export function WorkflowVersionsDrawer({ workflowKey, open, dirty, onClose, onRestore }: Props) {
  const t = useTranslations('workflows.versions');
  const versions = useApiQuery<{ data: WorkflowVersion[] }>(open ? workflowPath(workflowKey, '/versions') : null);
  const [viewing, setViewing] = useState<{ version: number; definition?: WorkflowDefinition; error?: string } | null>(null);
  const rows = [...(versions.data?.data ?? [])].sort((a, b) => b.version - a.version);

  const view = (version: number) => {
    setViewing({ version });
    loadWorkflowVersion(workflowKey, version).then(
      ({ definition }) => setViewing({ version, definition }),
      (error: unknown) => setViewing({ version, error: toApiError(error).message }),
    );
  };

  return (
    <Drawer open={open} onClose={onClose} title={t('title')} data-testid="wf-versions">
      {versions.error && <Alert type="error" showIcon title={versions.error.message} />}
      {versions.loading && <Spin />}
      {!versions.loading && !versions.error && rows.length === 0 && <Empty description={t('empty')} />}
      <Flex vertical gap={8}>
        {rows.map((row) => (
          <Card key={row.version} size="small" data-testid={`wf-version-${row.version}`}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Flex vertical>
                <Typography.Text strong>v{row.version}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('by', { when: dayjs(row.publishedAt).format('YYYY-MM-DD HH:mm'), author: row.author?.name ?? '—' })}
                </Typography.Text>
              </Flex>
              <Space>
                <Button size="small" onClick={() => view(row.version)} data-testid={`wf-version-view-${row.version}`}>
                  {t('view')}
                </Button>
                <Popconfirm title={t('restoreConfirm', { version: row.version })} description={dirty ? t('restoreLosesChanges') : undefined} onConfirm={() => onRestore(row.version)} okButtonProps={{ 'data-testid': `wf-version-restore-confirm-${row.version}` }}>
                  <Button size="small" data-testid={`wf-version-restore-${row.version}`}>
                    {t('restore')}
                  </Button>
                </Popconfirm>
              </Space>
            </Flex>
          </Card>
        ))}
      </Flex>
      <Modal open={viewing !== null} title={t('viewTitle', { version: viewing?.version ?? 0 })} footer={null} width={800} onCancel={() => setViewing(null)}>
        {viewing?.error && <Alert type="error" showIcon title={viewing.error} />}
        <pre data-testid="wf-version-json" style={{ maxHeight: '60vh', overflow: 'auto', fontSize: 12 }}>
          {viewing?.definition ? JSON.stringify(viewing.definition, null, 2) : viewing?.error ? '' : '…'}
        </pre>
      </Modal>
    </Drawer>
  );
}
