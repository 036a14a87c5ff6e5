import { InputNumber } from 'antd';
import { status, type WidgetProps } from './widget-props';

/** Money stays an exact decimal string ("12.50") end to end; floats never touch it. */
export function MoneyWidget({ id, field, value, onChange, onBlur, disabled, invalid, ariaLabel, placeholder }: WidgetProps<'money', string>) {
  return (
    <InputNumber<string>
      id={id}
      stringMode
      precision={2}
      prefix={field.currency}
      min={field.min === undefined ? undefined : String(field.min)}
      max={field.max === undefined ? undefined : String(field.max)}
      value={value === null || value === undefined ? null : String(value)}
      onChange={(next) => onChange(next === '' ? null : next)}
      onBlur={onBlur}
      disabled={disabled}
      status={status(invalid)}
      aria-label={ariaLabel}
      placeholder={placeholder}
      style={{ width: '100%' }}
    />
  );
}
