'use client';

import { Card } from 'antd';
import { findBlock } from '@/engine/metadata/form';
import type { DragData } from '../drag-ids';
import { FieldCardBody } from '../field-card';
import { newField, type StudioDoc } from '../studio-document';
import { BlockCardBody } from './block-card';
import { useLayoutNames } from './use-layout-names';

/** What follows the pointer while something is dragged: the card it will become. */
export function DragPreview({ doc, active }: { doc: StudioDoc; active: DragData | null }) {
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
}
