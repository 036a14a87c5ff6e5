'use client';

import { Flex, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { Fragment } from 'react';
import type { RecordDto } from '@/engine/contract/api-types';
import type { FieldDef } from '@/engine/metadata/field';
import { EMPTY_VALUE, useFieldFormatter } from '../format-value';
import { useLabel } from '../use-label';

type Props = {
  title: string;
  record: RecordDto | undefined;
  /** Shown as bare values (phone, SKU): they explain themselves. */
  plain: FieldDef[];
  /** Shown with their label (unit price 168.00): a bare number would be ambiguous. */
  labelled: FieldDef[];
  /** Quantity that may still be reserved; undefined when the option has no stock to show. */
  available?: number;
};

/** One option of a relation picker: the title, a line of details, and a stock badge when known. */
export function RelationOption({ title, record, plain, labelled, available }: Props) {
  const t = useTranslations('stock');
  const label = useLabel();
  const format = useFieldFormatter();
  const details = [
    ...plain.map((field) => ({ field, text: record ? format(field, record[field.id], record) : EMPTY_VALUE, named: false })),
    ...labelled.map((field) => ({ field, text: record ? format(field, record[field.id], record) : EMPTY_VALUE, named: true })),
  ].filter((detail) => detail.text !== EMPTY_VALUE);
  return (
    <Flex justify="space-between" align="center" gap={8}>
      <Flex vertical style={{ minWidth: 0 }}>
        <span>{title}</span>
        {details.length > 0 && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {details.map((detail, index) => (
              <Fragment key={detail.field.id}>
                {index > 0 && ' · '}
                {detail.named && `${label(detail.field.label)} `}
                {detail.text}
              </Fragment>
            ))}
          </Typography.Text>
        )}
      </Flex>
      {available !== undefined &&
        (available > 0 ? <Tag style={{ marginInlineEnd: 0 }}>{t('available', { count: available })}</Tag> : <Tag color="red" style={{ marginInlineEnd: 0 }}>{t('outOfStock')}</Tag>)}
    </Flex>
  );
}
