'use client';

import { Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConstantInput } from './constant-input';
import { defaultKindOf, defaultKindsFor, withConstantDefault, withDefaultKind, type DefaultKind } from './default-value';
import { problemsFor } from './field-problems';
import { PropertyItem } from './property-item';
import { DefaultRuleSlot } from './rule-slots';
import type { SectionProps } from './section-props';

/** One kind of default at a time: nothing, a fixed value, the current user, today, now, or a rule. */
export function DefaultSection({ field, entity, problems, onChange }: SectionProps) {
  const t = useTranslations('studio.fieldProps');
  // "A fixed value" chosen but nothing typed yet stores no default; the choice is remembered here.
  const [constantChosen, setConstantChosen] = useState(false);
  const kinds = defaultKindsFor(field);
  const valueProblems = problemsFor(problems, 'defaultValue');

  if (kinds.length === 0) {
    return (
      <PropertyItem label={t('defaultKind')} problems={valueProblems}>
        <Typography.Text type="secondary" data-testid="property-default-none">
          {field.copyFrom ? t('defaultCopied') : t('defaultComputed')}
        </Typography.Text>
      </PropertyItem>
    );
  }

  const stored = defaultKindOf(field);
  const kind: DefaultKind = stored === 'none' && constantChosen ? 'constant' : stored;
  const offered = kinds.includes(kind) ? kinds : [...kinds, kind];
  const choose = (next: DefaultKind) => {
    setConstantChosen(next === 'constant');
    onChange(withDefaultKind(field, next));
  };

  return (
    <>
      <PropertyItem label={t('defaultKind')} htmlFor="property-default-kind" help={t(`defaultKindHelp.${kind}`)}>
        <Select
          id="property-default-kind"
          data-testid="property-default-kind"
          value={kind}
          options={offered.map((option) => ({ value: option, label: t(`defaultKinds.${option}`) }))}
          onChange={choose}
        />
      </PropertyItem>
      {kind === 'constant' && (
        <PropertyItem label={t('defaultConstant')} htmlFor="property-default-value" problems={valueProblems}>
          <ConstantInput
            id="property-default-value"
            field={field}
            value={field.defaultValue}
            onChange={(value) => {
              setConstantChosen(true);
              onChange(withConstantDefault(field, value), `${field.id}:defaultValue`);
            }}
          />
        </PropertyItem>
      )}
      {field.defaultFrom?.kind === 'rule' && (
        <PropertyItem label={t('defaultRule')}>
          <DefaultRuleSlot
            id="property-default-rule"
            fields={entity.fields.filter((candidate) => candidate.id !== field.id)}
            rule={field.defaultFrom.rule}
            onChange={(rule, coalesceKey) => onChange({ ...field, defaultFrom: { kind: 'rule', rule } }, coalesceKey && `${field.id}:defaultRule:${coalesceKey}`)}
          />
        </PropertyItem>
      )}
    </>
  );
}
