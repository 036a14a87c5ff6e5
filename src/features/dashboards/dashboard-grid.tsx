'use client';

import { Flex, Grid } from 'antd';
import type { ReactNode } from 'react';
import { GRID_COLUMNS, type Widget } from '@/engine/dashboard';
import { GRID_GAP, GRID_ROW_HEIGHT, gridArea, readingOrder, stackedHeight } from './grid-metrics';

type Props = { widgets: Widget[]; renderWidget: (widget: Widget, height: number) => ReactNode };

/** The definition's 24-column grid as a CSS grid; on a phone the widgets stack in reading order. */
export function DashboardGrid({ widgets, renderWidget }: Props) {
  const screens = Grid.useBreakpoint();
  if (screens.md === false) {
    return (
      <Flex vertical gap={GRID_GAP} data-testid="dashboard-grid" data-layout="stacked">
        {readingOrder(widgets).map((widget) => (
          <div key={widget.key}>{renderWidget(widget, stackedHeight(widget.position))}</div>
        ))}
      </Flex>
    );
  }
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: `repeat(${GRID_COLUMNS}, minmax(0, 1fr))`, gridAutoRows: GRID_ROW_HEIGHT, gap: GRID_GAP }}
      data-testid="dashboard-grid"
      data-layout="grid"
    >
      {widgets.map((widget) => (
        <div key={widget.key} style={{ ...gridArea(widget.position), minWidth: 0 }}>
          {renderWidget(widget, stackedHeight(widget.position))}
        </div>
      ))}
    </div>
  );
}
