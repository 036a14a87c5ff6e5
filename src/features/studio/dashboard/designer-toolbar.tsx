'use client';

import { FilterOutlined, HistoryOutlined, PlusOutlined, RedoOutlined, SaveOutlined, SendOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tag, Tooltip, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { DashboardDef } from '@/engine/dashboard';
import { useLabel } from '@/features/runtime/use-label';
import type { DirectoryRole } from '../workflow/workflow-api';

type Props = {
  dashboard: DashboardDef;
  roles: DirectoryRole[];
  publishedVersion: number | null;
  dirty: boolean;
  busy: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onRoles: (roles: string[]) => void;
  onAdd: () => void;
  onSave: () => void;
  onPublish: () => void;
  onVersions: () => void;
  onFilters: () => void;
  onUndo: () => void;
  onRedo: () => void;
};

export function DesignerToolbar(props: Props) {
  const t = useTranslations('dashboardStudio.toolbar');
  const label = useLabel();
  const { dashboard } = props;
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Flex align="center" gap={8} wrap>
          <Link href="/studio/dashboards">{t('back')}</Link>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="dd-name">
            {label(dashboard.name)}
          </Typography.Title>
          {props.publishedVersion !== null ? <Tag color="green">{t('published', { version: props.publishedVersion })}</Tag> : <Tag>{t('unpublished')}</Tag>}
          {props.dirty && <Tag color="orange" data-testid="dd-dirty">{t('unsaved')}</Tag>}
        </Flex>
        <Flex gap={8} wrap>
          <Tooltip title={t('undo')}><Button icon={<UndoOutlined />} aria-label={t('undo')} disabled={!props.canUndo} onClick={props.onUndo} /></Tooltip>
          <Tooltip title={t('redo')}><Button icon={<RedoOutlined />} aria-label={t('redo')} disabled={!props.canRedo} onClick={props.onRedo} /></Tooltip>
          <Button icon={<PlusOutlined />} onClick={props.onAdd} data-testid="dd-add-widget">{t('addWidget')}</Button>
          <Button icon={<FilterOutlined />} onClick={props.onFilters} data-testid="dd-filters-open">{t('filters')}</Button>
          <Button icon={<HistoryOutlined />} onClick={props.onVersions} data-testid="dd-versions">{t('versions')}</Button>
          <Button icon={<SaveOutlined />} onClick={props.onSave} loading={props.busy} disabled={!props.dirty} data-testid="dd-save">{t('save')}</Button>
          <Button type="primary" icon={<SendOutlined />} onClick={props.onPublish} loading={props.busy} data-testid="dd-publish">{t('publish')}</Button>
        </Flex>
      </Flex>
      <Flex align="center" gap={8} wrap>
        <Typography.Text>{t('visibleTo')}</Typography.Text>
        <Select<string[]>
          mode="multiple"
          data-testid="dd-roles"
          aria-label={t('visibleTo')}
          allowClear
          placeholder={t('everyReader')}
          style={{ minWidth: 280 }}
          value={dashboard.roles ?? []}
          options={props.roles.map((role) => ({ value: role.key, label: label(role.label) }))}
          onChange={props.onRoles}
        />
        <Typography.Text type="secondary">{t('visibleHelp')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
