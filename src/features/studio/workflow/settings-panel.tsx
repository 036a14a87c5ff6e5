'use client';

import { Descriptions, Form, Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { Trigger, WorkflowDefinition } from '@/engine/workflow';
import { useLabel } from '@/features/runtime/use-label';
import { LabelInputs } from './label-inputs';
import { ScheduleTriggerInputs } from './schedule-trigger-inputs';
import { ThresholdTriggerInputs } from './threshold-trigger-inputs';
import { counterFields, newTrigger, OUTCOMES, setOutcomeAction, TRIGGER_KINDS } from './trigger-edits';
import type { WorkflowContext } from './use-workflow-context';

type Props = {
  definition: WorkflowDefinition;
  context: WorkflowContext;
  readOnly: boolean;
  onEdit: (edit: (definition: WorkflowDefinition) => WorkflowDefinition, coalesceKey?: string) => void;
};

/** What starts the workflow and what happens to the record when it ends. */
export function SettingsPanel({ definition, context, readOnly, onEdit }: Props) {
  const t = useTranslations('workflows.settings');
  const label = useLabel();
  const trigger = definition.trigger;
  const setTrigger = (next: Trigger, coalesceKey?: string) => onEdit((doc) => ({ ...doc, trigger: next }), coalesceKey);
  const offer = { fields: context.fields.map((field) => field.id), actions: context.stateActions.map((action) => action.key), counterFields: counterFields(context.entity).map((field) => field.id) };
  const actionOptions = context.stateActions.map((action) => ({ value: action.key, label: `${label(action.label)} (${action.key})` }));

  return (
    <Form layout="vertical" disabled={readOnly} data-testid="wf-settings-panel">
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 12 }}
        items={[
          { key: 'key', label: t('key'), children: definition.key },
          { key: 'entity', label: t('entity'), children: context.entity ? `${label(context.entity.label)} (${definition.entity})` : definition.entity },
        ]}
      />
      <LabelInputs id="wf-settings-name" value={definition.name} onChange={(name, key) => onEdit((doc) => ({ ...doc, name }), key)} />
      <Typography.Title level={5}>{t('trigger')}</Typography.Title>
      <Form.Item label={t('triggerKind')} htmlFor="wf-trigger-kind">
        <Select
          id="wf-trigger-kind"
          data-testid="wf-trigger-kind"
          showSearch={{ optionFilterProp: 'label' }}
          value={trigger.kind}
          options={TRIGGER_KINDS.map((kind) => ({ value: kind, label: t(`triggers.${kind}`) }))}
          onChange={(kind: Trigger['kind']) => setTrigger(newTrigger(kind, offer))}
        />
      </Form.Item>
      {trigger.kind === 'field_changed' && (
        <Form.Item label={t('triggerField')} htmlFor="wf-trigger-field">
          <Select
            id="wf-trigger-field"
            data-testid="wf-trigger-field"
            showSearch={{ optionFilterProp: 'label' }}
            value={trigger.field || undefined}
            status={trigger.field ? undefined : 'error'}
            options={context.fields.map((field) => ({ value: field.id, label: `${label(field.label)} (${field.id})` }))}
            onChange={(field: string) => setTrigger({ kind: 'field_changed', field })}
          />
        </Form.Item>
      )}
      {trigger.kind === 'state_action' && (
        <Form.Item label={t('triggerAction')} htmlFor="wf-trigger-action">
          <Select
            id="wf-trigger-action"
            data-testid="wf-trigger-action"
            value={trigger.action || undefined}
            status={trigger.action ? undefined : 'error'}
            options={actionOptions}
            onChange={(action: string) => setTrigger({ kind: 'state_action', action })}
          />
        </Form.Item>
      )}
      {trigger.kind === 'schedule' && <ScheduleTriggerInputs trigger={trigger} context={context} onChange={setTrigger} />}
      {trigger.kind === 'threshold_crossed' && <ThresholdTriggerInputs trigger={trigger} context={context} onChange={setTrigger} />}
      <Typography.Title level={5}>{t('outcomes')}</Typography.Title>
      {OUTCOMES.map((outcome) => (
        <Form.Item key={outcome} label={t(`outcome.${outcome}`)} htmlFor={`wf-${outcome}`}>
          <Select
            id={`wf-${outcome}`}
            data-testid={`wf-${outcome}`}
            allowClear
            placeholder={t('noAction')}
            value={definition[outcome]?.stateAction}
            options={actionOptions}
            onChange={(action: string | undefined) => onEdit((doc) => setOutcomeAction(doc, outcome, action))}
          />
        </Form.Item>
      ))}
    </Form>
  );
}
