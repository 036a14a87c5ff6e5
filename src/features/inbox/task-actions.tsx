'use client';

import { App, Alert, Button, Flex, Form } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { actionErrorMessage } from './action-error';
import { ActionDialog, type DialogAction } from './action-dialog';
import { CommentBox } from './comment-box';
import { commentMissing } from './inbox-api';
import { TASK_ACTIONS, type TaskAction, type TaskDetail } from './inbox-types';
import { submitTaskAction, type ActionInput } from './submit-task-action';
import { refreshTaskCounts } from './task-counts-store';

type Props = {
  detail: TaskDetail;
  /** Checks the editable fields and returns those changed, or null when one is invalid (its message is shown by it). */
  collectValues: () => Promise<Record<string, unknown> | null>;
  onReload: () => void;
};

const DIALOG_ACTIONS: readonly string[] = ['return', 'transfer', 'add_signer'];
const CONFIRMED: readonly string[] = ['reject', 'withdraw'];

/** The comment box and the buttons of the actions the server allows now. */
export function TaskActions({ detail, collectValues, onReload }: Props) {
  const t = useTranslations('inbox.task');
  const actions = useTranslations('inbox.actions');
  const errors = useTranslations('inbox.errors');
  const locale = useLocale();
  const { modal, message } = App.useApp();
  const router = useRouter();
  const commentRef = useRef<TextAreaRef>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [failure, setFailure] = useState<{ text: string; conflict: boolean } | null>(null);
  const [busy, setBusy] = useState<TaskAction | null>(null);
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const allowed = TASK_ACTIONS.filter((action) => detail.actions.includes(action));
  const requiredFor = allowed.filter((action) => commentMissing(action, '', detail.commentRequired) && action !== 'comment');

  function blockForComment(): void {
    setCommentError(errors('commentRequired'));
    commentRef.current?.focus();
  }

  async function run(action: TaskAction, extra: Partial<ActionInput> = {}) {
    setFailure(null);
    let values: Record<string, unknown> | undefined;
    if (action === 'approve') {
      const collected = await collectValues();
      if (collected === null) return;
      values = collected;
    }
    setBusy(action);
    const outcome = await submitTaskAction(detail, action, { comment, values, ...extra });
    setBusy(null);
    if (outcome.status === 'blocked') {
      setDialog(null);
      if (outcome.reason === 'commentRequired') blockForComment();
      return;
    }
    if (outcome.status === 'failed') {
      setDialog(null);
      const conflict = outcome.error.status === 409;
      const text = conflict && action === 'withdraw' ? errors('withdrawConflict') : actionErrorMessage(outcome.error, errors, locale);
      setFailure({ text, conflict });
      if (conflict) void refreshTaskCounts();
      return;
    }
    message.success(t(`done.${action}`));
    void refreshTaskCounts();
    router.push('/inbox');
  }

  function start(action: TaskAction) {
    setFailure(null);
    // A missing comment is reported before any dialog opens: nothing is asked twice, nothing is sent.
    if (action !== 'withdraw' && commentMissing(action, comment, detail.commentRequired)) return blockForComment();
    if (DIALOG_ACTIONS.includes(action)) return setDialog(action as DialogAction);
    if (CONFIRMED.includes(action)) {
      modal.confirm({
        title: t(`confirm.${action as 'reject' | 'withdraw'}.title`),
        content: t(`confirm.${action as 'reject' | 'withdraw'}.body`),
        okText: actions(action),
        okButtonProps: { danger: true },
        cancelText: t('cancel'),
        onOk: () => run(action),
      });
      return;
    }
    void run(action);
  }

  if (allowed.length === 0) return <Alert type="info" showIcon title={t('noActions')} data-testid="task-no-actions" />;

  return (
    <Form layout="vertical" component={false}>
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure.text}
          style={{ marginBottom: 12 }}
          role="alert"
          data-testid="task-action-error"
          action={failure.conflict ? <Button size="small" onClick={onReload}>{t('reload')}</Button> : undefined}
        />
      )}
      {allowed.some((action) => action !== 'withdraw') && (
        <CommentBox
          value={comment}
          onChange={(value) => {
            setComment(value);
            if (value.trim()) setCommentError(undefined);
          }}
          required={requiredFor.length > 0}
          hint={requiredFor.length > 0 ? t('commentRequiredFor', { actions: requiredFor.map((action) => actions(action)).join(t('listSeparator')) }) : undefined}
          error={commentError}
          inputRef={commentRef}
        />
      )}
      <Flex gap={8} wrap data-testid="task-actions">
        {allowed.map((action) => (
          <Button
            key={action}
            type={action === 'approve' ? 'primary' : 'default'}
            danger={action === 'reject' || action === 'withdraw'}
            loading={busy === action}
            disabled={busy !== null && busy !== action}
            onClick={() => start(action)}
            data-testid={`task-action-${action}`}
          >
            {actions(action)}
          </Button>
        ))}
      </Flex>
      {dialog && <ActionDialog action={dialog} returnTargets={detail.returnTargets} busy={busy === dialog} onCancel={() => setDialog(null)} onConfirm={(choice) => void run(dialog, choice)} />}
    </Form>
  );
}
