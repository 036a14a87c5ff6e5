'use client';

import { Tag } from 'antd';
import type { FieldOf } from '@/engine/metadata/field';
import { EMPTY_VALUE } from '../format-value';
import { useLabel } from '../use-label';
import { stateColor } from './state-meta';

/** A lifecycle state as a coloured tag, in lists, on the detail page and in the edit form. */
export function StateTag({ field, value, testId }: { field: FieldOf<'single_select'>; value: unknown; testId?: string }) {
  const label = useLabel();
  if (value === null || value === undefined || value === '') return <>{EMPTY_VALUE}</>;
  const option = field.options.find((candidate) => candidate.value === value);
  return (
    <Tag color={stateColor(field, value)} data-testid={testId} data-state={String(value)} style={{ marginInlineEnd: 0 }}>
      {option ? label(option.label) : String(value)}
    </Tag>
  );
}
