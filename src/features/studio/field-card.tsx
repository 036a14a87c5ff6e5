'use client';

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { FieldDef } from '@/engine/metadata/field';
import { useLabel } from '@/features/runtime/use-label';
import { fieldDragId, type DragData } from './drag-ids';

export function FieldCardBody({ field }: { field: FieldDef }) {
  const t = useTranslations('studio');
  const label = useLabel();
  const typeName = t(`types.${field.type}`);
  return (
    <Flex justify="space-between" align="center" gap={8}>
      <Typography.Text strong ellipsis>
        {label(field.label)}
        {field.required && <Typography.Text type="danger"> *</Typography.Text>}
      </Typography.Text>
      <Tag style={{ marginInlineEnd: 0 }}>{typeName}</Tag>
    </Flex>
  );
}

type Props = { field: FieldDef; selected: boolean; onSelect: (fieldId: string) => void };

export function FieldCard({ field, selected, onSelect }: Props) {
  const data: DragData = { kind: 'field', fieldId: field.id };
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: fieldDragId(field.id), data });
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      data-testid={`studio-field-${field.id}`}
      onClick={() => onSelect(field.id)}
      onFocus={() => onSelect(field.id)}
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.4 : 1, cursor: 'grab', touchAction: 'none' }}
    >
      <Card size="small" style={selected ? { borderColor: '#1677ff', boxShadow: '0 0 0 1px #1677ff' } : undefined}>
        <FieldCardBody field={field} />
      </Card>
    </div>
  );
}
