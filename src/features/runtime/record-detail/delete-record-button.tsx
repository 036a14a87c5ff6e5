'use client';

import { DeleteOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { apiFetch, recordsPath, toApiError } from '../api-client';

export function DeleteRecordButton({ entityKey, recordId, title }: { entityKey: string; recordId: string; title: string }) {
  const t = useTranslations('detail');
  const { modal, message } = App.useApp();
  const router = useRouter();

  function confirm() {
    modal.confirm({
      title: t('deleteTitle'),
      content: t('deleteConfirm', { title }),
      okText: t('delete'),
      okButtonProps: { danger: true, 'data-testid': 'record-delete-confirm' },
      cancelText: t('cancel'),
      // Returning the promise keeps the dialog open (with a spinner) until the server answers.
      onOk: async () => {
        try {
          await apiFetch(recordsPath(entityKey, recordId), { method: 'DELETE' });
          message.success(t('deleted'));
          router.push(`/r/${entityKey}`);
        } catch (error) {
          message.error(toApiError(error).message);
        }
      },
    });
  }

  return (
    <Button danger icon={<DeleteOutlined />} onClick={confirm} data-testid="record-delete">
      {t('delete')}
    </Button>
  );
}
