import { InputNumber } from 'antd';
import { status, type WidgetProps } from './widget-props';

/** Integers travel as numbers; decimals as exact strings (stringMode), matching the API's record shape. */
export function NumberWidget({ id, field, value, onChange, onBlur, disabled, invalid, ariaLabel, placeholder }: WidgetProps<'number', number | string>) {
  const common = { id, onBlur, disabled, status: status(invalid), 'aria-label': ariaLabel, placeholder, min: field.min, max: field.max, style: { width: '100%' } };
  if (field.integer) {
    return <InputNumber<number> {...common} precision={0} value={value === null || value === undefined || value === '' ? null : Number(value)} onChange={(next) => onChange(next)} />;
  }
  return (
    <InputNumber<string>
      {...common}
      stringMode
      precision={field.scale}
      min={field.min === undefined ? undefined : String(field.min)}
      max={field.max === undefined ? undefined : String(field.max)}
      value={value === null || value === undefined ? null : String(value)}
      onChange={(next) => onChange(next === '' ? null : next)}
    />
  );
}
