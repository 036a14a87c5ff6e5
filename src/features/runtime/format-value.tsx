'use client';

import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, type ReactNode } from 'react';
import type { RecordDto } from '@/engine/contract/api-types';
import type { FieldDef } from '@/engine/metadata/field';
import { labelText, type Locale } from '@/engine/metadata/keys';
import { formatDecimal } from './decimal';

type Context = { locale: Locale; yes: string; no: string };

export const EMPTY_VALUE = '-';

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function optionTag(field: Extract<FieldDef, { type: 'single_select' | 'multi_select' }>, value: string, locale: Locale): ReactNode {
  const option = field.options.find((candidate) => candidate.value === value);
  const text = option ? labelText(option.label, locale) : value;
  return option?.color ? <Tag key={value} color={option.color}>{text}</Tag> : text;
}

/** One field value as people read it; `record` supplies relation titles from `_display`. */
export function formatFieldValue(field: FieldDef, value: unknown, record: Pick<RecordDto, '_display'> | undefined, ctx: Context): ReactNode {
  if (field.type === 'relation') return record?._display?.[field.id] ?? (isEmpty(value) ? EMPTY_VALUE : String(value));
  if (isEmpty(value)) return EMPTY_VALUE;
  const kind = field.type === 'formula' || field.type === 'rollup' ? field.resultType : field.type;
  switch (kind) {
    case 'money':
      return formatDecimal(value, 2);
    case 'number':
      if (field.type === 'number') return formatDecimal(value, field.integer ? undefined : field.scale);
      return formatDecimal(value, field.type === 'formula' || field.type === 'rollup' ? field.scale : undefined);
    case 'boolean':
      return value === true || value === 'true' ? ctx.yes : ctx.no;
    case 'datetime':
      return dayjs(String(value)).isValid() ? dayjs(String(value)).format('YYYY-MM-DD HH:mm:ss') : String(value);
    case 'single_select':
      return field.type === 'single_select' ? optionTag(field, String(value), ctx.locale) : String(value);
    case 'multi_select':
      if (field.type !== 'multi_select' || !Array.isArray(value)) return String(value);
      if (field.options.some((option) => option.color)) return <>{value.map((item) => optionTag(field, String(item), ctx.locale))}</>;
      return value.map((item) => optionTag(field, String(item), ctx.locale)).join(', ');
    case 'child_table':
      return Array.isArray(value) ? String(value.length) : EMPTY_VALUE;
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

export function useFieldFormatter(): (field: FieldDef, value: unknown, record?: Pick<RecordDto, '_display'>) => ReactNode {
  const locale = useLocale();
  const t = useTranslations('common');
  const yes = t('yes');
  const no = t('no');
  return useCallback((field, value, record) => formatFieldValue(field, value, record, { locale, yes, no }), [locale, yes, no]);
}
