'use client';

import { DragOverlay, useDndContext } from '@dnd-kit/core';
import { Card } from 'antd';
import { memo } from 'react';
import { findBlock } from '@/engine/metadata/form';
import { dataOf, type DragData } from '../drag-ids';
import { FieldCardBody } from '../field-card';
import { newField, type StudioDoc } from '../studio-document';
import { BlockCardBody } from './block-card';
import { useLayoutNames } from './use-layout-names';

/** What follows the pointer while something is dragged: the card it will become. */
const DragPreview = memo(function DragPreview({ doc, active }: { doc: StudioDoc; active: DragData | undefined }) {
  const names = useLayoutNames();
  if (!active) return null;
  let body;
  if (active.kind === 'field') {
    const field = doc.entity.fields.find((candidate) => candidate.id === active.fieldId);
    body = field && <FieldCardBody field={field} />;
  } else if (active.kind === 'palette') {
    body = <FieldCardBody field={newField(active.fieldType, 'new')} />;
  } else if (active.kind === 'block') {
    const block = findBlock(doc.form, active.blockId);
    body = block && <BlockCardBody block={block} />;
  } else if (active.kind === 'layout') {
    body = names.item(active.item);
  }
  if (!body) return null;
  return (
    <Card size="small" style={{ cursor: 'grabbing', boxShadow: '0 6px 16px rgba(0,0,0,0.12)' }}>
      {body}
    </Card>
  );
});

/**
 * The overlay reads the dragged item from dnd-kit rather than from studio state, so picking
 * something up re-renders the overlay alone, not the workspace and its canvas.
 */
export function StudioDragOverlay({ doc }: { doc: StudioDoc }) {
  const { active } = useDndContext();
  return (
    <DragOverlay>
      <DragPreview doc={doc} active={dataOf(active)} />
    </DragOverlay>
  );
}
