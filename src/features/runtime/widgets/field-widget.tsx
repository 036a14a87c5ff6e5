import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import { isComputed } from '@/engine/metadata/field';
import { BooleanWidget } from './boolean-widget';
import { ComputedWidget } from './computed-widget';
import { DateWidget } from './date-widget';
import { DatetimeWidget } from './datetime-widget';
import { LongTextWidget } from './long-text-widget';
import { MoneyWidget } from './money-widget';
import { MultiSelectWidget } from './multi-select-widget';
import { NumberWidget } from './number-widget';
import { RelationWidget } from './relation-widget';
import { SingleSelectWidget } from './single-select-widget';
import { TextWidget } from './text-widget';
import type { AnyWidgetProps, WidgetProps } from './widget-props';

// Values arrive untyped from react-hook-form; each widget normalises what it is given.
function as<T extends FieldDef['type'], V>(props: AnyWidgetProps, field: FieldOf<T>): WidgetProps<T, V> {
  return { ...props, field, value: props.value as V | null | undefined, onChange: props.onChange as (value: V | null) => void };
}

/** The input for one field, chosen by its type. Child tables are rendered by the form, not here. */
export function FieldWidget(props: AnyWidgetProps) {
  const { field } = props;
  if (isComputed(field)) return <ComputedWidget {...props} />;
  switch (field.type) {
    case 'text': return <TextWidget {...as<'text', string>(props, field)} />;
    case 'long_text': return <LongTextWidget {...as<'long_text', string>(props, field)} />;
    case 'number': return <NumberWidget {...as<'number', number | string>(props, field)} />;
    case 'money': return <MoneyWidget {...as<'money', string>(props, field)} />;
    case 'date': return <DateWidget {...as<'date', string>(props, field)} />;
    case 'datetime': return <DatetimeWidget {...as<'datetime', string>(props, field)} />;
    case 'boolean': return <BooleanWidget {...as<'boolean', boolean>(props, field)} />;
    case 'single_select': return <SingleSelectWidget {...as<'single_select', string>(props, field)} />;
    case 'multi_select': return <MultiSelectWidget {...as<'multi_select', string[]>(props, field)} />;
    case 'email': return <TextWidget {...as<'email', string>(props, field)} />;
    case 'phone': return <TextWidget {...as<'phone', string>(props, field)} />;
    case 'relation': return <RelationWidget {...as<'relation', string>(props, field)} />;
    default: return null;
  }
}
