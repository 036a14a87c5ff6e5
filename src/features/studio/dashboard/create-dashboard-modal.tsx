'use client';

import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toApiError } from '@/features/runtime/api-client';
import { useApiQuery } from '@/features/runtime/use-api-query';
import { useLabel } from '@/features/runtime/use-label';
import { DIRECTORY_PATH, type Directory } from '../workflow/workflow-api';
import { createDashboard } from './dashboard-studio-api';

const KEY_PATTERN = /^[a-z][a-z0-9_-]{0,60}$/;

type Values = { key: string; nameZh: string; nameEn?: string; roles?: string[] };

/** Key, name and who may open it; the designer opens on the new (empty) draft. */
export function CreateDashboardModal({ open, takenKeys, onClose }: { open: boolean; takenKeys: string[]; onClose: () => void }) {
  const t = useTranslations('dashboardStudio.create');
  const label = useLabel();
  const router = useRouter();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const directory = useApiQuery<Directory>(open ? DIRECTORY_PATH : null);

  const submit = async (values: Values) => {
    setBusy(true);
    try {
      const name = { 'zh-CN': values.nameZh.trim(), ...(values.nameEn?.trim() ? { en: values.nameEn.trim() } : {}) };
      await createDashboard({ key: values.key, name, ...(values.roles?.length ? { roles: values.roles } : {}) });
      router.push(`/studio/dashboards/${values.key}`);
    } catch (error) {
      message.error(toApiError(error).message);
      setBusy(false);
    }
  };

  return (
    <Modal open={open} title={t('title')} okText={t('ok')} confirmLoading={busy} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} preserve={false}>
        <Form.Item
          name="key"
          label={t('key')}
          extra={t('keyHelp')}
          rules={[
            { required: true, message: t('keyRequired') },
            { pattern: KEY_PATTERN, message: t('keyPattern') },
            { validator: (_, value) => (value === 'preview' || takenKeys.includes(value) ? Promise.reject(new Error(t('keyTaken'))) : Promise.resolve()) },
          ]}
        >
          <Input data-testid="dd-create-key" autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameZh" label={t('nameZh')} rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}>
          <Input data-testid="dd-create-name-zh" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('nameEn')}>
          <Input data-testid="dd-create-name-en" />
        </Form.Item>
        <Form.Item name="roles" label={t('roles')} extra={t('rolesHelp')}>
          <Select mode="multiple" data-testid="dd-create-roles" allowClear options={(directory.data?.roles ?? []).map((role) => ({ value: role.key, label: label(role.label) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
