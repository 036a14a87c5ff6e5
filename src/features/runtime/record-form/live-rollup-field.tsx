'use client';

import { Form } from 'antd';
import type { EntityView } from '@/engine/contract/api-types';
import type { FieldOf } from '@/engine/metadata/field';
import { useLabel } from '../use-label';
import { ComputedWidget } from '../widgets/computed-widget';
import { liveRollup } from './live-values';
import { useLiveRowsValue } from './use-live-rows';

const ignore = () => undefined;

type Props = { field: FieldOf<'rollup'>; view: EntityView };

/** The value alone follows the lines, so a keystroke in a line does not render the label around it. */
function LiveRollupValue({ field, view, id }: Props & { id: string }) {
  const value = useLiveRowsValue(view, field.child, (rows) => liveRollup(field, rows));
  return <ComputedWidget id={id} field={field} value={value} onChange={ignore} />;
}

/** A rollup (order total) shown as the lines are typed; the server computes the stored value on save. */
export function LiveRollupField({ field, view }: Props) {
  const label = useLabel();
  const id = `field-${field.id}`;
  return (
    <Form.Item label={label(field.label)} htmlFor={id} extra={field.help ? label(field.help) : undefined}>
      <LiveRollupValue field={field} view={view} id={id} />
    </Form.Item>
  );
}
