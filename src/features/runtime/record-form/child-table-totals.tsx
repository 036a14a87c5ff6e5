'use client';

import { Flex, Typography } from 'antd';
import type { EntityView } from '@/engine/contract/api-types';
import { useFieldFormatter } from '../format-value';
import { useLabel } from '../use-label';
import { liveRollup, rollupsOver } from './live-values';

/** The parent's rollups over this table (order total), recomputed as lines are typed. */
export function ChildTableTotals({ view, childTableId, rows }: { view: EntityView; childTableId: string; rows: Array<Record<string, unknown>> }) {
  const label = useLabel();
  const format = useFieldFormatter();
  const rollups = rollupsOver(view.entity, childTableId);
  if (rollups.length === 0) return null;
  return (
    <Flex gap={16} wrap>
      {rollups.map((rollup) => (
        <span key={rollup.id} data-testid={`live-total-${rollup.id}`}>
          {label(rollup.label)}: <Typography.Text strong>{format(rollup, liveRollup(rollup, rows))}</Typography.Text>
        </span>
      ))}
    </Flex>
  );
}
