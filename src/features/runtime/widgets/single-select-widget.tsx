import { Select } from 'antd';
import { useTranslations } from 'next-intl';
import { useLabel } from '../use-label';
import { selectItems } from './select-options';
import { status, type WidgetProps } from './widget-props';

export function SingleSelectWidget({ id, field, value, onChange, onBlur, disabled, invalid, ariaLabel, placeholder, options }: WidgetProps<'single_select', string>) {
  const label = useLabel();
  const t = useTranslations('formRules');
  return (
    <Select<string>
      id={id}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? undefined}
      onChange={(next) => onChange(next ?? null)}
      onBlur={onBlur}
      disabled={disabled}
      status={status(invalid)}
      aria-label={ariaLabel}
      placeholder={placeholder}
      options={selectItems(field.options, options, value ? [value] : [], label, (option) => t('unavailableOption', { option }))}
      style={{ width: '100%' }}
    />
  );
}
