'use client';

import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Popconfirm, Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { EntityDef } from '@/engine/metadata/entity';
import { useLabel } from '@/features/runtime/use-label';
import { addCondition, conditionsAccepted, readScheduleFilter, removeCondition, replaceCondition, scheduleFilterFields, writeScheduleFilter, type FilterJoin, type ScheduleFilterRows } from './schedule-filter';
import { ScheduleFilterRow } from './schedule-filter-row';

type Props = {
  entity: EntityDef | undefined;
  entities: readonly EntityDef[];
  /** The trigger's stored filter; undefined for every record. */
  filter: unknown;
  onChange: (filter: Record<string, unknown> | undefined, coalesceKey?: string) => void;
};

/**
 * Which records a schedule starts the workflow for: conditions in the record list's filter
 * language, joined by all or any. The stored filter is the only state, read into rows each render.
 */
export function ScheduleFilterEditor({ entity, entities, filter, onChange }: Props) {
  const t = useTranslations('workflows.settings.filter');
  const label = useLabel();
  const rows = readScheduleFilter(filter);
  const fields = scheduleFilterFields(entity);
  const entityName = entity ? label(entity.label) : '';

  if (!rows) {
    return (
      <Flex vertical gap={8} data-testid="wf-filter-hand-written">
        <Typography.Text strong>{t('title')}</Typography.Text>
        <Alert type="info" showIcon title={t('handWritten')} />
        <pre style={{ margin: 0, padding: 8, overflow: 'auto', maxHeight: 200, background: 'var(--ant-color-fill-quaternary, #fafafa)', borderRadius: 6 }}>{JSON.stringify(filter, null, 2)}</pre>
        <Popconfirm title={t('clearConfirm')} okButtonProps={{ danger: true }} onConfirm={() => onChange(undefined)}>
          <Button size="small" danger data-testid="wf-filter-clear" style={{ alignSelf: 'flex-start' }}>
            {t('clear')}
          </Button>
        </Popconfirm>
      </Flex>
    );
  }

  const accepted = conditionsAccepted(entity, rows);
  const set = (next: ScheduleFilterRows, coalesceKey?: string) => onChange(writeScheduleFilter(next), coalesceKey);
  const count = rows.conditions.length;

  return (
    <Flex vertical gap={8} role="group" aria-label={t('title')} data-testid="wf-schedule-filter" style={{ marginBottom: 24 }}>
      <Typography.Text strong>{t('title')}</Typography.Text>
      {count > 1 && (
        <Select<FilterJoin>
          id="wf-filter-join"
          data-testid="wf-filter-join"
          aria-label={t('join')}
          value={rows.join}
          options={[{ value: 'and', label: t('all') }, { value: 'or', label: t('any') }]}
          onChange={(join) => set({ ...rows, join })}
          style={{ maxWidth: 260 }}
        />
      )}
      {rows.conditions.map((condition, index) => (
        // Rows have no identity of their own; a removal re-keys the ones after it, which only costs a re-render.
        <ScheduleFilterRow
          key={index}
          index={index}
          condition={condition}
          entity={entity}
          entities={entities}
          fields={fields}
          invalid={!accepted[index]}
          onChange={(next, typing) => set(replaceCondition(rows, index, next), typing ? `filter-${index}` : undefined)}
          onRemove={() => set(removeCondition(rows, index))}
        />
      ))}
      <Typography.Text type="secondary" data-testid="wf-filter-summary">
        {count === 0 ? t('everyRecord', { entity: entityName }) : t('matching', { entity: entityName, join: rows.join, count })}
      </Typography.Text>
      {accepted.includes(false) && <Typography.Text type="warning">{t('incomplete')}</Typography.Text>}
      <Button
        size="small"
        icon={<PlusOutlined />}
        disabled={fields.length === 0}
        data-testid="wf-filter-add"
        onClick={() => set(addCondition(entity, rows))}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('add')}
      </Button>
    </Flex>
  );
}
