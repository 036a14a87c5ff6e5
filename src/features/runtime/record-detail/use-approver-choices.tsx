'use client';

import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { StateAction } from '@/engine/metadata/lifecycle';
import { useLabel } from '../use-label';
import { fetchActionChoices, type ApproverChoices, type WorkflowChoices } from './approver-choices-api';
import { ApproverChoicesDialog } from './approver-choices-dialog';

type Asking = { action: StateAction; choices: WorkflowChoices[] };

/**
 * Before a state action runs: when a workflow it starts lets the initiator choose approvers, opens
 * the dialog and resolves with the picks, or null when the initiator cancels; undefined when there
 * is nothing to ask. Rejects with an ApiError when the server cannot say.
 */
export function useApproverChoices(entityKey: string, recordId: string): { ask: (action: StateAction) => Promise<ApproverChoices | null | undefined>; dialog: ReactNode } {
  const label = useLabel();
  const [asking, setAsking] = useState<Asking | null>(null);
  const settle = useRef<(picks: ApproverChoices | null) => void>(() => {});

  const ask = useCallback(
    async (action: StateAction) => {
      const choices = await fetchActionChoices(entityKey, recordId, action);
      if (!choices.length) return undefined;
      return new Promise<ApproverChoices | null>((resolve) => {
        settle.current = (picks) => {
          setAsking(null);
          resolve(picks);
        };
        setAsking({ action, choices });
      });
    },
    [entityKey, recordId],
  );

  const dialog = (
    <ApproverChoicesDialog
      open={asking !== null}
      actionLabel={asking ? label(asking.action.label) : ''}
      choices={asking?.choices ?? []}
      onSubmit={(picks) => settle.current(picks)}
      onCancel={() => settle.current(null)}
    />
  );
  return { ask, dialog };
}
