import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { status, type WidgetProps } from './widget-props';

/** Shown in the user's zone, stored as an ISO instant so every zone reads the same moment. */
export function DatetimeWidget({ id, value, onChange, onBlur, disabled, invalid, ariaLabel, placeholder }: WidgetProps<'datetime', string>) {
  return (
    <DatePicker
      id={id}
      showTime
      format="YYYY-MM-DD HH:mm:ss"
      value={value ? dayjs(value) : null}
      onChange={(date) => onChange(date ? date.toISOString() : null)}
      onBlur={onBlur}
      disabled={disabled}
      status={status(invalid)}
      aria-label={ariaLabel}
      placeholder={placeholder}
      style={{ width: '100%' }}
    />
  );
}
