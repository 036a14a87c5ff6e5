'use client';

import { DatePicker, InputNumber, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';

type Range = [unknown, unknown];
type RangeProps = { id?: string; value?: Range; onChange?: (value: Range) => void; label: string; 'data-testid'?: string };

/** A from–to pair of numbers; either end may stay empty. */
export function NumberRange({ id, value, onChange, label, 'data-testid': testId }: RangeProps) {
  const t = useTranslations('filter');
  const [from, to] = value ?? [undefined, undefined];
  const toNumber = (raw: unknown) => (raw === undefined || raw === null || raw === '' ? null : Number(raw));
  return (
    <Space.Compact block data-testid={testId} role="group" aria-label={label}>
      <InputNumber id={id} aria-label={`${label} ${t('from')}`} placeholder={t('from')} value={toNumber(from)} onChange={(next) => onChange?.([next ?? undefined, to])} style={{ width: '50%' }} />
      <InputNumber aria-label={`${label} ${t('to')}`} placeholder={t('to')} value={toNumber(to)} onChange={(next) => onChange?.([from, next ?? undefined])} style={{ width: '50%' }} />
    </Space.Compact>
  );
}

/** A from–to pair of days as 'YYYY-MM-DD' strings, the shape the filter spec and the URL keep. */
export function DateRange({ id, value, onChange, label, 'data-testid': testId }: RangeProps) {
  const [from, to] = value ?? [undefined, undefined];
  const toDay = (raw: unknown) => (typeof raw === 'string' && raw ? dayjs(raw) : null);
  return (
    <DatePicker.RangePicker
      id={id}
      data-testid={testId}
      aria-label={label}
      allowEmpty={[true, true]}
      value={[toDay(from), toDay(to)]}
      onChange={(dates) => onChange?.([dates?.[0]?.format('YYYY-MM-DD'), dates?.[1]?.format('YYYY-MM-DD')])}
      style={{ width: '100%' }}
    />
  );
}
