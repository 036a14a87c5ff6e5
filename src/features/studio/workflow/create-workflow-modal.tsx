'use client';

import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { EntityView } from '@/engine/contract/api-types';
import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import { METADATA_KEY_PATTERN } from '@/engine/metadata/keys';
import type { Trigger } from '@/engine/workflow';
import { toApiError } from '@/features/runtime/api-client';
import { useLabel } from '@/features/runtime/use-label';
import { counterFields, newTrigger, TRIGGER_KINDS } from './trigger-edits';
import { createWorkflow } from './workflow-api';

type Values = { key: string; nameZh: string; nameEn?: string; entity: string; triggerKind: Trigger['kind']; field?: string; action?: string; cron?: string };
type Props = { open: boolean; entities: EntityView[]; takenKeys: string[]; onClose: () => void };

/** The trigger the form describes; kinds without a parameter ignore the other inputs. */
/** `entity`: a threshold trigger starts on its first counter field; its threshold is set in the workflow's settings. */
export function triggerOf(values: Pick<Values, 'triggerKind' | 'field' | 'action' | 'cron'>, entity?: EntityDef): Trigger {
  switch (values.triggerKind) {
    case 'threshold_crossed':
      return newTrigger('threshold_crossed', { fields: [], actions: [], counterFields: counterFields(entity).map((field) => field.id) });
    case 'field_changed':
      return { kind: 'field_changed', field: values.field ?? '' };
    case 'state_action':
      return { kind: 'state_action', action: values.action ?? '' };
    case 'schedule':
      return { kind: 'schedule', cron: values.cron ?? '' };
    default:
      return { kind: 'record_created' };
  }
}

export function CreateWorkflowModal({ open, entities, takenKeys, onClose }: Props) {
  const t = useTranslations('workflows.create');
  const tTrigger = useTranslations('workflows.settings');
  const label = useLabel();
  const router = useRouter();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const entityKey = Form.useWatch('entity', form);
  const triggerKind = Form.useWatch('triggerKind', form);
  const entity = entities.find((view) => view.entity.key === entityKey)?.entity;

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      const name = { 'zh-CN': values.nameZh.trim(), ...(values.nameEn?.trim() ? { en: values.nameEn.trim() } : {}) };
      await createWorkflow({ key: values.key, name, entity: values.entity, trigger: triggerOf(values, entity) });
      message.success(t('created'));
      router.push(`/studio/workflows/${values.key}`);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'conflict') form.setFields([{ name: 'key', errors: [t('keyTaken')] }]);
      else message.error(apiError.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('title')}
      okText={t('submit')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'wf-create-submit' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ triggerKind: 'record_created', cron: '0 9 * * *' }} data-testid="wf-create-form">
        <Form.Item
          name="key"
          label={t('key')}
          extra={t('keyHelp')}
          rules={[
            { required: true, message: t('keyRequired') },
            { pattern: METADATA_KEY_PATTERN, message: t('keyPattern') },
            { validator: (_, value: string) => (takenKeys.includes(value) ? Promise.reject(new Error(t('keyTaken'))) : Promise.resolve()) },
          ]}
        >
          <Input data-testid="wf-create-key" maxLength={41} />
        </Form.Item>
        <Form.Item name="nameZh" label={t('nameZh')} rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}>
          <Input data-testid="wf-create-name-zh" maxLength={200} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('nameEn')}>
          <Input data-testid="wf-create-name-en" maxLength={200} />
        </Form.Item>
        <Form.Item name="entity" label={t('entity')} rules={[{ required: true, message: t('entityRequired') }]}>
          <Select
            data-testid="wf-create-entity"
            showSearch={{ optionFilterProp: 'label' }}
            options={entities.filter((view) => !view.entity.parent).map((view) => ({ value: view.entity.key, label: `${label(view.entity.label)} (${view.entity.key})` }))}
            onChange={() => form.setFieldsValue({ field: undefined, action: undefined })}
          />
        </Form.Item>
        <Form.Item name="triggerKind" label={tTrigger('triggerKind')}>
          <Select data-testid="wf-create-trigger" showSearch={{ optionFilterProp: 'label' }} options={TRIGGER_KINDS.map((kind) => ({ value: kind, label: tTrigger(`triggers.${kind}`) }))} />
        </Form.Item>
        {triggerKind === 'field_changed' && (
          <Form.Item name="field" label={tTrigger('triggerField')} rules={[{ required: true, message: t('fieldRequired') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={(entity ? activeFields(entity) : []).map((field) => ({ value: field.id, label: `${label(field.label)} (${field.id})` }))} />
          </Form.Item>
        )}
        {triggerKind === 'state_action' && (
          <Form.Item name="action" label={tTrigger('triggerAction')} rules={[{ required: true, message: t('actionRequired') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={(entity?.lifecycle?.actions ?? []).map((action) => ({ value: action.key, label: `${label(action.label)} (${action.key})` }))} />
          </Form.Item>
        )}
        {triggerKind === 'schedule' && (
          <Form.Item name="cron" label={tTrigger('cron')} extra={tTrigger('cronHelp')} rules={[{ required: true, pattern: /^\s*(\S+\s+){4}\S+\s*$/, message: t('cronPattern') }]}>
            <Input style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

