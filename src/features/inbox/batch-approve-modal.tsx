'use client';

import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Modal, Typography, theme } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { toApiError } from '@/features/runtime/api-client';
import { actionErrorMessage, batchErrorMessage } from './action-error';
import { batchApprove } from './inbox-api';
import type { BatchResult, TaskItem } from './inbox-types';

type Props = {
  tasks: TaskItem[];
  open: boolean;
  onClose: () => void;
  /** Called once results are in, with the ids that went through. */
  onDone: (approved: string[]) => void;
};

export function BatchApproveModal({ tasks, open, onClose, onDone }: Props) {
  const t = useTranslations('inbox.batch');
  const errors = useTranslations('inbox.errors');
  const locale = useLocale();
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [results, setResults] = useState<BatchResult[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit() {
    setSending(true);
    setFailure(null);
    try {
      const answer = await batchApprove(tasks.map((task) => task.id), comment);
      setResults(answer);
      onDone(answer.filter((result) => result.ok).map((result) => result.id));
    } catch (caught) {
      setFailure(actionErrorMessage(toApiError(caught), errors, locale));
    } finally {
      setSending(false);
    }
  }

  function close() {
    setResults(null);
    setComment('');
    setFailure(null);
    onClose();
  }

  const footer = results ? (
    <Button type="primary" onClick={close}>
      {t('close')}
    </Button>
  ) : (
    <Flex justify="end" gap={8}>
      <Button onClick={close} disabled={sending}>
        {t('cancel')}
      </Button>
      <Button type="primary" loading={sending} onClick={() => void submit()} data-testid="batch-approve-submit">
        {t('submit', { count: tasks.length })}
      </Button>
    </Flex>
  );

  return (
    <Modal open={open} title={t('title', { count: tasks.length })} onCancel={sending ? undefined : close} footer={footer} destroyOnHidden>
      {results ? (
        <BatchResults tasks={tasks} results={results} />
      ) : (
        <Form layout="vertical" component={false}>
          {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
          <Form.Item label={t('comment')} htmlFor="batch-approve-comment">
            <Input.TextArea id="batch-approve-comment" value={comment} onChange={(event) => setComment(event.target.value)} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} placeholder={t('commentPlaceholder')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/** Per task: approved, or why not (most often someone else was first: 409). */
export function BatchResults({ tasks, results }: { tasks: TaskItem[]; results: BatchResult[] }) {
  const t = useTranslations('inbox.batch');
  const errors = useTranslations('inbox.errors');
  const locale = useLocale();
  const { token } = theme.useToken();
  const titles = new Map(tasks.map((task) => [task.id, task.recordTitle ?? task.recordId]));
  const approved = results.filter((result) => result.ok).length;
  return (
    <Flex vertical gap={12} data-testid="batch-results">
      <Alert type={approved === results.length ? 'success' : approved === 0 ? 'error' : 'warning'} showIcon title={t('summary', { approved, failed: results.length - approved })} />
      <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }} aria-live="polite">
        {results.map((result) => (
          <li key={result.id} data-testid={`batch-result-${result.id}`} data-ok={result.ok} style={{ paddingBlock: 4 }}>
            {result.ok ? <CheckCircleFilled style={{ color: token.colorSuccess }} aria-hidden /> : <CloseCircleFilled style={{ color: token.colorError }} aria-hidden />}{' '}
            <Typography.Text strong>{titles.get(result.id) ?? result.id}</Typography.Text>: {result.ok ? t('approved') : <Typography.Text type="danger">{batchErrorMessage(result.error, errors, locale)}</Typography.Text>}
          </li>
        ))}
      </ul>
    </Flex>
  );
}
