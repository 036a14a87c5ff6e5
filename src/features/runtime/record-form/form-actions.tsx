'use client';

import { Button, Flex } from 'antd';
import { useTranslations } from 'next-intl';
import { memo, useCallback, useEffect, useRef } from 'react';
import { useFormState } from 'react-hook-form';
import type { FormValues } from './form-values';
import { useUnsavedWarning } from './use-unsaved-warning';

type Props = {
  /** Set once a save succeeded: navigating away then needs no warning. */
  leaving: boolean;
  /** Starting states other than the initial one, each with its own save button. */
  otherStates: string[];
  stateLabel: (state: string) => string;
  onSaveAs: (state: string) => () => void;
  /** `dirty`: whether anything was changed, so leaving asks first. */
  onCancel: (dirty: boolean) => void;
};

type ButtonsProps = Omit<Props, 'leaving' | 'onCancel'> & { submitting: boolean; onCancel: () => void };

const ActionButtons = memo(function ActionButtons({ submitting, otherStates, stateLabel, onSaveAs, onCancel }: ButtonsProps) {
  const t = useTranslations('form');
  return (
    <Flex gap={8} wrap>
      <Button type="primary" htmlType="submit" loading={submitting} data-testid="form-submit">
        {t('save')}
      </Button>
      {otherStates.map((state) => (
        <Button key={state} disabled={submitting} onClick={onSaveAs(state)} data-testid={`form-submit-${state}`}>
          {t('saveAs', { state: stateLabel(state) })}
        </Button>
      ))}
      <Button onClick={onCancel}>{t('cancel')}</Button>
    </Flex>
  );
});

/**
 * The save and cancel buttons with the unsaved-changes warning: the only part of the form that
 * follows whether it is dirty or saving, so the first keystroke renders no field. The buttons
 * themselves render again only while saving starts or ends.
 */
export function FormActions({ leaving, onCancel, ...buttons }: Props) {
  const t = useTranslations('form');
  const { isDirty, isSubmitting } = useFormState<FormValues>();
  useUnsavedWarning(isDirty && !leaving, t('leaveConfirm'));
  const dirty = useRef(isDirty);
  useEffect(() => {
    dirty.current = isDirty;
  }, [isDirty]);
  const cancel = useCallback(() => onCancel(dirty.current), [onCancel]);
  return <ActionButtons {...buttons} submitting={isSubmitting} onCancel={cancel} />;
}
