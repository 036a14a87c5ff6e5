'use client';

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Form, Input, Popconfirm, Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { EntityDef } from '@/engine/metadata/entity';
import { conditionFields, newValidation, type EntityValidation } from '@/engine/rules/builder';
import { useLabel } from '@/features/runtime/use-label';
import { ConditionBuilder } from './condition-builder';

type Props = {
  entity: EntityDef;
  /** The entity with its validations changed; `coalesceKey` groups keystrokes into one undo step. */
  onChange: (entity: EntityDef, coalesceKey?: string) => void;
};

function withValidations(entity: EntityDef, validations: EntityValidation[]): EntityDef {
  const { validations: _old, ...rest } = entity;
  return validations.length > 0 ? { ...rest, validations } : rest;
}

/** Cross-field validations of an entity: a rule the record must satisfy and the message shown when it does not. */
export function EntityValidationsEditor({ entity, onChange }: Props) {
  const t = useTranslations('studio.rules');
  const label = useLabel();
  const validations = useMemo(() => entity.validations ?? [], [entity.validations]);
  const fields = useMemo(() => entity.fields.filter((field) => !field.removed), [entity.fields]);
  const fieldOptions = useMemo(() => conditionFields(fields).map((field) => ({ value: field.id, label: label(field.label) || field.id })), [fields, label]);

  const update = (index: number, next: EntityValidation, coalesceKey?: string) =>
    onChange(withValidations(entity, validations.map((validation, at) => (at === index ? next : validation))), coalesceKey && `validation:${index}:${coalesceKey}`);
  const remove = (index: number) => onChange(withValidations(entity, validations.filter((_, at) => at !== index)));
  const add = () => onChange(withValidations(entity, [...validations, newValidation(validations, fields)]));

  return (
    <Flex vertical gap={12} data-testid="entity-validations" role="group" aria-label={t('validations')}>
      <Typography.Text strong>{t('validations')}</Typography.Text>
      <Typography.Text type="secondary">{t('validationsHelp')}</Typography.Text>
      {validations.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noValidations')} />}
      {validations.map((validation, index) => {
        const number = index + 1;
        const prefix = `validation-${index}`;
        const messageMissing = validation.message['zh-CN'].trim() === '';
        return (
          <Card
            key={validation.id}
            size="small"
            title={t('validation', { index: number })}
            data-testid={prefix}
            extra={
              <Popconfirm title={t('removeValidationConfirm', { index: number })} okButtonProps={{ danger: true }} onConfirm={() => remove(index)}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('removeValidation')} title={t('removeValidation')} data-testid={`${prefix}-remove`} />
              </Popconfirm>
            }
          >
            <Form layout="vertical" component="div">
              <Form.Item label={t('validWhen')}>
                <div data-testid={`${prefix}-rule`}>
                  <ConditionBuilder id={`${prefix}-rule`} required fields={fields} value={validation.rule} onChange={(rule, key) => update(index, { ...validation, rule }, key && `rule:${key}`)} />
                </div>
              </Form.Item>
              <Form.Item label={t('messageZh')} htmlFor={`${prefix}-message-zh`} required validateStatus={messageMissing ? 'error' : undefined} help={messageMissing ? t('messageRequired') : undefined}>
                <Input
                  id={`${prefix}-message-zh`}
                  data-testid={`${prefix}-message-zh`}
                  maxLength={200}
                  value={validation.message['zh-CN']}
                  onChange={(event) => update(index, { ...validation, message: { ...validation.message, 'zh-CN': event.target.value } }, 'messageZh')}
                />
              </Form.Item>
              <Form.Item label={t('messageEn')} htmlFor={`${prefix}-message-en`}>
                <Input
                  id={`${prefix}-message-en`}
                  data-testid={`${prefix}-message-en`}
                  maxLength={200}
                  value={validation.message.en ?? ''}
                  onChange={(event) => {
                    const { en: _old, ...zh } = validation.message;
                    update(index, { ...validation, message: event.target.value ? { ...zh, en: event.target.value } : zh }, 'messageEn');
                  }}
                />
              </Form.Item>
              <Form.Item label={t('showNextTo')} htmlFor={`${prefix}-fields`} help={t('showNextToHelp')} style={{ marginBottom: 0 }}>
                <Select<string[]>
                  id={`${prefix}-fields`}
                  data-testid={`${prefix}-fields`}
                  mode="multiple"
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  value={validation.fields ?? []}
                  options={fieldOptions}
                  onChange={(ids) => {
                    const { fields: _old, ...rest } = validation;
                    update(index, ids.length > 0 ? { ...rest, fields: ids } : rest);
                  }}
                />
              </Form.Item>
            </Form>
          </Card>
        );
      })}
      <div>
        <Button icon={<PlusOutlined />} data-testid="validation-add" onClick={add} disabled={fieldOptions.length === 0}>
          {t('addValidation')}
        </Button>
      </div>
    </Flex>
  );
}
