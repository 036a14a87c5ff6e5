'use client';

import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useTranslations } from 'next-intl';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import type { FilterCondition } from '@/features/runtime/record-list/filter-spec';
import { useLabel } from '@/features/runtime/use-label';
import { conditionFor, filterOpsFor, withOp } from './schedule-filter';
import { ScheduleFilterValue } from './schedule-filter-value';

type Props = {
  index: number;
  condition: FilterCondition;
  entity: EntityDef | undefined;
  entities: readonly EntityDef[];
  fields: FieldDef[];
  invalid: boolean;
  onChange: (condition: FilterCondition, typing?: boolean) => void;
  onRemove: () => void;
};

/** One condition: field, operator, value. */
export function ScheduleFilterRow({ index, condition, entity, entities, fields, invalid, onChange, onRemove }: Props) {
  const t = useTranslations('workflows.settings.filter');
  const label = useLabel();
  const number = index + 1;
  const field = fields.find((candidate) => candidate.id === condition.field);
  const fieldOptions = fields.map((candidate) => ({ value: candidate.id, label: `${label(candidate.label)} (${candidate.id})` }));
  // A field removed since keeps showing its key rather than an empty picker.
  if (!field) fieldOptions.push({ value: condition.field, label: condition.field });
  const ops = field ? filterOpsFor(entity, field.id) : [condition.op];
  const target = field?.type === 'relation' ? entities.find((candidate) => candidate.key === field.entity) : undefined;
  const id = `wf-filter-${index}`;

  return (
    <Flex gap={8} wrap align="center" role="group" aria-label={t('condition', { number })} data-testid={id}>
      <Select<string>
        id={`${id}-field`}
        data-testid={`${id}-field`}
        aria-label={t('fieldOf', { number })}
        showSearch={{ optionFilterProp: 'label' }}
        value={condition.field}
        status={field ? undefined : 'error'}
        options={fieldOptions}
        onChange={(next) => onChange(conditionFor(entity, next))}
        style={{ minWidth: 180, flex: 1 }}
      />
      <Select<FilterCondition['op']>
        id={`${id}-op`}
        data-testid={`${id}-op`}
        aria-label={t('operatorOf', { number })}
        value={condition.op}
        options={ops.map((op) => ({ value: op, label: t(`ops.${op}`) }))}
        onChange={(op) => onChange(withOp(condition, op))}
        style={{ minWidth: 140 }}
      />
      {field && (
        <ScheduleFilterValue
          field={field}
          condition={condition}
          target={target}
          id={`${id}-value`}
          ariaLabel={t('valueOf', { number })}
          invalid={invalid}
          onChange={(value, typing) => onChange({ ...condition, value }, typing)}
        />
      )}
      <Button type="text" icon={<DeleteOutlined />} aria-label={t('remove', { number })} title={t('remove', { number })} data-testid={`${id}-remove`} onClick={onRemove} />
    </Flex>
  );
}
