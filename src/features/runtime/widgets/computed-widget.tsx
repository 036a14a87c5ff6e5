import { Input } from 'antd';
import { useTranslations } from 'next-intl';
import { useFieldFormatter, EMPTY_VALUE } from '../format-value';
import type { AnyWidgetProps } from './widget-props';

/** auto_number and formula values come from the server on save; the form only shows them. */
export function ComputedWidget({ id, field, value, ariaLabel }: AnyWidgetProps) {
  const t = useTranslations('widgets');
  const format = useFieldFormatter();
  const shown = value === null || value === undefined || value === '' ? '' : format(field, value);
  return (
    <Input
      id={id}
      readOnly
      variant="filled"
      aria-label={ariaLabel}
      aria-readonly
      value={typeof shown === 'string' && shown !== EMPTY_VALUE ? shown : ''}
      placeholder={t('computed')}
    />
  );
}
