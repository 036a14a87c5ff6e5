'use client';

import { Alert, Button, Card, Flex, List, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { useLabel } from '@/features/runtime/use-label';
import { InstallTemplateModal } from './install-template-modal';
import type { TemplateRow } from './template-types';

export function Templates() {
  const t = useTranslations('templates');
  const label = useLabel();
  const router = useRouter();
  const templates = useApiQuery<{ data: TemplateRow[] }>('/api/v1/templates');
  const [installing, setInstalling] = useState<TemplateRow | null>(null);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {templates.error && <Alert type="error" showIcon title={templates.error.message} />}
      <List
        loading={templates.loading}
        dataSource={templates.data?.data ?? []}
        locale={{ emptyText: t('empty') }}
        renderItem={(template) => {
          const current = template.installedVersion === template.version;
          return (
            <Card style={{ marginBottom: 16 }} data-testid={`template-${template.key}`}>
              <Flex justify="space-between" align="start" gap={16} wrap>
                <div>
                  <Typography.Title level={4} style={{ marginTop: 0 }}>
                    {label(template.name)} <Tag>{template.version}</Tag>
                    {template.installedVersion && <Tag color={current ? 'green' : 'orange'}>{t('installedVersion', { version: template.installedVersion })}</Tag>}
                  </Typography.Title>
                  {template.description && <Typography.Paragraph>{label(template.description)}</Typography.Paragraph>}
                  <Typography.Text type="secondary">{template.entities.map((entity) => label(entity.label)).join(' · ')}</Typography.Text>
                  {template.installedAt && (
                    <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                      {t('installedAt', { when: dayjs(template.installedAt).format('YYYY-MM-DD HH:mm') })}
                    </Typography.Paragraph>
                  )}
                </div>
                <Button type="primary" disabled={current} onClick={() => setInstalling(template)} data-testid={`install-${template.key}`}>
                  {current ? t('upToDate') : template.installedVersion ? t('upgrade') : t('install')}
                </Button>
              </Flex>
            </Card>
          );
        }}
      />
      {installing && (
        <InstallTemplateModal
          template={installing}
          onClose={() => setInstalling(null)}
          onInstalled={() => {
            setInstalling(null);
            templates.reload();
            router.refresh();
          }}
        />
      )}
    </Flex>
  );
}
