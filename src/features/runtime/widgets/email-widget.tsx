import { Input } from 'antd';
import { status, type WidgetProps } from './widget-props';

export function EmailWidget({ id, value, onChange, onBlur, disabled, invalid, ariaLabel }: WidgetProps<'email', string>) {
  return (
    <Input
      id={id}
      type="email"
      inputMode="email"
      autoComplete="email"
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      disabled={disabled}
      status={status(invalid)}
      aria-label={ariaLabel}
    />
  );
}
