import { Input } from 'antd';
import { status, type WidgetProps } from './widget-props';

/** Browser hints per field type: the right keyboard on phones and autofill on desktops. */
const INPUT_HINTS = {
  text: {},
  email: { type: 'email', inputMode: 'email', autoComplete: 'email' },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
} as const;

export function TextWidget({ id, field, value, onChange, onBlur, disabled, invalid, ariaLabel, placeholder }: WidgetProps<'text' | 'email' | 'phone', string>) {
  return (
    <Input
      id={id}
      {...INPUT_HINTS[field.type]}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      disabled={disabled}
      status={status(invalid)}
      aria-label={ariaLabel}
      placeholder={placeholder}
      maxLength={field.type === 'text' ? field.maxLength : undefined}
    />
  );
}
