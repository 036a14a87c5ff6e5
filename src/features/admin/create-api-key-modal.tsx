'use client';

import { Alert, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { apiFetch, toApiError } from '@/features/runtime/api-client';
import { useApiQuery } from '@/features/runtime/use-api-query';
import type { AdminUser, CreatedApiKey } from './api-key-types';

type Values = { name: string; username: string };

/**
 * Two steps in one dialog: the form, then the new key. The full key exists only in this response
 * (the server keeps a hash), so it is shown once with a copy button and a warning.
 */
export function CreateApiKeyModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  const t = useTranslations('apiKeys');
  const [form] = Form.useForm<Values>();
  const users = useApiQuery<{ data: AdminUser[] }>(open ? '/api/v1/admin/users' : null);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function create(values: Values) {
    setSaving(true);
    setError(null);
    try {
      setCreated(await apiFetch<CreatedApiKey>('/api/v1/admin/api-keys', { method: 'POST', json: values }));
      onCreated();
    } catch (caught) {
      setError(toApiError(caught).message);
    } finally {
      setSaving(false);
    }
  }

  function close() {
    setCreated(null);
    setError(null);
    form.resetFields();
    onClose();
  }

  if (created) {
    return (
      <Modal open={open} title={t('createdTitle')} onOk={close} onCancel={close} okText={t('done')} cancelButtonProps={{ style: { display: 'none' } }} mask={{ closable: false }}>
        <Alert type="warning" showIcon title={t('showOnce')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph copyable={{ text: created.key, tooltips: [t('copy'), t('copied')] }} code data-testid="api-key-secret" style={{ wordBreak: 'break-all' }}>
          {created.key}
        </Typography.Paragraph>
      </Modal>
    );
  }

  return (
    <Modal open={open} title={t('create')} okText={t('create')} onOk={() => form.submit()} onCancel={close} confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} name="api-key" layout="vertical" onFinish={create}>
        <Form.Item name="name" label={t('name')} rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}>
          <Input maxLength={100} autoFocus />
        </Form.Item>
        <Form.Item name="username" label={t('user')} extra={t('userHelp')} rules={[{ required: true, message: t('userRequired') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={users.loading}
            options={(users.data?.data ?? []).map((user) => ({ value: user.username, label: `${user.displayName} (${user.username})` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
