'use client';

import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Tag, Tooltip, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { FieldDef } from '@/engine/metadata/field';
import { useLabel } from '@/features/runtime/use-label';
import type { PropertyProblem } from './properties/field-problems';
import { useProblemText } from './properties/problem-text';
import { ConditionBuilder } from './rules/condition-builder';
import { addOption, moveOption, OPTION_COLORS, removeOption, replaceOption, type SelectOption } from './properties/select-options';

type Props = {
  fieldId: string;
  options: SelectOption[];
  /** Values published records may hold: they can be relabelled and moved, not renamed or deleted. */
  lockedValues: Set<string>;
  problems: PropertyProblem[];
  /** Fields an option's "show only when" condition may read (option lists filtered by another field). */
  ruleFields: FieldDef[];
  onChange: (options: SelectOption[], coalesceKey?: string) => void;
};

type Focus = { index: number; button: 'up' | 'down' };

export function OptionsEditor({ fieldId, options, lockedValues, problems, ruleFields, onChange }: Props) {
  const t = useTranslations('studio');
  const label = useLabel();
  const problemText = useProblemText();
  const buttons = useRef(new Map<string, HTMLElement | null>());
  // After a move the option sits at a new index: keep the keyboard on its button so repeated presses
  // keep moving it. Applied after the render that shows the moved option.
  const pendingFocus = useRef<Focus | null>(null);
  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    const preferred = buttons.current.get(`${focus.index}:${focus.button}`);
    const other = buttons.current.get(`${focus.index}:${focus.button === 'up' ? 'down' : 'up'}`);
    (preferred && !preferred.matches(':disabled') ? preferred : other)?.focus();
  });

  const set = (index: number, option: SelectOption, part: string) => onChange(replaceOption(options, index, option), `${fieldId}:option:${index}:${part}`);
  const move = (index: number, delta: -1 | 1) => {
    onChange(moveOption(options, index, delta));
    pendingFocus.current = { index: index + delta, button: delta < 0 ? 'up' : 'down' };
  };
  const problemsAt = (index: number, part: string) => problems.filter((problem) => problem.property === `options.${index}.${part}`);

  return (
    <Flex vertical gap={8} data-testid="property-options">
      {options.map((option, index) => {
        const name = label(option.label) || option.value || t('fieldProps.optionNumber', { n: index + 1 });
        const locked = lockedValues.has(option.value);
        const valueProblems = problemsAt(index, 'value');
        const labelProblems = problemsAt(index, 'labelZh');
        const rowProblems = [...valueProblems, ...labelProblems];
        return (
          <Flex
            key={index}
            vertical
            gap={4}
            role="group"
            aria-label={t('fieldProps.optionNumber', { n: index + 1 })}
            data-testid={`property-option-${index}`}
            style={{ padding: 8, border: '1px solid rgba(5, 5, 5, 0.06)', borderRadius: 6 }}
          >
            <Flex gap={4} align="center">
              <Input
                aria-label={t('optionValue')}
                placeholder={t('optionValue')}
                data-testid={`property-option-value-${index}`}
                disabled={locked}
                status={valueProblems.length > 0 ? 'error' : undefined}
                suffix={
                  locked ? (
                    <Tooltip title={t('fieldProps.optionLocked')}>
                      <LockOutlined aria-label={t('fieldProps.optionLocked')} />
                    </Tooltip>
                  ) : undefined
                }
                value={option.value}
                onChange={(event) => set(index, { ...option, value: event.target.value }, 'value')}
              />
              <Select
                aria-label={t('fieldProps.optionColor')}
                data-testid={`property-option-color-${index}`}
                style={{ minWidth: 110 }}
                value={option.color ?? ''}
                options={colorChoices(option.color).map((color) => ({
                  value: color,
                  label: color ? <Tag color={color}>{OPTION_COLORS.includes(color as never) ? t(`fieldProps.colors.${color as (typeof OPTION_COLORS)[number]}`) : color}</Tag> : t('fieldProps.colors.none'),
                }))}
                onChange={(color: string) => onChange(replaceOption(options, index, withColor(option, color)))}
              />
              <Button
                ref={(element) => {
                  buttons.current.set(`${index}:up`, element);
                }}
                aria-label={t('fieldProps.optionMoveUp', { name })}
                icon={<ArrowUpOutlined />}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              />
              <Button
                ref={(element) => {
                  buttons.current.set(`${index}:down`, element);
                }}
                aria-label={t('fieldProps.optionMoveDown', { name })}
                icon={<ArrowDownOutlined />}
                disabled={index === options.length - 1}
                onClick={() => move(index, 1)}
              />
              <Tooltip title={locked ? t('fieldProps.optionLocked') : undefined}>
                <Button
                  aria-label={t('fieldProps.optionRemove', { name })}
                  data-testid={`property-option-remove-${index}`}
                  icon={<DeleteOutlined />}
                  disabled={options.length <= 1 || locked}
                  onClick={() => onChange(removeOption(options, index))}
                />
              </Tooltip>
            </Flex>
            <Flex gap={4}>
              <Input
                aria-label={t('optionLabel')}
                placeholder={t('optionLabel')}
                data-testid={`property-option-label-zh-${index}`}
                maxLength={200}
                status={labelProblems.length > 0 ? 'error' : undefined}
                value={option.label['zh-CN']}
                onChange={(event) => set(index, { ...option, label: { ...option.label, 'zh-CN': event.target.value } }, 'labelZh')}
              />
              <Input
                aria-label={t('fieldProps.optionLabelEn')}
                placeholder={t('fieldProps.optionLabelEn')}
                data-testid={`property-option-label-en-${index}`}
                maxLength={200}
                value={option.label.en ?? ''}
                onChange={(event) => set(index, { ...option, label: { ...option.label, en: event.target.value || undefined } }, 'labelEn')}
              />
            </Flex>
            <OptionCondition
              id={`option-${index}-when`}
              option={option}
              fields={ruleFields}
              onChange={(next, part) => set(index, next, part)}
            />
            {rowProblems.length > 0 && (
              <div role="alert">
                {rowProblems.map((problem) => (
                  <Typography.Text key={problem.code} type="danger" style={{ display: 'block', fontSize: 12 }}>
                    {problemText(problem)}
                  </Typography.Text>
                ))}
              </div>
            )}
          </Flex>
        );
      })}
      {options.some((option) => lockedValues.has(option.value)) && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <LockOutlined /> {t('fieldProps.optionLocked')}
        </Typography.Text>
      )}
      <Button icon={<PlusOutlined />} data-testid="property-option-add" onClick={() => onChange(addOption(options))}>
        {t('addOption')}
      </Button>
    </Flex>
  );
}

/** The preset colours, plus one set in the JSON that is not among them so it is not lost from view. */
function colorChoices(current: string | undefined): string[] {
  const presets: string[] = ['', ...OPTION_COLORS];
  return current && !presets.includes(current) ? [...presets, current] : presets;
}

function withColor(option: SelectOption, color: string): SelectOption {
  const { color: _previous, ...rest } = option;
  return color ? { ...rest, color } : rest;
}

/** "Show only when": the option is offered only while its condition holds, e.g. a city list narrowed by the province. */
function OptionCondition({ id, option, fields, onChange }: { id: string; option: SelectOption; fields: FieldDef[]; onChange: (option: SelectOption, part: string) => void }) {
  const t = useTranslations('studio');
  const [open, setOpen] = useState(option.visibleWhen !== undefined);
  if (!open) {
    return (
      <Button type="link" size="small" style={{ alignSelf: 'flex-start', padding: 0 }} onClick={() => setOpen(true)} data-testid={`${id}-open`}>
        {t('fieldProps.optionCondition')}
      </Button>
    );
  }
  return (
    <Flex vertical gap={4} role="group" aria-label={t('fieldProps.optionCondition')}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('fieldProps.optionCondition')}
      </Typography.Text>
      <ConditionBuilder
        id={id}
        fields={fields}
        value={option.visibleWhen}
        emptyText={t('fieldProps.optionAlways')}
        onChange={(rule, coalesceKey) => {
          const { visibleWhen: _previous, ...rest } = option;
          onChange(rule === undefined ? rest : { ...rest, visibleWhen: rule }, `when:${coalesceKey ?? ''}`);
        }}
      />
    </Flex>
  );
}
