'use client';

import { Alert, Flex, Form } from 'antd';
import { useTranslations } from 'next-intl';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import type { FieldOf } from '@/engine/metadata/field';
import { ChildTableView } from '../record-detail/record-sections';
import { useLabel } from '../use-label';

/**
 * Lines the server refuses to change (409) while their stock is reserved or shipped: shown, not
 * edited. Changing them means cancelling the record and entering a new one.
 */
export function FrozenChildTable({ field, view, record }: { field: FieldOf<'child_table'>; view: EntityView; record: RecordDto }) {
  const t = useTranslations('form');
  const label = useLabel();
  const rows = Array.isArray(record[field.id]) ? (record[field.id] as RecordDto[]) : [];
  return (
    <Form.Item label={label(field.label)}>
      <Flex vertical gap={8} data-testid={`frozen-${field.id}`}>
        <Alert type="info" showIcon title={t('linesLocked')} />
        <ChildTableView field={field} view={view} rows={rows} showTitle={false} />
      </Flex>
    </Form.Item>
  );
}
