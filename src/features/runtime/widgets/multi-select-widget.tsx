import { Select } from 'antd';
import { useLabel } from '../use-label';
import { status, type WidgetProps } from './widget-props';

export function MultiSelectWidget({ id, field, value, onChange, onBlur, disabled, invalid, ariaLabel }: WidgetProps<'multi_select', string[]>) {
  const label = useLabel();
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? []}
      onChange={(next) => onChange(next)}
      onBlur={onBlur}
      disabled={disabled}
      status={status(invalid)}
      aria-label={ariaLabel}
      options={field.options.map((option) => ({ value: option.value, label: label(option.label) }))}
      style={{ width: '100%' }}
    />
  );
}
