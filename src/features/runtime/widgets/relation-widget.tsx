import { RelationSelect } from './relation-select';
import { status, type WidgetProps } from './widget-props';

export function RelationWidget({ id, field, value, onChange, onBlur, disabled, invalid, ariaLabel, placeholder, target, displayLabel, relation }: WidgetProps<'relation', string>) {
  return (
    <RelationSelect
      id={id}
      targetKey={field.entity}
      target={target}
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      displayLabel={displayLabel}
      disabled={disabled}
      status={status(invalid)}
      ariaLabel={ariaLabel}
      placeholder={placeholder}
      {...relation}
    />
  );
}
