'use client';

import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { ApproverChoices, WorkflowChoices } from './approver-choices-api';
import { ApproverChoicesDialog } from './approver-choices-dialog';

type Asking = { actionLabel: string; choices: WorkflowChoices[] };

/**
 * Before a state action runs or a record is created: when a workflow it starts lets the initiator
 * choose approvers (`load` says which), opens the dialog and resolves with the picks, or null when
 * the initiator cancels; undefined when there is nothing to ask. Rejects with an ApiError when the
 * server cannot say. `actionLabel` names what the dialog's button will do.
 */
export function useApproverChoices(): { ask: (actionLabel: string, load: () => Promise<WorkflowChoices[]>) => Promise<ApproverChoices | null | undefined>; dialog: ReactNode } {
  const [asking, setAsking] = useState<Asking | null>(null);
  const settle = useRef<(picks: ApproverChoices | null) => void>(() => {});

  const ask = useCallback(async (actionLabel: string, load: () => Promise<WorkflowChoices[]>) => {
    const choices = await load();
    if (!choices.length) return undefined;
    return new Promise<ApproverChoices | null>((resolve) => {
      settle.current = (picks) => {
        setAsking(null);
        resolve(picks);
      };
      setAsking({ actionLabel, choices });
    });
  }, []);

  const dialog = (
    <ApproverChoicesDialog
      open={asking !== null}
      actionLabel={asking?.actionLabel ?? ''}
      choices={asking?.choices ?? []}
      onSubmit={(picks) => settle.current(picks)}
      onCancel={() => settle.current(null)}
    />
  );
  return { ask, dialog };
}
