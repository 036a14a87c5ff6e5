'use client';

import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, Popconfirm, Select, Tag, Tooltip, Typography } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import type { Label } from '@/engine/metadata/keys';
import { useLabel } from '@/features/runtime/use-label';
import { addColumn, COLUMN_TYPES, moveColumn, relabelColumn, removeColumn, restoreColumn, visibleColumns, type ColumnType } from './child-table-document';
import { canTotal, footerTotalsOf, withFooterTotal } from './footer-totals';

type Props = {
  field: FieldOf<'child_table'>;
  child: EntityDef | undefined;
  /** Columns already stored: deleting one hides it and keeps its data. */
  storedColumnIds: string[];
  onChildChange: (child: EntityDef, coalesceKey?: string) => void;
  onFieldChange: (field: FieldOf<'child_table'>) => void;
};

type RowProps = {
  column: FieldDef;
  index: number;
  count: number;
  totalled: boolean;
  stored: boolean;
  onLabel: (label: Label) => void;
  onMove: (offset: -1 | 1) => void;
  onTotal: (on: boolean) => void;
  onDelete: () => void;
};

function ColumnRow({ column, index, count, totalled, stored, onLabel, onMove, onTotal, onDelete }: RowProps) {
  const t = useTranslations('studio.childTable');
  const types = useTranslations('studio.types');
  const label = useLabel();
  const locale = useLocale() === 'en' ? 'en' : 'zh-CN';
  const name = label(column.label) || column.id;
  const text = column.label[locale] ?? '';
  const onlyColumn = count === 1;
  return (
    <Flex align="center" gap={6} wrap data-testid={`child-column-${column.id}`}>
      <Input
        size="small"
        style={{ flex: '1 1 140px', minWidth: 0 }}
        value={text}
        placeholder={column.label['zh-CN']}
        status={column.label['zh-CN'] ? undefined : 'error'}
        aria-label={t('columnLabel', { index: index + 1 })}
        data-testid={`child-column-label-${column.id}`}
        onChange={(event) => onLabel({ ...column.label, [locale]: event.target.value || (locale === 'en' ? undefined : '') })}
      />
      <Tag style={{ marginInlineEnd: 0 }}>{types(column.type)}</Tag>
      {canTotal(column) && (
        <Checkbox checked={totalled} onChange={(event) => onTotal(event.target.checked)} data-testid={`child-column-total-${column.id}`}>
          {t('total')}
        </Checkbox>
      )}
      <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={index === 0} aria-label={t('moveUp', { name })} onClick={() => onMove(-1)} />
      <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={index === count - 1} aria-label={t('moveDown', { name })} onClick={() => onMove(1)} />
      <Popconfirm
        title={t('deleteConfirm', { name })}
        description={<Typography.Text type="secondary">{stored ? t('deleteStored') : t('deleteNew')}</Typography.Text>}
        okButtonProps={{ danger: true }}
        onConfirm={onDelete}
        disabled={onlyColumn}
      >
        <Tooltip title={onlyColumn ? t('lastColumn') : undefined}>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={onlyColumn} aria-label={t('delete', { name })} data-testid={`child-column-delete-${column.id}`} />
        </Tooltip>
      </Popconfirm>
    </Flex>
  );
}

/**
 * The columns of a child table, designed in its card on the canvas: add by type, rename, reorder,
 * delete (published columns are only hidden) and choose which ones the form totals in its footer.
 */
export function ChildTableDesigner({ field, child, storedColumnIds, onChildChange, onFieldChange }: Props) {
  const t = useTranslations('studio.childTable');
  const types = useTranslations('studio.types');
  const label = useLabel();
  const [newType, setNewType] = useState<ColumnType>('text');
  if (!child) {
    return (
      <Typography.Text type="warning" data-testid={`child-table-missing-${field.id}`}>
        {t('missing', { entity: field.entity })}
      </Typography.Text>
    );
  }
  const columns = visibleColumns(child);
  const hidden = child.fields.filter((column) => column.removed);
  const totals = new Set(footerTotalsOf(field));
  const stored = new Set(storedColumnIds);

  return (
    <Flex vertical gap={6} role="group" aria-label={t('columns', { table: label(field.label) })} data-testid={`child-table-designer-${field.id}`}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('columns', { table: label(field.label) })}
      </Typography.Text>
      {columns.length === 0 && <Typography.Text type="secondary">{t('empty')}</Typography.Text>}
      {columns.map((column, index) => (
        <ColumnRow
          key={column.id}
          column={column}
          index={index}
          count={columns.length}
          totalled={totals.has(column.id)}
          stored={stored.has(column.id)}
          onLabel={(next) => onChildChange(relabelColumn(child, column.id, next), `${child.key}:${column.id}:label`)}
          onMove={(offset) => onChildChange(moveColumn(child, column.id, offset))}
          onTotal={(on) => onFieldChange(withFooterTotal(field, column.id, on))}
          onDelete={() => {
            onChildChange(removeColumn(child, column.id, stored.has(column.id)));
            if (totals.has(column.id)) onFieldChange(withFooterTotal(field, column.id, false));
          }}
        />
      ))}
      <Flex gap={6} align="center" wrap>
        <Select<ColumnType>
          size="small"
          value={newType}
          onChange={setNewType}
          options={COLUMN_TYPES.map((type) => ({ value: type, label: types(type) }))}
          aria-label={t('newColumnType')}
          style={{ minWidth: 140 }}
          data-testid={`child-column-type-${field.id}`}
        />
        <Button size="small" icon={<PlusOutlined />} onClick={() => onChildChange(addColumn(child, newType).child)} data-testid={`child-column-add-${field.id}`}>
          {t('addColumn')}
        </Button>
      </Flex>
      {hidden.length > 0 && (
        <Flex gap={6} align="center" wrap>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('hidden')}
          </Typography.Text>
          {hidden.map((column) => (
            <Button key={column.id} size="small" onClick={() => onChildChange(restoreColumn(child, column.id))} aria-label={t('restore', { name: label(column.label) })}>
              {label(column.label)}
            </Button>
          ))}
        </Flex>
      )}
    </Flex>
  );
}
