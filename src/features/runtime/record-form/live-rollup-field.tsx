'use client';

import { Form } from 'antd';
import type { EntityView } from '@/engine/contract/api-types';
import type { FieldOf } from '@/engine/metadata/field';
import { useLabel } from '../use-label';
import { ComputedWidget } from '../widgets/computed-widget';
import { liveRollup } from './live-values';
import { useLiveRows } from './use-live-rows';

const ignore = () => undefined;

/** A rollup (order total) shown as the lines are typed; the server computes the stored value on save. */
export function LiveRollupField({ field, view }: { field: FieldOf<'rollup'>; view: EntityView }) {
  const label = useLabel();
  const rows = useLiveRows(view, field.child);
  const id = `field-${field.id}`;
  return (
    <Form.Item label={label(field.label)} htmlFor={id} extra={field.help ? label(field.help) : undefined}>
      <ComputedWidget id={id} field={field} value={liveRollup(field, rows)} onChange={ignore} />
    </Form.Item>
  );
}
