'use client';

import { FullscreenExitOutlined, FullscreenOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tooltip } from 'antd';
import { useTranslations } from 'next-intl';
import { REFRESH_MINUTES, type RefreshMinutes } from './dashboard-query';

type Props = {
  refresh: RefreshMinutes;
  onRefreshChange: (minutes: RefreshMinutes) => void;
  onReload: () => void;
  loading: boolean;
  fullscreen: boolean;
  onToggleFullscreen: () => void;
};

/** Auto-refresh, refresh now and full screen. */
export function DashboardToolbar({ refresh, onRefreshChange, onReload, loading, fullscreen, onToggleFullscreen }: Props) {
  const t = useTranslations('dashboards');
  const fullscreenLabel = fullscreen ? t('fullscreen.exit') : t('fullscreen.enter');
  return (
    <Flex gap={8} align="center">
      <Select<RefreshMinutes>
        aria-label={t('refresh.label')}
        value={refresh}
        onChange={onRefreshChange}
        options={REFRESH_MINUTES.map((minutes) => ({ value: minutes, label: minutes ? t('refresh.every', { minutes }) : t('refresh.off') }))}
        style={{ width: 150 }}
        data-testid="dashboard-refresh"
      />
      <Tooltip title={t('refresh.now')}>
        <Button icon={<ReloadOutlined spin={loading} />} aria-label={t('refresh.now')} onClick={onReload} data-testid="dashboard-reload" />
      </Tooltip>
      <Tooltip title={fullscreenLabel}>
        <Button icon={fullscreen ? <FullscreenExitOutlined /> : <FullscreenOutlined />} aria-label={fullscreenLabel} onClick={onToggleFullscreen} data-testid="dashboard-fullscreen" />
      </Tooltip>
    </Flex>
  );
}
