'use client';

import { Form, Modal, Radio, Select } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ActionInput } from './submit-task-action';
import type { TaskDetail } from './inbox-types';
import { useDisplayName } from './use-display-name';
import { UserPicker } from './user-picker';

export type DialogAction = 'return' | 'transfer' | 'add_signer';
type Choice = Pick<ActionInput, 'nodeKey' | 'to' | 'userId' | 'position'>;

type Props = {
  action: DialogAction;
  returnTargets: TaskDetail['returnTargets'];
  busy: boolean;
  onCancel: () => void;
  onConfirm: (choice: Choice) => void;
};

/** The one thing return, transfer and add-signer need besides the comment: where to, or whom. */
export function ActionDialog({ action, returnTargets, busy, onCancel, onConfirm }: Props) {
  const t = useTranslations('inbox.dialog');
  const actions = useTranslations('inbox.actions');
  const name = useDisplayName();
  const [nodeKey, setNodeKey] = useState<string | undefined>(returnTargets.length === 1 ? returnTargets[0]!.nodeKey : undefined);
  const [userId, setUserId] = useState<string | undefined>();
  const [position, setPosition] = useState<'before' | 'after'>('after');
  const [tried, setTried] = useState(false);
  const missing = action === 'return' ? !nodeKey : !userId;

  function confirm() {
    setTried(true);
    if (missing) return;
    if (action === 'return') onConfirm({ nodeKey });
    else if (action === 'transfer') onConfirm({ to: userId });
    else onConfirm({ userId, position });
  }

  const error = tried && missing ? (action === 'return' ? t('pickStepRequired') : t('pickUserRequired')) : undefined;
  return (
    <Modal open title={actions(action)} okText={actions(action)} cancelText={t('cancel')} onOk={confirm} onCancel={onCancel} confirmLoading={busy} destroyOnHidden>
      <Form layout="vertical" component={false}>
        {action === 'return' ? (
          <Form.Item label={t('returnTo')} htmlFor="action-return-target" required validateStatus={error ? 'error' : undefined} help={error}>
            <Select id="action-return-target" value={nodeKey} onChange={setNodeKey} placeholder={t('pickStep')} options={returnTargets.map((target) => ({ value: target.nodeKey, label: name(target.name) }))} notFoundContent={t('noStep')} />
          </Form.Item>
        ) : (
          <Form.Item label={action === 'transfer' ? t('transferTo') : t('signer')} htmlFor="action-user" required validateStatus={error ? 'error' : undefined} help={error}>
            <UserPicker id="action-user" value={userId} onChange={setUserId} invalid={Boolean(error)} />
          </Form.Item>
        )}
        {action === 'add_signer' && (
          <Form.Item label={t('position')}>
            <Radio.Group value={position} onChange={(event) => setPosition(event.target.value as 'before' | 'after')} options={[{ value: 'before', label: t('before') }, { value: 'after', label: t('after') }]} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
