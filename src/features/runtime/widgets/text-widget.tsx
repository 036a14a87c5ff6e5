import { Input } from 'antd';
import { status, type WidgetProps } from './widget-props';

export function TextWidget({ id, field, value, onChange, onBlur, disabled, invalid, ariaLabel }: WidgetProps<'text', string>) {
  return (
    <Input
      id={id}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      disabled={disabled}
      status={status(invalid)}
      aria-label={ariaLabel}
      maxLength={field.maxLength}
    />
  );
}
