'use client';

import { ApartmentOutlined, AppstoreOutlined, DashboardOutlined, HomeOutlined, InboxOutlined, KeyOutlined, AppstoreAddOutlined, FormOutlined, TableOutlined, WarningOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { DeadJobsNavLabel } from '@/features/admin/dead-jobs-nav-label';
import { InboxNavLabel } from '@/features/inbox/inbox-nav-label';
import { useLabel } from '@/features/runtime/use-label';
import { isAdmin, useShell } from './shell-context';

function selectedKey(pathname: string): string {
  const entity = /^\/r\/([^/]+)/.exec(pathname);
  if (entity) return `entity:${entity[1]}`;
  if (pathname.startsWith('/admin/api-keys')) return 'admin:api-keys';
  if (pathname.startsWith('/admin/jobs')) return 'admin:jobs';
  if (pathname.startsWith('/studio/workflows')) return 'studio:workflows';
  if (pathname.startsWith('/studio')) return 'studio';
  if (pathname.startsWith('/inbox')) return 'inbox';
  if (pathname.startsWith('/dashboards')) return 'dashboards';
  return pathname === '/' ? 'home' : pathname;
}

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const t = useTranslations('shell');
  const tWorkflows = useTranslations('workflows.nav');
  const tDashboards = useTranslations('dashboards');
  const label = useLabel();
  const pathname = usePathname();
  const { user, entities } = useShell();

  const items: MenuProps['items'] = [
    { key: 'home', icon: <HomeOutlined />, label: <Link href="/">{t('home')}</Link> },
    { key: 'inbox', icon: <InboxOutlined />, label: <InboxNavLabel /> },
    { key: 'dashboards', icon: <DashboardOutlined />, label: <Link href="/dashboards">{tDashboards('nav')}</Link> },
    {
      type: 'group',
      key: 'entities',
      label: t('entities'),
      children: (entities ?? []).map((view) => ({
        key: `entity:${view.entity.key}`,
        icon: <TableOutlined />,
        label: <Link href={`/r/${view.entity.key}`}>{label(view.entity.label)}</Link>,
      })),
    },
  ];
  if (isAdmin(user) || user.roles.includes('designer')) {
    items.push({ key: 'studio', icon: <FormOutlined />, label: <Link href="/studio">{t('studio')}</Link> });
    items.push({ key: 'studio:workflows', icon: <ApartmentOutlined />, label: <Link href="/studio/workflows">{tWorkflows('workflows')}</Link> });
  }
  if (isAdmin(user)) {
    items.push({
      type: 'group',
      key: 'admin',
      label: t('admin'),
      children: [
        { key: 'admin:templates', icon: <AppstoreAddOutlined />, label: <Link href="/admin/templates">{t('templates')}</Link> },
        { key: 'admin:api-keys', icon: <KeyOutlined />, label: <Link href="/admin/api-keys">{t('apiKeys')}</Link> },
        { key: 'admin:jobs', icon: <WarningOutlined />, label: <DeadJobsNavLabel /> },
      ],
    });
  }
  if (entities === undefined) {
    items.splice(1, 1, { key: 'loading', icon: <AppstoreOutlined />, label: t('loadingEntities'), disabled: true });
  }

  return <Menu mode="inline" selectedKeys={[selectedKey(pathname)]} items={items} onClick={onNavigate} style={{ borderInlineEnd: 'none' }} />;
}
