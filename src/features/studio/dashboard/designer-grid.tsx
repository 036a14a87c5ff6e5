'use client';

import { DeleteOutlined, WarningFilled } from '@ant-design/icons';
import { Button, Card, Empty, Tooltip } from 'antd';
import { useTranslations } from 'next-intl';
import { GridLayout, useContainerWidth, type Layout } from 'react-grid-layout';
import 'react-grid-layout/css/styles.css';
import { GRID_COLUMNS, type DashboardDef, type DashboardProblem, type GridPosition } from '@/engine/dashboard';
import { GRID_GAP, GRID_ROW_HEIGHT } from '@/features/dashboards/grid-metrics';
import { useLabel } from '@/features/runtime/use-label';

type Props = {
  dashboard: DashboardDef;
  selected: string | null;
  problems: DashboardProblem[];
  onSelect: (key: string) => void;
  onLayout: (layout: ReadonlyArray<{ i: string } & GridPosition>) => void;
  onRemove: (key: string) => void;
};

/** The widgets on the 24-column grid: drag a card by its title, resize from its corner, click to configure. */
export function DesignerGrid({ dashboard, selected, problems, onSelect, onLayout, onRemove }: Props) {
  const t = useTranslations('dashboardStudio.grid');
  const label = useLabel();
  const { width, containerRef, mounted } = useContainerWidth();
  if (!dashboard.widgets.length) {
    return (
      <div ref={containerRef} data-testid="dd-grid">
        <Empty description={t('empty')} />
      </div>
    );
  }
  const layout: Layout = dashboard.widgets.map((widget) => ({ i: widget.key, ...widget.position }));
  // Only the end of a gesture is an edit, so undo steps over whole drags, not every pixel.
  const commit = (next: Layout) => onLayout(next.map(({ i, x, y, w, h }) => ({ i, x, y, w, h })));
  return (
    <div ref={containerRef} data-testid="dd-grid" style={{ minHeight: 200 }}>
      {mounted && (
        <GridLayout
          width={width}
          layout={layout}
          gridConfig={{ cols: GRID_COLUMNS, rowHeight: GRID_ROW_HEIGHT, margin: [GRID_GAP, GRID_GAP] }}
          dragConfig={{ handle: '.dd-drag-handle' }}
          onDragStop={commit}
          onResizeStop={commit}
        >
          {dashboard.widgets.map((widget) => {
            const own = problems.filter((problem) => problem.widgetKey === widget.key);
            return (
              <div key={widget.key} data-testid={`dd-widget-${widget.key}`} onClick={() => onSelect(widget.key)}>
                <Card
                  size="small"
                  style={{ height: '100%', borderColor: widget.key === selected ? 'var(--ant-color-primary, #1677ff)' : own.length ? 'var(--ant-color-error, #ff4d4f)' : undefined, borderWidth: widget.key === selected ? 2 : 1 }}
                  title={
                    <span className="dd-drag-handle" style={{ cursor: 'move', display: 'block' }}>
                      {own.length > 0 && (
                        <Tooltip title={own.map((problem) => label(problem.message)).join('\n')}>
                          <WarningFilled style={{ color: 'var(--ant-color-error, #ff4d4f)', marginRight: 6 }} data-testid={`dd-widget-problem-${widget.key}`} />
                        </Tooltip>
                      )}
                      {label(widget.title)}
                    </span>
                  }
                  extra={<Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('remove')} data-testid={`dd-remove-${widget.key}`} onClick={(event) => { event.stopPropagation(); onRemove(widget.key); }} />}
                >
                  <span style={{ color: 'var(--ant-color-text-secondary, #888)' }}>{t(`visual.${widget.visual.type}`)} · {widget.dataset.entity}</span>
                  {own.map((problem) => (
                    <div key={problem.path} style={{ color: 'var(--ant-color-error, #ff4d4f)', fontSize: 12 }}>
                      {label(problem.message)}
                    </div>
                  ))}
                </Card>
              </div>
            );
          })}
        </GridLayout>
      )}
    </div>
  );
}
