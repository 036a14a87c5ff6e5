import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { status, type WidgetProps } from './widget-props';

export const DATE_FORMAT = 'YYYY-MM-DD';

export function DateWidget({ id, value, onChange, onBlur, disabled, invalid, ariaLabel, placeholder }: WidgetProps<'date', string>) {
  return (
    <DatePicker
      id={id}
      format={DATE_FORMAT}
      value={value ? dayjs(value, DATE_FORMAT) : null}
      onChange={(date) => onChange(date ? date.format(DATE_FORMAT) : null)}
      onBlur={onBlur}
      disabled={disabled}
      status={status(invalid)}
      aria-label={ariaLabel}
      placeholder={placeholder}
      style={{ width: '100%' }}
    />
  );
}
