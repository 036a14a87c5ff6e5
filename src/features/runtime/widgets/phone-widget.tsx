import { Input } from 'antd';
import { status, type WidgetProps } from './widget-props';

export function PhoneWidget({ id, value, onChange, onBlur, disabled, invalid, ariaLabel }: WidgetProps<'phone', string>) {
  return (
    <Input
      id={id}
      type="tel"
      inputMode="tel"
      autoComplete="tel"
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      disabled={disabled}
      status={status(invalid)}
      aria-label={ariaLabel}
    />
  );
}
