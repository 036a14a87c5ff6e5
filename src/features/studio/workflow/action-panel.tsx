'use client';

import { Flex, Form, Input, InputNumber, Segmented, Select, Switch } from 'antd';
import { useTranslations } from 'next-intl';
import type { FieldDef } from '@/engine/metadata/field';
import type { ActionConfig, Recipient } from '@/engine/workflow';
import { useLabel } from '@/features/runtime/use-label';
import { LabelInputs } from './label-inputs';
import { ACTION_KINDS, newActionConfig } from './node-defaults';
import { ConditionBuilder } from '../rules/condition-builder';
import { FormulaBuilder } from '../rules/formula-builder';
import { setFieldSource, withCounterGuard, withSetFieldSource, type SetFieldSource } from './action-edits';
import { RECIPIENT_KINDS, SourcesEditor } from './sources-editor';
import type { WorkflowContext } from './use-workflow-context';

type Props = { action: ActionConfig; entity: string; context: WorkflowContext; onChange: (action: ActionConfig, coalesceKey?: string) => void };

const NUMERIC = new Set<FieldDef['type']>(['number', 'money']);

/** A literal for a set-field action, typed by the field it goes into. */
function ValueInput({ field, value, onChange }: { field: FieldDef | undefined; value: unknown; onChange: (value: unknown) => void }) {
  const t = useTranslations('workflows.action');
  if (field?.type === 'boolean') return <Switch id="wf-action-value" checked={value === true} onChange={onChange} />;
  if (field && NUMERIC.has(field.type)) {
    return <InputNumber id="wf-action-value" data-testid="wf-action-value" value={typeof value === 'number' ? value : Number(value) || 0} onChange={(next) => onChange(next ?? 0)} style={{ width: '100%' }} />;
  }
  if (field?.type === 'single_select') {
    return <Select id="wf-action-value" data-testid="wf-action-value" value={value as string} options={field.options.map((option) => ({ value: option.value, label: option.value }))} onChange={onChange} />;
  }
  return <Input id="wf-action-value" data-testid="wf-action-value" placeholder={t('value')} value={typeof value === 'string' ? value : String(value ?? '')} onChange={(event) => onChange(event.target.value)} />;
}

export function ActionPanel({ action, entity, context, onChange }: Props) {
  const t = useTranslations('workflows.action');
  const label = useLabel();
  const fieldOptions = (fields: FieldDef[]) => fields.map((field) => ({ value: field.id, label: `${label(field.label)} (${field.id})` }));
  const recipients = (to: Recipient[], change: (to: Recipient[]) => void) => (
    <Form.Item label={t('to')} style={{ marginBottom: 8 }}>
      <SourcesEditor<Recipient> id="wf-action-to" kinds={RECIPIENT_KINDS} value={to} context={context} onChange={change} />
    </Form.Item>
  );

  const settings = () => {
    switch (action.kind) {
      case 'set_field': {
        const field = context.fields.find((candidate) => candidate.id === action.field);
        return (
          <>
            <Form.Item label={t('field')} htmlFor="wf-action-field" style={{ marginBottom: 8 }}>
              <Select
                id="wf-action-field"
                data-testid="wf-action-field"
                showSearch={{ optionFilterProp: 'label' }}
                value={action.field || undefined}
                status={action.field ? undefined : 'error'}
                options={fieldOptions(context.fields.filter((candidate) => !candidate.readOnly))}
                onChange={(id: string) => onChange({ kind: 'set_field', field: id, value: '' } as ActionConfig)}
              />
            </Form.Item>
            <Form.Item label={t('value')} style={{ marginBottom: 8 }}>
              <Flex vertical gap={8}>
                <Segmented<SetFieldSource>
                  data-testid="wf-action-value-source"
                  value={setFieldSource(action)}
                  options={[
                    { value: 'value', label: t('valueFixed') },
                    { value: 'rule', label: t('valueComputed') },
                  ]}
                  onChange={(source) => onChange(withSetFieldSource(action, source, context.fields))}
                />
                {action.rule !== undefined ? (
                  <FormulaBuilder id="wf-action-formula" fields={context.fields} value={action.rule} onChange={(rule, coalesceKey) => onChange({ kind: 'set_field', field: action.field, rule } as ActionConfig, coalesceKey)} />
                ) : (
                  <ValueInput field={field} value={action.value} onChange={(value) => onChange({ kind: 'set_field', field: action.field, value } as ActionConfig, 'value')} />
                )}
              </Flex>
            </Form.Item>
          </>
        );
      }
      case 'run_state_action':
        return (
          <Form.Item label={t('stateAction')} htmlFor="wf-action-state" style={{ marginBottom: 8 }}>
            <Select
              id="wf-action-state"
              data-testid="wf-action-state"
              value={action.action || undefined}
              status={action.action ? undefined : 'error'}
              options={context.stateActions.map((candidate) => ({ value: candidate.key, label: `${label(candidate.label)} (${candidate.key})` }))}
              onChange={(key: string) => onChange({ ...action, action: key })}
            />
          </Form.Item>
        );
      case 'counter_effect': {
        const target = context.entities.find((candidate) => candidate.key === action.entity);
        return (
          <>
            <Form.Item label={t('counterEntity')} htmlFor="wf-counter-entity" style={{ marginBottom: 8 }}>
              <Select
                id="wf-counter-entity"
                value={action.entity}
                options={context.entities.map((candidate) => ({ value: candidate.key, label: `${label(candidate.label)} (${candidate.key})` }))}
                onChange={(key: string) => onChange({ ...action, entity: key, field: '' })}
              />
            </Form.Item>
            <Form.Item label={t('counterRecordField')} htmlFor="wf-counter-record" help={t('counterRecordFieldHelp')} style={{ marginBottom: 8 }}>
              <Select
                id="wf-counter-record"
                value={action.recordField || undefined}
                options={fieldOptions(context.fields.filter((field) => field.type === 'relation'))}
                onChange={(key: string) => onChange({ ...action, recordField: key })}
              />
            </Form.Item>
            <Form.Item label={t('counterField')} htmlFor="wf-counter-field" style={{ marginBottom: 8 }}>
              <Select
                id="wf-counter-field"
                value={action.field || undefined}
                options={fieldOptions((target?.fields ?? []).filter((field) => NUMERIC.has(field.type) && !field.removed))}
                onChange={(key: string) => onChange({ ...action, field: key })}
              />
            </Form.Item>
            <Form.Item label={t('counterDelta')} htmlFor="wf-counter-delta" style={{ marginBottom: 8 }}>
              <InputNumber id="wf-counter-delta" value={typeof action.delta === 'number' ? action.delta : undefined} onChange={(delta) => onChange({ ...action, delta: delta ?? 0 }, 'delta')} />
            </Form.Item>
            <Form.Item label={t('counterGuard')} help={t('counterGuardHelp')} style={{ marginBottom: 8 }}>
              <ConditionBuilder
                id="wf-counter-guard"
                fields={target?.fields ?? []}
                value={action.guard}
                emptyText={t('counterGuardNone')}
                onChange={(guard, coalesceKey) => onChange(withCounterGuard(action, guard), coalesceKey)}
              />
            </Form.Item>
          </>
        );
      }
      case 'notify':
        return (
          <>
            {recipients(action.to, (to) => onChange({ ...action, to }))}
            <LabelInputs id="wf-action-message" label={t('message')} value={action.message} onChange={(message, key) => onChange({ ...action, message }, key)} />
          </>
        );
      case 'email':
        return (
          <>
            {recipients(action.to, (to) => onChange({ ...action, to }))}
            <Form.Item label={t('addresses')} htmlFor="wf-action-addresses" style={{ marginBottom: 8 }}>
              <Select
                id="wf-action-addresses"
                mode="tags"
                tokenSeparators={[',', ' ', ';']}
                value={action.addresses ?? []}
                onChange={(addresses: string[]) => {
                  const next: typeof action = { ...action, addresses };
                  if (addresses.length === 0) delete next.addresses;
                  onChange(next);
                }}
              />
            </Form.Item>
            <LabelInputs id="wf-action-subject" label={t('subject')} value={action.subject} onChange={(subject, key) => onChange({ ...action, subject }, key)} />
            <LabelInputs id="wf-action-body" label={t('body')} value={action.body} onChange={(body, key) => onChange({ ...action, body }, key)} />
          </>
        );
      case 'webhook':
        return (
          <>
            <Form.Item label={t('url')} htmlFor="wf-action-url" extra={t('urlHelp')} style={{ marginBottom: 8 }}>
              <Input id="wf-action-url" data-testid="wf-action-url" value={action.url} onChange={(event) => onChange({ ...action, url: event.target.value }, 'url')} />
            </Form.Item>
            <Form.Item label={t('format')} htmlFor="wf-action-format" style={{ marginBottom: 8 }}>
              <Select
                id="wf-action-format"
                value={action.format}
                options={(['json', 'dingtalk', 'wecom'] as const).map((format) => ({ value: format, label: t(`formats.${format}`) }))}
                onChange={(format: 'json' | 'dingtalk' | 'wecom') => onChange({ ...action, format })}
              />
            </Form.Item>
            <LabelInputs
              id="wf-action-message"
              label={t('message')}
              value={action.message}
              onChange={(message, key) => onChange({ ...action, message }, key)}
              onClear={() => {
                const next = { ...action };
                delete next.message;
                onChange(next);
              }}
            />
          </>
        );
    }
  };

  return (
    <Flex vertical gap={4} data-testid="wf-action-panel">
      <Form.Item label={t('kind')} htmlFor="wf-action-kind" style={{ marginBottom: 8 }}>
        <Select
          id="wf-action-kind"
          data-testid="wf-action-kind"
          value={action.kind}
          options={ACTION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          onChange={(kind: ActionConfig['kind']) => onChange(newActionConfig(kind, entity))}
        />
      </Form.Item>
      {settings()}
    </Flex>
  );
}
