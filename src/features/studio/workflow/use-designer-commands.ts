'use client';

import { App } from 'antd';
import { useTranslations } from 'next-intl';
import { useRef, useState, type Dispatch } from 'react';
import { parseWorkflowDefinition, validateDefinition, type DefinitionProblem, type WorkflowDefinition } from '@/engine/workflow';
import { toApiError } from '@/features/runtime/api-client';
import { discardWorkflowDraft, issuePaths, publishWorkflow, refusedProblems, restoreWorkflowVersion, saveWorkflowDraft } from './workflow-api';
import type { DesignerAction } from './workflow-reducer';

/** Why the last command failed: a message, and the problems or schema paths behind it. */
export type Failure = { message: string; problems: DefinitionProblem[]; paths: string[] };

type Options = {
  workflowKey: string;
  definition: WorkflowDefinition;
  problems: DefinitionProblem[];
  dispatch: Dispatch<DesignerAction>;
  onReload: () => void;
};

/** Save, publish, discard and restore, each refusing early (with the list) what the server would refuse. */
export function useDesignerCommands({ workflowKey, definition, problems, dispatch, onReload }: Options) {
  const t = useTranslations('workflows.commands');
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  // Ctrl+S held down, or pressed while a save runs, must not send overlapping requests.
  const running = useRef(false);

  async function run(work: () => Promise<void>) {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      const apiError = toApiError(error);
      setFailure({ message: apiError.message, problems: refusedProblems(apiError.details), paths: issuePaths(apiError.details) });
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  /** A document the schema refuses cannot be stored at all; say where, in the designer's words. */
  function unparseable(): Failure | null {
    if (parseWorkflowDefinition(definition).success) return null;
    return { message: t('incomplete'), problems: validateDefinition(definition), paths: [] };
  }

  async function store() {
    const saved = await saveWorkflowDraft(workflowKey, definition);
    dispatch({ type: 'saved', definition });
    return saved;
  }

  const save = () => {
    const blocked = unparseable();
    if (blocked) return setFailure(blocked);
    void run(async () => {
      await store();
      message.success(t('saved'));
    });
  };

  const publish = () => {
    if (problems.length > 0) return setFailure({ message: t('publishRefused', { count: problems.length }), problems, paths: [] });
    void run(async () => {
      await store();
      const { version } = await publishWorkflow(workflowKey);
      message.success(t('published', { version }));
      onReload();
    });
  };

  const discard = () =>
    void run(async () => {
      await discardWorkflowDraft(workflowKey);
      message.success(t('discarded'));
      onReload();
    });

  const restore = (version: number) =>
    void run(async () => {
      await restoreWorkflowVersion(workflowKey, version);
      message.success(t('restored', { version }));
      onReload();
    });

  return { busy, failure, clearFailure: () => setFailure(null), save, publish, discard, restore };
}
