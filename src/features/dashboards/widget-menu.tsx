'use client';

import { EllipsisOutlined, FileExcelOutlined, FileImageOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import type { EChartsType } from 'echarts/core';
import { useTranslations } from 'next-intl';
import type { WidgetDataDto } from '@/engine/dashboard/dashboard-dto';
import { useDimensionContext } from './use-dimension-context';
import { downloadCsv, downloadXlsx, saveUrl } from './widget-download';
import { exportFileName, flatTable } from './widget-table';

type Props = { widgetKey: string; title: string; data: WidgetDataDto | undefined; chart: EChartsType | null };

/** Exports of what the widget shows: its data as a sheet, a chart as the picture on screen. */
export function WidgetMenu({ widgetKey, title, data, chart }: Props) {
  const t = useTranslations('dashboards.widget');
  const { message } = App.useApp();
  const ctx = useDimensionContext();
  const range = data?.range ?? null;
  const items: MenuProps['items'] = [
    { key: 'xlsx', icon: <FileExcelOutlined />, label: t('exportXlsx'), disabled: !data },
    { key: 'csv', icon: <FileTextOutlined />, label: t('exportCsv'), disabled: !data },
    ...(chart ? [{ key: 'png', icon: <FileImageOutlined />, label: t('exportPng') }] : []),
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    try {
      if (key === 'png' && chart) saveUrl(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), exportFileName(title, range, 'png'));
      if (!data) return;
      if (key === 'csv') downloadCsv(flatTable(data, ctx), exportFileName(title, range, 'csv'));
      if (key === 'xlsx') {
        downloadXlsx(flatTable(data, ctx), title, exportFileName(title, range, 'xlsx')).catch((error: unknown) => {
          message.error(t('exportFailed', { message: error instanceof Error ? error.message : String(error) }));
        });
      }
    } catch (error) {
      message.error(t('exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" size="small" icon={<EllipsisOutlined />} aria-label={t('menu', { title })} data-testid={`widget-menu-${widgetKey}`} />
    </Dropdown>
  );
}
