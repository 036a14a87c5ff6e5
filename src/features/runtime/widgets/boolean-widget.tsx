import { Switch } from 'antd';
import type { WidgetProps } from './widget-props';

export function BooleanWidget({ id, value, onChange, disabled, ariaLabel }: WidgetProps<'boolean', boolean>) {
  return <Switch id={id} checked={value === true} onChange={(checked) => onChange(checked)} disabled={disabled} aria-label={ariaLabel} />;
}
