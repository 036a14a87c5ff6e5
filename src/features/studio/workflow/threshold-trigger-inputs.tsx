'use client';

import { Form, InputNumber, Segmented, Select } from 'antd';
import { useTranslations } from 'next-intl';
import { activeFields } from '@/engine/metadata/entity';
import type { Label } from '@/engine/metadata/keys';
import type { Trigger } from '@/engine/workflow';
import { useLabel } from '@/features/runtime/use-label';
import { counterFields, thresholdFields } from './trigger-edits';
import type { WorkflowContext } from './use-workflow-context';

type ThresholdTrigger = Extract<Trigger, { kind: 'threshold_crossed' }>;
type Props = { trigger: ThresholdTrigger; context: WorkflowContext; onChange: (next: ThresholdTrigger, coalesceKey?: string) => void };

/** Which counter field is watched, and the threshold it must fall below: a number, or a field of a related record. */
export function ThresholdTriggerInputs({ trigger, context, onChange }: Props) {
  const t = useTranslations('workflows.settings');
  const label = useLabel();
  const below = trigger.below;
  const relations = context.entity ? activeFields(context.entity).filter((field) => field.type === 'relation') : [];
  const related = typeof below === 'number' ? [] : thresholdFields(context.entity, below.relation, context.entities);
  const option = (field: { id: string; label: Label }) => ({ value: field.id, label: `${label(field.label)} (${field.id})` });
  const setKind = (kind: string | number) => {
    if (kind === 'constant') return onChange({ ...trigger, below: 0 });
    const relation = relations[0]?.id ?? '';
    onChange({ ...trigger, below: { relation, field: thresholdFields(context.entity, relation, context.entities)[0]?.id ?? '' } });
  };

  return (
    <>
      <Form.Item label={t('thresholdField')} htmlFor="wf-threshold-field" help={t('thresholdHelp')}>
        <Select
          id="wf-threshold-field"
          data-testid="wf-threshold-field"
          value={trigger.field || undefined}
          status={trigger.field ? undefined : 'error'}
          options={counterFields(context.entity).map(option)}
          onChange={(field: string) => onChange({ ...trigger, field })}
        />
      </Form.Item>
      <Form.Item label={t('thresholdKind')}>
        <Segmented
          data-testid="wf-threshold-kind"
          value={typeof below === 'number' ? 'constant' : 'related'}
          options={(['constant', 'related'] as const).map((kind) => ({ value: kind, label: t(`thresholdKinds.${kind}`) }))}
          onChange={setKind}
        />
      </Form.Item>
      {typeof below === 'number' ? (
        <Form.Item label={t('thresholdValue')} htmlFor="wf-threshold-value">
          <InputNumber id="wf-threshold-value" data-testid="wf-threshold-value" value={below} onChange={(value) => onChange({ ...trigger, below: value ?? 0 }, 'threshold')} style={{ width: '100%' }} />
        </Form.Item>
      ) : (
        <>
          <Form.Item label={t('thresholdRelation')} htmlFor="wf-threshold-relation">
            <Select
              id="wf-threshold-relation"
              data-testid="wf-threshold-relation"
              value={below.relation || undefined}
              status={below.relation ? undefined : 'error'}
              options={relations.map(option)}
              onChange={(relation: string) => onChange({ ...trigger, below: { relation, field: thresholdFields(context.entity, relation, context.entities)[0]?.id ?? '' } })}
            />
          </Form.Item>
          <Form.Item label={t('thresholdRelatedField')} htmlFor="wf-threshold-related-field">
            <Select
              id="wf-threshold-related-field"
              data-testid="wf-threshold-related-field"
              value={below.field || undefined}
              status={below.field ? undefined : 'error'}
              options={related.map(option)}
              onChange={(field: string) => onChange({ ...trigger, below: { ...below, field } })}
            />
          </Form.Item>
        </>
      )}
    </>
  );
}
