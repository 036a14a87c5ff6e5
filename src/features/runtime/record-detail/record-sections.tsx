'use client';

import { Card, Descriptions, Flex, Table, Tabs, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { isFieldVisible, ruleValues } from '@/engine/forms';
import type { FieldDef, FieldOf } from '@/engine/metadata/field';
import { formLayout, type FormBlock, type FormSection } from '@/engine/metadata/form';
import { FormBlockView, isFrameless, sectionCells, type SectionCell } from '../record-form/form-section';
import { childColumns } from '../record-form/form-values';
import { useFieldFormatter } from '../format-value';
import { lifecycleField } from '../lifecycle/state-meta';
import { StateTag } from '../lifecycle/state-tag';
import { useLabel } from '../use-label';

/** The record laid out like its form: sections, tabs, dividers and text, child tables as tables. */
export function RecordSections({ view, record }: { view: EntityView; record: RecordDto }) {
  const label = useLabel();
  // Fields hidden by their rules on the form are hidden here too, judged on the stored values.
  const visible = useMemo(() => {
    const values = ruleValues(view.entity, record);
    const context = { now: new Date() };
    return (field: FieldDef) => isFieldVisible(field, values, context);
  }, [view.entity, record]);
  const section = (item: FormSection) => <SectionView key={item.id} section={item} view={view} record={record} visible={visible} />;
  return (
    <Flex vertical gap={16}>
      {formLayout(view.form).map((node) => {
        if (node.kind === 'section') return section(node.section);
        const groups = node.tabs.filter((group) => group.sections.length > 0);
        if (groups.length === 0) return null;
        return (
          <Tabs
            key="tabs"
            items={groups.map((group) => ({
              key: group.tab.id,
              label: <span data-testid={`detail-tab-${group.tab.id}`}>{label(group.tab.title)}</span>,
              children: (
                <Flex vertical gap={16}>
                  {group.sections.map(section)}
                </Flex>
              ),
            }))}
          />
        );
      })}
    </Flex>
  );
}

type Run = { kind: 'fields'; fields: FieldDef[] } | { kind: 'table'; field: FieldOf<'child_table'> } | { kind: 'block'; block: FormBlock };

/** Consecutive plain fields share one Descriptions grid; a child table or a block starts a new row. */
function runsOf(cells: SectionCell[]): Run[] {
  const runs: Run[] = [];
  for (const cell of cells) {
    const last = runs.at(-1);
    if (cell.kind === 'block') runs.push({ kind: 'block', block: cell.block });
    else if (cell.field.type === 'child_table') runs.push({ kind: 'table', field: cell.field });
    else if (last?.kind === 'fields') last.fields.push(cell.field);
    else runs.push({ kind: 'fields', fields: [cell.field] });
  }
  return runs;
}

type SectionProps = { section: FormSection; view: EntityView; record: RecordDto; visible: (field: FieldDef) => boolean };

function SectionView({ section, view, record, visible }: SectionProps) {
  const label = useLabel();
  const format = useFieldFormatter();
  const cells = sectionCells(view, section).filter((cell) => cell.kind === 'block' || visible(cell.field));
  const columns = Math.min(Math.max(section.columns, 1), 4);
  const stateField = lifecycleField(view.entity);

  const body = (
    <Flex vertical gap={16}>
      {runsOf(cells).map((run) => {
        if (run.kind === 'block') return <FormBlockView key={run.block.id} block={run.block} />;
        if (run.kind === 'table') {
          return <ChildTableView key={run.field.id} field={run.field} view={view} rows={Array.isArray(record[run.field.id]) ? (record[run.field.id] as RecordDto[]) : []} />;
        }
        return (
          <Descriptions
            key={run.fields[0].id}
            bordered
            size="small"
            column={{ xs: 1, sm: 1, md: columns, lg: columns, xl: columns, xxl: columns }}
            items={run.fields.map((field) => ({
              key: field.id,
              label: label(field.label),
              children: field.id === stateField?.id ? <StateTag field={stateField} value={record[field.id]} /> : format(field, record[field.id], record),
            }))}
          />
        );
      })}
    </Flex>
  );
  if (isFrameless(section, cells)) return body;
  return (
    <Card size="small" title={section.title ? label(section.title) : undefined}>
      {body}
    </Card>
  );
}

/** Line items read-only: on the detail page, and in the edit form while they may not change. */
export function ChildTableView({ field, view, rows, showTitle = true }: { field: FieldOf<'child_table'>; view: EntityView; rows: RecordDto[]; showTitle?: boolean }) {
  const label = useLabel();
  const format = useFieldFormatter();
  const child = view.related[field.entity];
  const columns: TableColumnsType<RecordDto> = (child ? childColumns(child, view.entity.key) : []).map((column) => ({
    key: column.id,
    dataIndex: column.id,
    title: label(column.label),
    align: column.type === 'money' || column.type === 'number' || ((column.type === 'formula' && column.resultType !== 'text') || column.type === 'rollup') ? 'right' : undefined,
    render: (value: unknown, row: RecordDto) => format(column, value, row),
  }));
  return (
    <section aria-label={label(field.label)}>
      {showTitle && <h4 style={{ margin: '0 0 8px' }}>{label(field.label)}</h4>}
      <Table<RecordDto> size="small" rowKey="id" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} />
    </section>
  );
}
