'use client';

import { App, Button } from 'antd';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { RecordDto } from '@/engine/contract/api-types';
import type { EntityDef } from '@/engine/metadata/entity';
import type { StateAction } from '@/engine/metadata/lifecycle';
import { apiFetch, recordsPath, toApiError, type ApiError } from '../api-client';
import { actionNeedsConfirm, offeredActions } from '../lifecycle/state-meta';
import { useLabel } from '../use-label';
import { fetchActionChoices, type ApproverChoices } from './approver-choices-api';
import { useApproverChoices } from './use-approver-choices';

type Props = {
  entity: EntityDef;
  record: RecordDto;
  /** After the server ran the action: show the new state and history. */
  onDone: () => void;
  onFailure: (failure: { action: string; error: ApiError } | null) => void;
};

/** One button per state action the server offers this caller now (`_actions`). */
export function RecordActions({ entity, record, onDone, onFailure }: Props) {
  const t = useTranslations('actions');
  const label = useLabel();
  const { modal, message } = App.useApp();
  const [running, setRunning] = useState<string | null>(null);
  const actions = offeredActions(entity, record._actions);
  const approvers = useApproverChoices();

  async function run(action: StateAction, picks?: ApproverChoices) {
    setRunning(action.key);
    onFailure(null);
    try {
      // If-Match: an action chosen on a stale page must not apply to a record that moved on.
      const json = picks ? { approvers: picks } : undefined;
      await apiFetch<RecordDto>(`${recordsPath(entity.key, record.id, 'actions')}/${encodeURIComponent(action.key)}`, { method: 'POST', headers: { 'If-Match': String(record.version) }, json });
      message.success(t('done', { action: label(action.label) }));
      onDone();
    } catch (error) {
      onFailure({ action: label(action.label), error: toApiError(error) });
      // A stale page is the usual cause of a refusal; show the record as it is now.
      if (toApiError(error).status === 409) onDone();
    } finally {
      setRunning(null);
    }
  }

  /** A workflow the action starts may let the initiator pick approvers; null: cancelled (nothing runs) or the check failed. */
  async function pickApprovers(action: StateAction): Promise<ApproverChoices | undefined | null> {
    setRunning(action.key);
    onFailure(null);
    try {
      return await approvers.ask(label(action.label), () => fetchActionChoices(entity.key, record.id, action));
    } catch (error) {
      onFailure({ action: label(action.label), error: toApiError(error) });
      return null;
    } finally {
      setRunning(null);
    }
  }

  async function click(action: StateAction) {
    const picks = await pickApprovers(action);
    if (picks === null) return;
    if (!actionNeedsConfirm(entity, action)) return void run(action, picks);
    modal.confirm({
      title: t('confirmTitle', { action: label(action.label) }),
      content: t('confirmBody', { action: label(action.label) }),
      okText: label(action.label),
      okButtonProps: { danger: true, 'data-testid': 'action-confirm' },
      cancelText: t('back'),
      onOk: () => run(action, picks),
    });
  }

  return (
    <>
      {actions.map((action) => (
        <Button
          key={action.key}
          danger={actionNeedsConfirm(entity, action)}
          loading={running === action.key}
          disabled={running !== null && running !== action.key}
          onClick={() => click(action)}
          data-testid={`action-${action.key}`}
        >
          {label(action.label)}
        </Button>
      ))}
      {approvers.dialog}
    </>
  );
}
