'use client';

import { Card, Flex } from 'antd';
import { useTranslations } from 'next-intl';
import { useCallback, useMemo } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { FormLogicProvider, useRuleContext } from '@/features/runtime/record-form/form-logic-context';
import { toFormValues, toPayload, type FormValues } from '@/features/runtime/record-form/form-values';
import type { FieldPermission, TaskDetail } from './inbox-types';
import { TaskActions } from './task-actions';
import { TaskRecord, taskFieldMode } from './task-record';

/**
 * The record under the step's field permissions, and the actions. Fields are editable only while
 * the task can still be approved; the server enforces the same permissions on its side.
 */
export function TaskForm({ detail, onReload }: { detail: TaskDetail; onReload: () => void }) {
  const t = useTranslations('inbox.task');
  const { view, record } = detail;
  const context = useRuleContext();
  const canEdit = detail.actions.includes('approve');
  const permissions = useMemo<Record<string, FieldPermission>>(
    () => (canEdit ? detail.fieldPermissions : Object.fromEntries(Object.entries(detail.fieldPermissions).map(([id, mode]) => [id, mode === 'editable' ? 'readonly' : mode]))),
    [canEdit, detail.fieldPermissions],
  );
  const initial = useMemo(() => toFormValues(view, record, context), [view, record, context]);
  const methods = useForm<FormValues>({ defaultValues: initial, mode: 'onTouched' });
  const editable = useMemo(() => view.entity.fields.filter((field) => taskFieldMode(field, record, permissions, view.entity) === 'editable').map((field) => field.id), [view.entity, record, permissions]);

  const collectValues = useCallback(async () => {
    if (editable.length === 0) return {};
    if (!(await methods.trigger(editable))) return null;
    // Only editable fields that changed are sent: the server refuses any other field (422).
    const changes = toPayload(view, methods.getValues(), initial);
    return Object.fromEntries(Object.entries(changes).filter(([id]) => editable.includes(id)));
  }, [editable, methods, view, initial]);

  return (
    <FormProvider {...methods}>
      <FormLogicProvider view={view} record={record} context={context}>
        <Flex vertical gap={16}>
          <TaskRecord view={view} record={record} permissions={permissions} />
          <Card size="small" title={t('handle')} data-testid="task-handle">
            <TaskActions detail={detail} collectValues={collectValues} onReload={onReload} />
          </Card>
        </Flex>
      </FormLogicProvider>
    </FormProvider>
  );
}
