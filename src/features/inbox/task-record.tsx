'use client';

import { Card, Col, Flex, Form, Row, Tabs } from 'antd';
import { useMemo, type ReactNode } from 'react';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { isFieldVisible, ruleValues } from '@/engine/forms';
import { frozenChildTables } from '@/engine/lifecycle/transitions';
import type { EntityDef } from '@/engine/metadata/entity';
import { isComputed, type FieldDef } from '@/engine/metadata/field';
import { formLayout, type FormSection } from '@/engine/metadata/form';
import { useFieldFormatter } from '@/features/runtime/format-value';
import { ChildTableView } from '@/features/runtime/record-detail/record-sections';
import { ChildTableField } from '@/features/runtime/record-form/child-table-field';
import { FieldControl } from '@/features/runtime/record-form/field-control';
import { FormBlockView, isFrameless, sectionCells, type SectionCell } from '@/features/runtime/record-form/form-section';
import { useLabel } from '@/features/runtime/use-label';
import type { FieldPermission } from './inbox-types';

type Props = { view: EntityView; record: RecordDto; permissions: Record<string, FieldPermission> };

/**
 * How a field is shown on this task. The server already left hidden fields out of the record, so a
 * field missing from it is hidden too. Computed fields are never typed into, nor line tables whose
 * lines hold stock in the record's state (the server refuses those edits too).
 */
export function taskFieldMode(field: FieldDef, record: RecordDto, permissions: Record<string, FieldPermission>, entity?: EntityDef): FieldPermission {
  const permission = permissions[field.id];
  if (permission === 'hidden' || field.hidden) return 'hidden';
  const frozen = field.type === 'child_table' && entity?.lifecycle !== undefined && frozenChildTables(entity, record[entity.lifecycle.field]).includes(field.id);
  if (permission === 'editable' && !isComputed(field) && !frozen) return 'editable';
  return field.id in record ? 'readonly' : 'hidden';
}

/**
 * The record laid out like its form, with the approval step's field permissions: editable fields are
 * the runtime's inputs (bound to the surrounding react-hook-form and FormLogicProvider), read-only
 * fields are text, hidden fields are not there at all.
 */
export function TaskRecord({ view, record, permissions }: Props) {
  const label = useLabel();
  // Read-only fields follow their visibility rules as on the detail page, judged on the stored values.
  const visibleNow = useMemo(() => {
    const values = ruleValues(view.entity, record);
    const context = { now: new Date() };
    return (field: FieldDef) => isFieldVisible(field, values, context);
  }, [view.entity, record]);
  const section = (item: FormSection) => <TaskSection key={item.id} section={item} view={view} record={record} permissions={permissions} visibleNow={visibleNow} />;
  return (
    <Form layout="vertical" component={false}>
      <Flex vertical gap={16} data-testid="task-record">
        {formLayout(view.form).map((node) => {
          if (node.kind === 'section') return section(node.section);
          const groups = node.tabs.filter((group) => group.sections.length > 0);
          if (groups.length === 0) return null;
          return <Tabs key="tabs" items={groups.map((group) => ({ key: group.tab.id, label: label(group.tab.title), children: <Flex vertical gap={16}>{group.sections.map(section)}</Flex> }))} />;
        })}
      </Flex>
    </Form>
  );
}

type SectionProps = Props & { section: FormSection; visibleNow: (field: FieldDef) => boolean };

function TaskSection({ section, view, record, permissions, visibleNow }: SectionProps) {
  const label = useLabel();
  const format = useFieldFormatter();
  const span = 24 / Math.min(Math.max(section.columns, 1), 4);
  const all = sectionCells(view, section);
  const cells = all.filter((cell) => {
    if (cell.kind === 'block') return true;
    const mode = taskFieldMode(cell.field, record, permissions, view.entity);
    // An editable field's own rules are followed live by its input.
    return mode === 'editable' || (mode === 'readonly' && visibleNow(cell.field));
  });
  // A section whose fields are all hidden from this step is left out, not shown empty.
  if (all.some((cell) => cell.kind === 'field') && cells.every((cell) => cell.kind === 'block')) return null;

  function cell(item: SectionCell): ReactNode {
    if (item.kind === 'block') {
      return (
        <Col key={item.block.id} span={24}>
          <FormBlockView block={item.block} />
        </Col>
      );
    }
    const { field } = item;
    const mode = taskFieldMode(field, record, permissions, view.entity);
    if (field.type === 'child_table' && mode === 'editable') {
      return (
        <Col key={field.id} span={24} style={{ marginBottom: 16 }} data-field-mode="editable">
          <ChildTableField field={field} view={view} />
        </Col>
      );
    }
    if (field.type === 'child_table') {
      const rows = Array.isArray(record[field.id]) ? (record[field.id] as RecordDto[]) : [];
      return (
        <Col key={field.id} span={24} style={{ marginBottom: 16 }}>
          <ChildTableView field={field} view={view} rows={rows} />
        </Col>
      );
    }
    if (mode === 'editable') {
      return (
        <Col key={field.id} xs={24} md={span} data-field-mode="editable">
          <FieldControl field={field} name={field.id} id={`field-${field.id}`} target={field.type === 'relation' ? view.related[field.entity] : undefined} displayLabel={record._display?.[field.id]} />
        </Col>
      );
    }
    return (
      <Col key={field.id} xs={24} md={span} data-field-mode="readonly">
        <Form.Item label={label(field.label)}>
          <span data-testid={`task-field-${field.id}`}>{format(field, record[field.id], record)}</span>
        </Form.Item>
      </Col>
    );
  }

  const grid = <Row gutter={16}>{cells.map(cell)}</Row>;
  if (isFrameless(section, cells)) return grid;
  return (
    <Card size="small" title={section.title ? label(section.title) : undefined}>
      {grid}
    </Card>
  );
}
