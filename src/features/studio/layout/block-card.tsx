'use client';

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Card, Divider, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { FormBlock } from '@/engine/metadata/form';
import { useLabel } from '@/features/runtime/use-label';
import { blockDragId, type DragData } from '../drag-ids';

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

type Props = { block: FormBlock; selected: boolean; onSelect: (blockId: string) => void };

/** A divider or description text on the canvas: a whole row of its section, sortable like a field. */
export function BlockCard({ block, selected, onSelect }: Props) {
  const data: DragData = { kind: 'block', blockId: block.id };
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: blockDragId(block.id), data });
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      data-testid={`studio-block-${block.id}`}
      onClick={() => onSelect(block.id)}
      onFocus={() => onSelect(block.id)}
      style={{ transform: CSS.Translate.toString(transform), transition, opacity: isDragging ? 0.4 : 1, cursor: 'grab', touchAction: 'none', gridColumn: '1 / -1' }}
    >
      <Card size="small" style={{ borderStyle: 'dashed', ...(selected ? { borderColor: '#1677ff', boxShadow: '0 0 0 1px #1677ff' } : {}) }}>
        <BlockCardBody block={block} />
      </Card>
    </div>
  );
}
