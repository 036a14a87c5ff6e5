'use client';

import { Alert, Form, Modal, Select, Typography, type RefSelectProps } from 'antd';
import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { useApiQuery } from '../use-api-query';
import { useLabel } from '../use-label';
import { DIRECTORY_PATH, toApproverChoices, type ApproverChoices, type DirectoryUsers, type WorkflowChoices } from './approver-choices-api';

type Props = {
  open: boolean;
  actionLabel: string;
  choices: WorkflowChoices[];
  onSubmit: (approvers: ApproverChoices) => void;
  onCancel: () => void;
};

/**
 * Asks the initiator who approves each node that takes their choice, before the action runs.
 * Esc and the cancel button close it without running anything; the first picker gets the focus.
 */
export function ApproverChoicesDialog({ open, actionLabel, choices, onSubmit, onCancel }: Props) {
  const t = useTranslations('choices');
  const label = useLabel();
  const [form] = Form.useForm();
  const firstPicker = useRef<RefSelectProps>(null);
  const directory = useApiQuery<DirectoryUsers>(open ? DIRECTORY_PATH : null);
  const options = (directory.data?.users ?? []).map((user) => ({ value: user.id, label: `${user.name} (${user.username})` }));
  return (
    <Modal
      open={open}
      title={t('title', { action: actionLabel })}
      okText={actionLabel}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      // The modal takes the focus while it opens; hand it to the first picker once it is shown.
      afterOpenChange={(opened) => opened && firstPicker.current?.focus()}
      okButtonProps={{ 'data-testid': 'choices-submit' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {directory.error && <Alert type="error" showIcon title={t('directoryFailed', { message: directory.error.message })} style={{ marginBottom: 16 }} />}
      <Form form={form} name="approver-choices" layout="vertical" preserve={false} onFinish={(values) => onSubmit(toApproverChoices(values))} data-testid="approver-choices">
        {choices.map((workflow, workflowIndex) => (
          <section key={workflow.workflowKey} aria-label={label(workflow.workflowName)}>
            {choices.length > 1 && <Typography.Title level={5}>{t('workflow', { workflow: label(workflow.workflowName) })}</Typography.Title>}
            {workflow.nodes.map((node, nodeIndex) => (
              <Form.Item
                key={node.key}
                name={[workflow.workflowKey, node.key]}
                label={label(node.name)}
                extra={node.required ? undefined : t('optional')}
                rules={node.required ? [{ required: true, message: t('required', { node: label(node.name) }) }] : []}
              >
                <Select
                  mode={node.multiple ? 'multiple' : undefined}
                  ref={workflowIndex === 0 && nodeIndex === 0 ? firstPicker : undefined}
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  options={options}
                  loading={directory.loading}
                  placeholder={node.multiple ? t('pickMany') : t('pickOne')}
                  notFoundContent={directory.loading ? t('loading') : t('noUser')}
                  data-testid={`choice-${workflow.workflowKey}-${node.key}`}
                />
              </Form.Item>
            ))}
          </section>
        ))}
      </Form>
    </Modal>
  );
}
