'use client';

import { DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslations } from 'next-intl';
import type { DateRangeInput, DayRange } from '@/engine/dashboard';
import { RANGE_PRESETS } from './dashboard-query';

type Props = {
  /** What the viewer picked; null = the dashboard's default. */
  value: DateRangeInput | null;
  fallback: DateRangeInput | undefined;
  /** The days the server resolved the choice to, shown in the calendar fields. */
  shown: DayRange | null;
  onChange: (range: DateRangeInput) => void;
};

/** A preset (the server resolves it in the business time zone) or two days picked in the calendar. */
export function RangePicker({ value, fallback, shown, onChange }: Props) {
  const t = useTranslations('dashboards.range');
  const preset = (value ?? fallback)?.preset ?? 'custom';
  const days = value?.preset === 'custom' ? value : shown;
  return (
    <Space.Compact>
      <Select
        aria-label={t('label')}
        value={preset}
        onChange={(next) => (next === 'custom' ? days && onChange({ preset: 'custom', from: days.from, to: days.to }) : onChange({ preset: next }))}
        options={[...RANGE_PRESETS, 'custom' as const].map((key) => ({ value: key, label: t(key) }))}
        style={{ width: 128 }}
        data-testid="dashboard-preset"
      />
      <DatePicker.RangePicker
        aria-label={t('label')}
        allowClear={false}
        value={days ? [dayjs(days.from), dayjs(days.to)] : null}
        onChange={(dates) => {
          if (dates?.[0] && dates[1]) onChange({ preset: 'custom', from: dates[0].format('YYYY-MM-DD'), to: dates[1].format('YYYY-MM-DD') });
        }}
        data-testid="dashboard-range"
      />
    </Space.Compact>
  );
}
