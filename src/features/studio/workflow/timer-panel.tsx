'use client';

import { Checkbox, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { Duration, Offset, TimerConfig } from '@/engine/workflow';
import { useLabel } from '@/features/runtime/use-label';
import type { WorkflowContext } from './use-workflow-context';

type Props = { timer: TimerConfig; context: WorkflowContext; onChange: (timer: TimerConfig, coalesceKey?: string) => void };

const PARTS = ['days', 'hours', 'minutes'] as const;
/** Record columns every entity has that hold a time, besides its date fields. */
const SYSTEM_DATES = ['created_at', 'updated_at'] as const;

/** Zero parts are left out, so the stored duration reads like what was typed. */
export function withPart<T extends Duration | Offset>(span: T, part: (typeof PARTS)[number], value: number | null): T {
  const next = { ...span };
  if (!value) delete next[part];
  else next[part] = value;
  return next;
}

function SpanInputs({ id, span, min, onChange }: { id: string; span: Duration | Offset; min: number; onChange: (span: Duration | Offset, coalesceKey: string) => void }) {
  const t = useTranslations('workflows.timer');
  return (
    <Flex gap={6} wrap>
      {PARTS.map((part) => (
        <InputNumber
          key={part}
          id={`${id}-${part}`}
          data-testid={`${id}-${part}`}
          aria-label={t(part)}
          min={min}
          max={100_000}
          precision={0}
          value={span[part] ?? 0}
          suffix={t(part)}
          style={{ width: 110 }}
          onChange={(value) => onChange(withPart(span, part, value), `${id}-${part}`)}
        />
      ))}
    </Flex>
  );
}

export function TimerPanel({ timer, context, onChange }: Props) {
  const t = useTranslations('workflows.timer');
  const label = useLabel();
  const wait = timer.wait;
  const dateFields = context.fields.filter((field) => field.type === 'date' || field.type === 'datetime');
  const dateOptions = [
    ...dateFields.map((field) => ({ value: field.id, label: `${label(field.label)} (${field.id})` })),
    ...SYSTEM_DATES.map((key) => ({ value: key, label: t(`system.${key}`) })),
  ];

  return (
    <Flex vertical gap={8} data-testid="wf-timer-panel">
      <Radio.Group
        data-testid="wf-timer-kind"
        value={wait.kind}
        onChange={(event) =>
          onChange({ ...timer, wait: event.target.value === 'after' ? { kind: 'after', duration: { hours: 24 } } : { kind: 'at_field', field: dateOptions[0]?.value ?? 'created_at' } })
        }
        options={[
          { value: 'after', label: t('after') },
          { value: 'at_field', label: t('atField') },
        ]}
      />
      {wait.kind === 'after' ? (
        <Form.Item label={t('duration')} style={{ marginBottom: 0 }}>
          <SpanInputs id="wf-timer-duration" span={wait.duration} min={0} onChange={(duration, key) => onChange({ ...timer, wait: { ...wait, duration } }, key)} />
        </Form.Item>
      ) : (
        <>
          <Form.Item label={t('field')} htmlFor="wf-timer-field" style={{ marginBottom: 0 }}>
            <Select id="wf-timer-field" data-testid="wf-timer-field" value={wait.field} options={dateOptions} onChange={(field: string) => onChange({ ...timer, wait: { ...wait, field } })} />
          </Form.Item>
          <Form.Item label={t('offset')} help={t('offsetHelp')} style={{ marginBottom: 0 }}>
            <SpanInputs
              id="wf-timer-offset"
              span={wait.offset ?? {}}
              min={-100_000}
              onChange={(offset, key) => {
                const next: typeof wait = { ...wait, offset };
                if (Object.keys(offset).length === 0) delete next.offset;
                onChange({ ...timer, wait: next }, key);
              }}
            />
          </Form.Item>
        </>
      )}
      <Checkbox
        data-testid="wf-timer-working-days"
        checked={timer.workingDays ?? false}
        onChange={(event) => {
          const next: TimerConfig = { ...timer, workingDays: event.target.checked };
          if (!event.target.checked) {
            delete next.workingDays;
            delete next.calendar;
          }
          onChange(next);
        }}
      >
        {t('workingDays')}
      </Checkbox>
      {timer.workingDays && (
        <Form.Item label={t('calendar')} htmlFor="wf-timer-calendar" help={t('calendarHelp')} style={{ marginBottom: 0 }}>
          <Input
            id="wf-timer-calendar"
            placeholder="default"
            value={timer.calendar ?? ''}
            onChange={(event) => {
              const next: TimerConfig = { ...timer, calendar: event.target.value };
              if (event.target.value === '') delete next.calendar;
              onChange(next, 'calendar');
            }}
          />
        </Form.Item>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('help')}
      </Typography.Text>
    </Flex>
  );
}
