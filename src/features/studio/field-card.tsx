'use client';

import { CopyOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { SyntheticEvent } from 'react';
import type { FieldDef } from '@/engine/metadata/field';
import { useLabel } from '@/features/runtime/use-label';
import { ChildTableCardDesigner } from './child-table/child-table-card-designer';
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

// The button sits inside a draggable card: its presses must not start a drag.
const keepFromCard = (event: SyntheticEvent) => event.stopPropagation();

type Props = {
  field: FieldDef;
  selected: boolean;
  onSelect: (fieldId: string) => void;
  /** Shown on the selected card; absent where a field cannot be copied. */
  onDuplicate?: () => void;
  /** Takes the whole row of the section's grid (child tables, as on the real form). */
  wide?: boolean;
};

export function FieldCard({ field, selected, onSelect, onDuplicate, wide }: Props) {
  const t = useTranslations('studio.layout');
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
      style={{ transform: CSS.Translate.toString(transform), transition, opacity: isDragging ? 0.4 : 1, cursor: 'grab', touchAction: 'none', gridColumn: wide ? '1 / -1' : undefined, minWidth: 0 }}
    >
      <Card size="small" style={selected ? { borderColor: '#1677ff', boxShadow: '0 0 0 1px #1677ff' } : undefined}>
        <Flex align="center" gap={8}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <FieldCardBody field={field} />
          </div>
          {selected && onDuplicate && (
            <Tooltip title={t('duplicate')}>
              <Button
                size="small"
                type="text"
                icon={<CopyOutlined />}
                aria-label={t('duplicate')}
                data-testid="studio-duplicate"
                onPointerDown={keepFromCard}
                onKeyDown={keepFromCard}
                onClick={(event) => {
                  event.stopPropagation();
                  onDuplicate();
                }}
              />
            </Tooltip>
          )}
        </Flex>
        {field.type === 'child_table' && <ChildTableCardDesigner field={field} />}
      </Card>
    </div>
  );
}
