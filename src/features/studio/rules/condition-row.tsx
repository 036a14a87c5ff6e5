'use client';

import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import type { FieldDef } from '@/engine/metadata/field';
import { conditionValueType, operatorLabel, operatorsFor, withField, withOperator, withValue, type Condition, type ConditionOperator } from '@/engine/rules/builder';
import { useLabel } from '@/features/runtime/use-label';
import { ConditionValueInput } from './condition-value-input';
import { pathNumber, pathSuffix } from './rule-paths';

type Props = {
  condition: Condition;
  path: readonly number[];
  fields: FieldDef[];
  /** Prefix of element ids, unique on the page. */
  idBase: string;
  incomplete: boolean;
  /** False for the only condition of a rule that must have one. */
  removable: boolean;
  onChange: (condition: Condition, typing?: boolean) => void;
  onRemove: () => void;
};

export function ConditionRow({ condition, path, fields, idBase, incomplete, removable, onChange, onRemove }: Props) {
  const t = useTranslations('studio.rules');
  const locale = useLocale();
  const label = useLabel();
  const suffix = pathSuffix(path);
  const number = pathNumber(path);
  const field = fields.find((candidate) => candidate.id === condition.field);
  const fieldOptions = fields.map((candidate) => ({ value: candidate.id, label: label(candidate.label) || candidate.id }));
  // A field missing from the list (removed since) still shows its key rather than an empty picker.
  if (!field) fieldOptions.push({ value: condition.field, label: condition.field });
  const operators = field ? operatorsFor(field) : [condition.operator];
  const type = field ? conditionValueType(field) : null;

  return (
    <Flex gap={8} wrap align="center" role="group" aria-label={t('condition', { index: number })} data-testid={`rule-condition${suffix}`}>
      <Select<string>
        id={`${idBase}-field${suffix}`}
        data-testid={`rule-field${suffix}`}
        aria-label={t('fieldOf', { index: number })}
        showSearch={{ optionFilterProp: 'label' }}
        value={condition.field}
        options={fieldOptions}
        onChange={(id) => {
          const next = fields.find((candidate) => candidate.id === id);
          if (next) onChange(withField(condition, field, next));
        }}
        style={{ minWidth: 160, flex: 1 }}
      />
      <Select<ConditionOperator>
        id={`${idBase}-operator${suffix}`}
        data-testid={`rule-operator${suffix}`}
        aria-label={t('operatorOf', { index: number })}
        showSearch={{ optionFilterProp: 'label' }}
        value={condition.operator}
        options={operators.map((operator) => ({ value: operator, label: operatorLabel(operator, type, locale) }))}
        onChange={(operator) => field && onChange(withOperator(condition, field, operator))}
        style={{ minWidth: 140 }}
      />
      {field && (
        <ConditionValueInput
          field={field}
          operator={condition.operator}
          value={condition.value}
          id={`${idBase}-value${suffix}`}
          testId={`rule-value${suffix}`}
          ariaLabel={t('valueOf', { index: number })}
          invalid={incomplete}
          onChange={(value, typing) => onChange(withValue(condition, value), typing)}
        />
      )}
      <Button
        type="text"
        icon={<DeleteOutlined />}
        aria-label={t('removeCondition', { index: number })}
        title={t('removeCondition', { index: number })}
        data-testid={`rule-remove${suffix}`}
        disabled={!removable}
        onClick={onRemove}
      />
    </Flex>
  );
}
