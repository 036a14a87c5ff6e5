'use client';

import { Flex, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useMemo, type ReactNode } from 'react';
import type { EntityDef } from '@/engine/metadata/entity';
import { isComputed, type FieldDef } from '@/engine/metadata/field';
import { ConditionBuilder } from './condition-builder';

type RuleProperty = 'visibleWhen' | 'requiredWhen';

type Props = {
  field: FieldDef;
  /** The entity the field belongs to: its other fields are what the rules can read. */
  entity: EntityDef;
  /** The field with its rule changed; `coalesceKey` groups keystrokes into one undo step. */
  onChange: (field: FieldDef, coalesceKey?: string) => void;
};

/** Sets a rule property, or drops it when there is no rule, so the saved JSON carries no empty keys. */
function withRule<T extends FieldDef>(field: T, property: RuleProperty, rule: unknown): T {
  const copy: Record<string, unknown> = { ...field };
  if (rule === undefined) delete copy[property];
  else copy[property] = rule;
  return copy as T;
}

function Part({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Flex vertical gap={8} data-testid={testId} role="group" aria-label={title}>
      <Typography.Text strong>{title}</Typography.Text>
      {children}
    </Flex>
  );
}

/** "Show only when" and "Required when", for a property panel (a formula's expression is edited with its result type). */
export function FieldRulesSection({ field, entity, onChange }: Props) {
  const t = useTranslations('studio.rules');
  const others = useMemo(() => entity.fields.filter((candidate) => candidate.id !== field.id), [entity.fields, field.id]);
  const change = (property: RuleProperty) => (rule: unknown, coalesceKey?: string) =>
    onChange(withRule(field, property, rule), coalesceKey && `${field.id}:${property}:${coalesceKey}`);

  return (
    <Flex vertical gap={24} data-testid="field-rules">
      <Part title={t('visibleWhen')} testId="rule-visible-when">
        <ConditionBuilder id="visible-when" fields={others} value={field.visibleWhen} emptyText={t('visibleAlways')} onChange={change('visibleWhen')} />
      </Part>
      {/* The server computes these, so nobody could fill them in when required. */}
      {!isComputed(field) && (
        <Part title={t('requiredWhen')} testId="rule-required-when">
          {field.required && <Typography.Text type="secondary">{t('requiredAlready')}</Typography.Text>}
          <ConditionBuilder id="required-when" fields={others} value={field.requiredWhen} emptyText={t('requiredNever')} onChange={change('requiredWhen')} />
        </Part>
      )}
    </Flex>
  );
}
