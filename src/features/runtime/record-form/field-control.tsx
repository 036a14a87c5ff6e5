'use client';

import { Form } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { get, useController, useFormContext, useFormState, type FieldError } from 'react-hook-form';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { hasFieldRules } from '@/engine/forms/field-logic';
import { validationDependents } from '@/engine/forms/rule-inputs';
import { useLabel } from '../use-label';
import { FieldWidget } from '../widgets/field-widget';
import type { RelationExtras } from '../widgets/relation-select';
import { useFieldLogic, usePlainFieldLogic, type FieldLogic } from './form-logic-context';
import type { FormValues } from './form-values';
import { useFieldCheck } from './use-field-check';

type Props = {
  field: FieldDef;
  /** react-hook-form path: `customer`, or `lines.0.qty` inside a child table. */
  name: string;
  id: string;
  target?: EntityDef;
  displayLabel?: string | null;
  /** Inside a table cell the column header is the label; the input gets an aria-label instead. */
  ariaLabel?: string;
  compact?: boolean;
  relation?: RelationExtras;
  /** Shown under the input instead of the help text (e.g. the quantity still available). */
  hint?: ReactNode;
};

/**
 * One field bound to react-hook-form, with its label, required mark, help text and error message.
 * Nothing is rendered while the field's rules hide it; it re-renders only for its own value and
 * the fields its rules read. A field no rule concerns follows no other input at all.
 */
export function FieldControl(props: Props) {
  return hasFieldRules(props.field) ? <RuledFieldControl {...props} /> : <PlainFieldControl {...props} />;
}

function RuledFieldControl(props: Props) {
  const logic = useFieldLogic(props.field, props.name);
  return <ShownField {...props} logic={logic} />;
}

function PlainFieldControl(props: Props) {
  const logic = usePlainFieldLogic(props.field, props.name);
  return <ShownField {...props} logic={logic} />;
}

/** A hidden field's errors are not reported: nobody could act on them. */
export function useDropHiddenErrors(name: string, visible: boolean): void {
  const { clearErrors, getFieldState } = useFormContext<FormValues>();
  useEffect(() => {
    if (!visible && getFieldState(name as never).invalid) clearErrors(name as never);
  }, [visible, name, clearErrors, getFieldState]);
}

function ShownField(props: Props & { logic: FieldLogic }) {
  useDropHiddenErrors(props.name, props.logic.visible);
  return props.logic.visible ? <BoundField {...props} /> : null;
}

/**
 * The field's frame: label, required mark, help or hint, error message. It follows only the
 * field's error, so typing re-renders the input inside it, not the frame.
 */
function BoundField(props: Props & { logic: FieldLogic }) {
  const { field, name, id, compact, hint, logic } = props;
  const label = useLabel();
  const form = useFormContext<FormValues>();
  const { required, options } = logic;
  // Only `errors` is read, so dirty and touched changes (the first keystroke) do not render the frame.
  const { errors } = useFormState<FormValues>({ name, exact: true });
  const error = get(errors, name) as FieldError | undefined;

  // When a rule changes what is required or offered, an error shown for the old state is checked again.
  const ruleState = `${required}|${options?.map((option) => option.value).join(',') ?? ''}`;
  const lastRuleState = useRef(ruleState);
  const errorType = error?.type;
  useEffect(() => {
    if (lastRuleState.current === ruleState) return;
    lastRuleState.current = ruleState;
    if (errorType && errorType !== 'server') void form.trigger(name);
  }, [ruleState, errorType, form, name]);

  return (
    <Form.Item
      label={compact ? undefined : label(field.label)}
      htmlFor={id}
      required={required}
      validateStatus={error ? 'error' : undefined}
      help={error?.message}
      extra={hint ?? (!compact && field.help ? label(field.help) : undefined)}
      style={compact ? { marginBottom: 0 } : undefined}
    >
      <BoundInput {...props} />
    </Form.Item>
  );
}

/** The input bound to react-hook-form with the field's checks: the part that renders as one types. */
function BoundInput({ field, name, id, target, displayLabel, ariaLabel, relation, logic }: Props & { logic: FieldLogic }) {
  const label = useLabel();
  const form = useFormContext<FormValues>();
  const { options, relationFilter, scope } = logic;
  const validate = useFieldCheck(field, logic);
  const { field: input, fieldState } = useController({ control: form.control, name, rules: validate ? { validate } : undefined });
  // What react-hook-form focuses for a failed submit (the first invalid field) or a server error
  // set with shouldFocus. The widgets forward no ref, so the input is found by its id.
  const { ref } = input;
  useEffect(() => {
    ref({ focus: () => document.getElementById(id)?.focus() });
  }, [ref, id]);

  /** Validation messages shown next to other fields that read this one are checked again. */
  function recheckDependents() {
    const dependents = scope ? validationDependents(scope.entity).get(field.id) : undefined;
    if (!dependents || !scope) return;
    const submitted = form.formState.isSubmitted;
    const names = dependents.map((dependent) => `${scope.prefix}${dependent}`).filter((path) => submitted || form.getFieldState(path).isTouched || form.getFieldState(path).invalid);
    if (names.length) void form.trigger(names);
  }

  return (
    <FieldWidget
      id={id}
      field={field}
      value={input.value}
      onChange={(value) => {
        input.onChange(value);
        recheckDependents();
      }}
      onBlur={() => {
        input.onBlur();
        recheckDependents();
      }}
      invalid={!!fieldState.error}
      ariaLabel={ariaLabel}
      placeholder={field.placeholder ? label(field.placeholder) : undefined}
      options={options}
      target={target}
      displayLabel={displayLabel}
      relation={relationFilter ? { ...relation, filter: relationFilter } : relation}
    />
  );
}
