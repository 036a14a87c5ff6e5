import { Input } from 'antd';
import { status, type WidgetProps } from './widget-props';

export function LongTextWidget({ id, field, value, onChange, onBlur, disabled, invalid, ariaLabel, placeholder }: WidgetProps<'long_text', string>) {
  return (
    <Input.TextArea
      id={id}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      disabled={disabled}
      status={status(invalid)}
      aria-label={ariaLabel}
      placeholder={placeholder}
      maxLength={field.maxLength}
      autoSize={{ minRows: 3, maxRows: 12 }}
    />
  );
}
