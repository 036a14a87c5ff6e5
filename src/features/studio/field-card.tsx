'use client';

import { CopyOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { memo, useMemo, type CSSProperties, type SyntheticEvent } from 'react';
import type { FieldDef } from '@/engine/metadata/field';
import { useLabel } from '@/features/runtime/use-label';
import { ChildTableCardDesigner } from './child-table/child-table-card-designer';
import { fieldDragId, type DragData } from './drag-ids';
import { SortableCell } from './layout/sortable-cell';
import { canDuplicate } from './studio-document';
import type { StudioAction } from './studio-reducer';

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

const SELECTED_CARD = { borderColor: '#1677ff', boxShadow: '0 0 0 1px #1677ff' };
const NARROW: CSSProperties = { minWidth: 0 };
// Child tables take the whole row of the section's grid, as on the real form.
const WIDE: CSSProperties = { gridColumn: '1 / -1', minWidth: 0 };

type Props = { field: FieldDef; selected: boolean; dispatch: (action: StudioAction) => void };

function FieldCardFrame({ field, selected, dispatch }: Props) {
  const t = useTranslations('studio.layout');
  return (
    <Card size="small" style={selected ? SELECTED_CARD : undefined}>
      <Flex align="center" gap={8}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <FieldCardBody field={field} />
        </div>
        {selected && canDuplicate(field) && (
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
                dispatch({ type: 'duplicate', fieldId: field.id });
              }}
            />
          </Tooltip>
        )}
      </Flex>
      {field.type === 'child_table' && <ChildTableCardDesigner field={field} />}
    </Card>
  );
}

/**
 * A field on the canvas. Memoised with stable props (the field object, a flag, the studio's
 * dispatch), so a selection or a drag re-renders only the cards it concerns.
 */
export const FieldCard = memo(function FieldCard({ field, selected, dispatch }: Props) {
  const data = useMemo((): DragData => ({ kind: 'field', fieldId: field.id }), [field.id]);
  return (
    <SortableCell
      dragId={fieldDragId(field.id)}
      data={data}
      testId={`studio-field-${field.id}`}
      placement={field.type === 'child_table' ? WIDE : NARROW}
      onSelect={() => dispatch({ type: 'select', fieldId: field.id })}
    >
      <FieldCardFrame field={field} selected={selected} dispatch={dispatch} />
    </SortableCell>
  );
});
