'use client';

import { Flex, Typography, theme } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DashboardDef, DateRangeInput, Widget } from '@/engine/dashboard';
import type { CellValue } from '@/engine/dashboard/dashboard-dto';
import type { EntityDef } from '@/engine/metadata/entity';
import { useShell } from '@/features/shell/shell-context';
import { useLabel } from '@/features/runtime/use-label';
import { CrossFilterTags } from './cross-filter-tags';
import { crossFilterKeys, mergedFieldFilters, withCrossFilter, type CrossFilter, type FilterScalar } from './cross-filter';
import { DashboardGrid } from './dashboard-grid';
import { dashboardSearch, type DashboardQuery, type RefreshMinutes } from './dashboard-query';
import { DashboardToolbar } from './dashboard-toolbar';
import { FieldFilters } from './field-filters';
import { RangePicker } from './range-picker';
import { recordsHref } from './record-link';
import { useDashboardData } from './use-dashboard-data';
import { useFullscreen } from './use-fullscreen';
import { WidgetCard } from './widget-card';

type PointHandler = (value: CellValue, text: string) => void;

export function DashboardView({ dashboard, initialQuery }: { dashboard: DashboardDef; initialQuery: DashboardQuery }) {
  const label = useLabel();
  const { token } = theme.useToken();
  const { entities } = useShell();
  const [range, setRange] = useState<DateRangeInput | null>(initialQuery.range);
  const [refresh, setRefresh] = useState<RefreshMinutes>(initialQuery.refresh);
  const [fieldValues, setFieldValues] = useState<Record<string, FilterScalar[]>>({});
  const [crossFilters, setCrossFilters] = useState<CrossFilter[]>([]);
  const container = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(container);
  const data = useDashboardData({ dashboardKey: dashboard.key, range, fields: fieldValues, crossFilters, refresh });

  // The range and refresh live in the address, so a reload or a shared link shows the same period.
  useEffect(() => {
    window.history.replaceState(null, '', `/dashboards/${encodeURIComponent(dashboard.key)}${dashboardSearch({ range, refresh })}`);
  }, [dashboard.key, range, refresh]);

  const entityDefs = useMemo(() => {
    const defs = new Map<string, EntityDef>();
    for (const view of entities ?? []) {
      defs.set(view.entity.key, view.entity);
      for (const related of Object.values(view.related)) if (!defs.has(related.key)) defs.set(related.key, related);
    }
    return defs;
  }, [entities]);
  const lookup = useCallback((key: string) => entityDefs.get(key), [entityDefs]);
  const listed = useMemo(() => new Set((entities ?? []).map((view) => view.entity.key)), [entities]);

  /** Per widget, what a click on its first dimension does, if any dashboard filter takes that field. */
  const pointHandlers = useMemo(() => {
    const handlers = new Map<string, PointHandler>();
    for (const widget of dashboard.widgets) {
      const dimension = widget.dataset.dimensions[0];
      if (!dimension || !['bar', 'stacked_bar', 'pie', 'donut'].includes(widget.visual.type)) continue;
      const keys = crossFilterKeys(dashboard, widget, dimension, lookup);
      if (keys.length === 0) continue;
      const name = label(dashboard.filters.fields.find((filter) => filter.key === keys[0])?.label);
      handlers.set(widget.key, (value, text) => {
        if (value === null) return;
        const fields = Object.fromEntries(keys.map((key) => [key, value]));
        setCrossFilters((current) => withCrossFilter(current, { source: widget.key, dimension: dimension.key, text: `${name}: ${text}`, fields }));
      });
    }
    return handlers;
  }, [dashboard, lookup, label]);

  const merged = mergedFieldFilters(fieldValues, crossFilters);
  const linkFilters = dashboard.filters.fields.flatMap((filter) => (merged[filter.key] === undefined ? [] : [{ entity: filter.entity, field: filter.field, value: merged[filter.key] }]));
  const rowLink = (widget: Widget) => {
    const entity = lookup(widget.dataset.entity);
    if (!entity || !listed.has(entity.key) || widget.visual.type !== 'table') return undefined;
    return (row: Record<string, CellValue>) => {
      const result = data.widget(widget.key).result;
      return result?.ok ? recordsHref(widget, result.data, row, entity, linkFilters) : `/r/${entity.key}`;
    };
  };

  return (
    <div ref={container} style={fullscreen.active ? { background: token.colorBgLayout, padding: 16, overflow: 'auto', height: '100%' } : undefined} data-testid="dashboard">
      <Flex vertical gap={12}>
        <Flex wrap justify="space-between" align="center" gap={12}>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {label(dashboard.name)}
            </Typography.Title>
            {dashboard.description && <Typography.Text type="secondary">{label(dashboard.description)}</Typography.Text>}
          </div>
          <DashboardToolbar refresh={refresh} onRefreshChange={setRefresh} onReload={data.reload} loading={data.loading} fullscreen={fullscreen.active} onToggleFullscreen={fullscreen.toggle} />
        </Flex>
        <Flex wrap gap={8} align="center">
          {dashboard.filters.dateRange && <RangePicker value={range} fallback={dashboard.filters.dateRange.default} shown={data.range} onChange={setRange} />}
          <FieldFilters filters={dashboard.filters.fields} lookup={lookup} values={fieldValues} onChange={(key, values) => setFieldValues((current) => ({ ...current, [key]: values }))} />
        </Flex>
        <CrossFilterTags filters={crossFilters} onRemove={(filter) => setCrossFilters((current) => current.filter((candidate) => candidate !== filter))} onClear={() => setCrossFilters([])} />
        <DashboardGrid
          widgets={dashboard.widgets}
          renderWidget={(widget, height) => (
            <WidgetCard widget={widget} state={data.widget(widget.key)} height={height} onRetry={data.reload} onPoint={pointHandlers.get(widget.key)} recordsHref={rowLink(widget)} />
          )}
        />
      </Flex>
    </div>
  );
}
