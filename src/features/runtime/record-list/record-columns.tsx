'use client';

import type { TableColumnsType } from 'antd';
import Link from 'next/link';
import { useMemo } from 'react';
import type { RecordDto } from '@/engine/contract/api-types';
import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import { EMPTY_VALUE, useFieldFormatter } from '../format-value';
import { StateTag } from '../lifecycle/state-tag';
import { useLabel } from '../use-label';
import { primarySort } from './list-query';

/**
 * Table columns for the chosen fields; sorting is the server's, so every column's order is controlled.
 * The lifecycle field (`stateField`) shows as a coloured tag, so a list reads at a glance.
 */
export function useRecordColumns(entityKey: string, fields: FieldDef[], sort: string, stateField?: FieldOf<'single_select'>): TableColumnsType<RecordDto> {
  const label = useLabel();
  const format = useFieldFormatter();
  return useMemo(() => {
    const primary = primarySort(sort);
    return fields.map((field, index) => ({
      key: field.id,
      dataIndex: field.id,
      title: label(field.label),
      sorter: field.type !== 'multi_select' && field.type !== 'child_table',
      sortOrder: primary?.field === field.id ? primary.order : null,
      ellipsis: field.type === 'long_text',
      align: field.type === 'money' || field.type === 'number' ? ('right' as const) : undefined,
      render: (value: unknown, record: RecordDto) => {
        const shown = field.id === stateField?.id ? <StateTag field={stateField} value={value} /> : format(field, value, record);
        if (index > 0) return shown;
        // The first column links to the record, so keyboard users can open it too.
        return <Link href={`/r/${entityKey}/${record.id}`}>{shown === EMPTY_VALUE ? record.id.slice(0, 8) : shown}</Link>;
      },
    }));
  }, [entityKey, fields, sort, stateField, label, format]);
}
