'use client';

import { Form, Input } from 'antd';
import { useTranslations } from 'next-intl';
import type { Trigger } from '@/engine/workflow';
import { describeCron, type CronPreview } from './cron-preview';
import { ScheduleFilterEditor } from './schedule-filter-editor';
import { setScheduleFilter } from './trigger-edits';
import type { WorkflowContext } from './use-workflow-context';

type ScheduleTrigger = Extract<Trigger, { kind: 'schedule' }>;
type Props = { trigger: ScheduleTrigger; context: WorkflowContext; onChange: (next: ScheduleTrigger, coalesceKey?: string) => void };

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** When the schedule fires (cron, with what it means in words) and for which records. */
export function ScheduleTriggerInputs({ trigger, context, onChange }: Props) {
  const t = useTranslations('workflows.settings');
  const preview = describeCron(trigger.cron);
  const said = (value: CronPreview) => {
    switch (value.kind) {
      case 'weekly':
        return t('cronPreview.weekly', { weekday: WEEKDAYS[value.weekday], time: value.time });
      case 'everyNMinutes':
        return t('cronPreview.everyNMinutes', { minutes: value.minutes });
      case 'hourly':
        return t('cronPreview.hourly', { minute: String(value.minute).padStart(2, '0') });
      case 'monthly':
        return t('cronPreview.monthly', { day: value.day, time: value.time });
      case 'daily':
      case 'weekdays':
        return t(`cronPreview.${value.kind}`, { time: value.time });
      case 'everyMinute':
        return t('cronPreview.everyMinute');
    }
  };

  return (
    <>
      <Form.Item label={t('cron')} htmlFor="wf-trigger-cron" help={t('cronHelp')} extra={<span data-testid="wf-cron-preview">{preview ? said(preview) : t('cronPreview.other', { cron: trigger.cron.trim() })}</span>}>
        <Input id="wf-trigger-cron" data-testid="wf-trigger-cron" value={trigger.cron} onChange={(event) => onChange({ ...trigger, cron: event.target.value }, 'cron')} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <ScheduleFilterEditor entity={context.entity} entities={context.entities} filter={trigger.filter} onChange={(filter, coalesceKey) => onChange(setScheduleFilter(trigger, filter), coalesceKey)} />
    </>
  );
}
