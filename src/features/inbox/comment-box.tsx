'use client';

import { Form, Input, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useTranslations } from 'next-intl';
import type { Ref } from 'react';

type Props = { value: string; onChange: (value: string) => void; required: boolean; hint?: string; error?: string; inputRef?: Ref<TextAreaRef> };

/** The approver's comment, sent with whichever action they take. */
export function CommentBox({ value, onChange, required, hint, error, inputRef }: Props) {
  const t = useTranslations('inbox.task');
  return (
    <Form.Item label={t('comment')} htmlFor="task-comment" required={required} validateStatus={error ? 'error' : undefined} extra={error ? undefined : hint} style={{ marginBottom: 12 }}>
      <Input.TextArea
        id="task-comment"
        ref={inputRef}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoSize={{ minRows: 2, maxRows: 8 }}
        maxLength={5000}
        placeholder={t('commentPlaceholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'task-comment-error' : undefined}
        aria-required={required || undefined}
        data-testid="task-comment"
      />
      {/* Rendered here rather than as the item's help: announced at once, and tied to the input. */}
      {error && (
        <Typography.Text type="danger" role="alert" id="task-comment-error">
          {error}
        </Typography.Text>
      )}
    </Form.Item>
  );
}
