'use client';

import { App, Flex, Form } from 'antd';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { apiFetch, recordsPath, toApiError } from '../api-client';
import { alternativeCreateStates, lifecycleField } from '../lifecycle/state-meta';
import { shortageCells, stockShortages } from '../stock/stock-shortage';
import { useLabel } from '../use-label';
import { FormActions } from './form-actions';
import { FormLayout } from './form-layout';
import { FormLogicProvider, useRuleContext } from './form-logic-context';
import { baseValues, unplacedProblems } from './form-rule-data';
import { toFormValues, toPayload, type FormValues } from './form-values';
import { describePath, fieldProblems, formPathFor, type SaveFailure } from './save-errors';
import { SaveFailureAlert } from './save-failure-alert';
import { fetchCreateChoices } from '../record-detail/approver-choices-api';
import { useApproverChoices } from '../record-detail/use-approver-choices';

type Props = {
  view: EntityView;
  /** The record being edited; absent when creating. */
  record?: RecordDto;
  /** Fetches the latest version after a conflict; the form is rebuilt from it. */
  onReload?: () => void;
  /** In the designer's preview: everything runs as at run time, except that nothing is saved and cancel only clears the form. */
  preview?: boolean;
};

export function RecordForm({ view, record, onReload, preview = false }: Props) {
  const t = useTranslations('form');
  const stock = useTranslations('stock');
  const label = useLabel();
  const router = useRouter();
  const { message } = App.useApp();
  const rules = useTranslations('formRules');
  const previewText = useTranslations('studio.preview');
  const entityKey = view.entity.key;
  const ruleContext = useRuleContext();
  const initial = useMemo(() => toFormValues(view, record, ruleContext), [view, record, ruleContext]);
  const methods = useForm<FormValues>({ defaultValues: initial, mode: 'onTouched' });
  // Dirty and submitting state are read by FormActions alone: read here, every change would render all fields.
  const { handleSubmit, setError } = methods;
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [leaving, setLeaving] = useState(preview);
  const [stockRefresh, setStockRefresh] = useState(0);
  const backHref = record ? `/r/${entityKey}/${record.id}` : `/r/${entityKey}`;
  const stateField = lifecycleField(view.entity);
  const otherStates = record || !stateField ? [] : alternativeCreateStates(view.entity);
  const approvers = useApproverChoices();
  const stateLabel = (state: string) => label(stateField?.options.find((option) => option.value === state)?.label) || state;

  /** `state`: a starting state other than the initial one, chosen by its own save button. */
  async function save(values: FormValues, state?: string) {
    setFailure(null);
    // Rules no input shows (about the whole record, or fields the layout leaves out) are checked here.
    const base = { ...baseValues(view, record, ruleContext), ...(state && stateField ? { [stateField.id]: state } : {}) };
    const unplaced = unplacedProblems(view, values, base, ruleContext);
    if (unplaced.length > 0) {
      const problems = unplaced.map((problem) => {
        const where = problem.path ? describePath(view, problem.path, label) : rules('wholeRecord');
        const field = label(problem.field?.label);
        const text = problem.code === 'rule_failed' ? label(problem.message) : problem.code === 'required' ? t('required', { field }) : rules('optionNotOffered', { field });
        return { where, message: text };
      });
      return setFailure({ kind: 'validation', message: t('validationFailed'), problems });
    }
    if (preview) {
      message.info(previewText('notSaved'));
      return;
    }
    try {
      let id: string;
      if (record) {
        const changes = toPayload(view, values, initial);
        if (Object.keys(changes).length > 0) {
          await apiFetch<RecordDto>(recordsPath(entityKey, record.id), { method: 'PATCH', json: changes, headers: { 'If-Match': String(record.version) } });
        }
        id = record.id;
      } else {
        // A workflow creating the record starts may ask who approves; cancelling saves nothing and keeps the inputs.
        const picks = await approvers.ask(state ? t('saveAs', { state: stateLabel(state) }) : t('save'), () => fetchCreateChoices(entityKey));
        if (picks === null) return;
        const body = { ...toPayload(view, values), ...(state && stateField ? { [stateField.id]: state } : {}), ...(picks ? { approvers: picks } : {}) };
        id = (await apiFetch<RecordDto>(recordsPath(entityKey), { method: 'POST', json: body })).id;
      }
      setLeaving(true);
      message.success(t('saved'));
      router.push(`/r/${entityKey}/${id}`);
    } catch (caught) {
      // The inputs are left exactly as they were: every failure is reported next to them.
      const error = toApiError(caught);
      if (error.code === 'conflict') return setFailure({ kind: 'conflict' });
      const shortage = stockShortages(error);
      if (shortage) {
        // The first message takes focus: on a line scrolled out of a long table, that line is brought back.
        shortageCells(view.entity, shortage).forEach(({ path, shortage: item }, index) => {
          setError(path, { type: 'server', message: stock('shortCell', { requested: item.requested, available: item.available }) }, { shouldFocus: index === 0 });
        });
        setStockRefresh((n) => n + 1);
        return setFailure({ kind: 'stock', shortages: shortage.shortages });
      }
      const problems = fieldProblems(error);
      if (problems.length === 0) return setFailure({ kind: 'error', message: error.message });
      const paths = problems.map((problem) => formPathFor(view, problem.path));
      // The first field reported takes focus: on a line scrolled out of a long table, that line is brought back.
      const first = paths.find((path) => path !== null);
      problems.forEach((problem, index) => {
        const path = paths[index];
        if (path) setError(path, { type: 'server', message: problem.message }, { shouldFocus: path === first });
      });
      setFailure({ kind: 'validation', message: t('validationFailed'), problems: problems.map((p) => ({ where: describePath(view, p.path, label), message: p.message })) });
    }
  }

  function cancel(dirty: boolean) {
    if (preview) return methods.reset();
    if (dirty && !window.confirm(t('leaveConfirm'))) return;
    setLeaving(true);
    router.push(backHref);
  }


  return (
    <FormProvider {...methods}>
      <FormLogicProvider view={view} record={record} context={ruleContext}>
        <Form layout="vertical" component={false}>
          <form onSubmit={handleSubmit((values) => save(values))} noValidate aria-label={label(view.entity.label)}>
            <Flex vertical gap={16}>
              {failure && <SaveFailureAlert failure={failure} onReload={onReload} />}
              <FormLayout view={view} record={record} stockRefresh={stockRefresh} />
              <FormActions leaving={leaving} otherStates={otherStates} stateLabel={stateLabel} onSaveAs={(state) => handleSubmit((values) => save(values, state))} onCancel={cancel} />
            </Flex>
          </form>
          {/* Outside the form: a submit inside the dialog must not bubble (through the portal) into this form's. */}
          {approvers.dialog}
        </Form>
      </FormLogicProvider>
    </FormProvider>
  );
}
