'use client';

import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Space, Typography, theme } from 'antd';
import { useTranslations } from 'next-intl';
import { signOut } from 'next-auth/react';
import Link from 'next/link';
import { useMemo, useState, type ReactNode } from 'react';
import type { EntityView, SessionUserDto } from '@/engine/contract/api-types';
import { LocaleSwitcher } from '@/components/locale-switcher';
import { NotificationBell } from '@/features/notifications/notification-bell';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { NavMenu } from './nav-menu';
import { ShellContext, type ShellState } from './shell-context';

const SIDER_WIDTH = 220;

export function AppShell({ user, children }: { user: SessionUserDto; children: ReactNode }) {
  const t = useTranslations('shell');
  const screens = Grid.useBreakpoint();
  // Until the first measurement screens is empty: render the desktop layout, as the server did.
  const isPhone = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { token } = theme.useToken();
  const query = useApiQuery<{ data: EntityView[] }>('/api/v1/entities');

  const shell = useMemo<ShellState>(() => {
    const entities = query.latest?.data.filter((view) => !view.entity.parent && view.permissions.includes('read'));
    return { user, entities, entitiesError: query.error, reloadEntities: query.reload };
  }, [user, query.latest, query.error, query.reload]);

  return (
    <ShellContext.Provider value={shell}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header
          style={{ display: 'flex', alignItems: 'center', gap: 12, paddingInline: isPhone ? 12 : 24, background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}` }}
        >
          {isPhone && <Button type="text" icon={<MenuOutlined />} aria-label={t('openMenu')} onClick={() => setDrawerOpen(true)} />}
          <Link href="/" style={{ fontWeight: 600, fontSize: 18, color: token.colorText }}>
            {t('product')}
          </Link>
          <Space style={{ marginInlineStart: 'auto' }} size={isPhone ? 4 : 12}>
            {!isPhone && (
              <Typography.Text>
                <UserOutlined /> {user.displayName}
              </Typography.Text>
            )}
            <NotificationBell />
            <LocaleSwitcher />
            <Button data-testid="logout" icon={<LogoutOutlined />} onClick={() => void signOut({ callbackUrl: '/login' })} aria-label={t('logout')}>
              {isPhone ? null : t('logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout>
          {!isPhone && (
            <Layout.Sider width={SIDER_WIDTH} theme="light" style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}>
              <nav aria-label={t('navigation')}>
                <NavMenu />
              </nav>
            </Layout.Sider>
          )}
          <Drawer open={isPhone && drawerOpen} onClose={() => setDrawerOpen(false)} placement="left" size={SIDER_WIDTH + 40} title={user.displayName}>
            <nav aria-label={t('navigation')}>
              <NavMenu onNavigate={() => setDrawerOpen(false)} />
            </nav>
          </Drawer>
          <Layout.Content style={{ padding: isPhone ? 12 : 24, minWidth: 0 }}>
            <main>{children}</main>
          </Layout.Content>
        </Layout>
      </Layout>
    </ShellContext.Provider>
  );
}
