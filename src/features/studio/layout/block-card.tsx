'use client';

import { Card, Divider, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { memo, useMemo, type CSSProperties } from 'react';
import type { FormBlock } from '@/engine/metadata/form';
import { useLabel } from '@/features/runtime/use-label';
import { blockDragId, type DragData } from '../drag-ids';
import { SortableCell } from './sortable-cell';

/** How a block looks, on the canvas and while it is dragged. */
export function BlockCardBody({ block }: { block: FormBlock }) {
  const t = useTranslations('studio.layout');
  const label = useLabel();
  if (block.kind === 'divider') {
    return (
      <Divider titlePlacement="start" style={{ margin: 0 }}>
        {block.title ? label(block.title) : <Typography.Text type="secondary">{t('items.divider')}</Typography.Text>}
      </Divider>
    );
  }
  return (
    <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ margin: 0, whiteSpace: 'pre-line' }}>
      {label(block.text)}
    </Typography.Paragraph>
  );
}

const WHOLE_ROW: CSSProperties = { gridColumn: '1 / -1' };
const DASHED = { borderStyle: 'dashed' };
const DASHED_SELECTED = { borderStyle: 'dashed', borderColor: '#1677ff', boxShadow: '0 0 0 1px #1677ff' };

type Props = { block: FormBlock; selected: boolean; onSelect: (blockId: string) => void };

/** A divider or description text on the canvas: a whole row of its section, sortable like a field. */
export const BlockCard = memo(function BlockCard({ block, selected, onSelect }: Props) {
  const data = useMemo((): DragData => ({ kind: 'block', blockId: block.id }), [block.id]);
  return (
    <SortableCell dragId={blockDragId(block.id)} data={data} testId={`studio-block-${block.id}`} placement={WHOLE_ROW} onSelect={() => onSelect(block.id)}>
      <Card size="small" style={selected ? DASHED_SELECTED : DASHED}>
        <BlockCardBody block={block} />
      </Card>
    </SortableCell>
  );
});
