'use client';

import { Card, Col, Divider, Form, Row, Typography } from 'antd';
import { memo, type ReactNode } from 'react';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { frozenChildTables } from '@/engine/lifecycle/transitions';
import { findField } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { findBlock, type FormBlock, type FormSection as Section } from '@/engine/metadata/form';
import { lifecycleField } from '../lifecycle/state-meta';
import { StateTag } from '../lifecycle/state-tag';
import { useLabel } from '../use-label';
import { ChildTableField } from './child-table-field';
import { FieldControl } from './field-control';
import { useFieldVisible } from './form-logic-context';
import { formFields } from './form-values';
import { FrozenChildTable } from './frozen-child-table';
import { LiveRollupField } from './live-rollup-field';

type Props = { section: Section; view: EntityView; record?: RecordDto; stockRefresh?: number };

/** A divider or description text: a whole row of its section, on the form and on the detail page. */
export function FormBlockView({ block }: { block: FormBlock }) {
  const label = useLabel();
  if (block.kind === 'divider') {
    return (
      <Divider titlePlacement="start" style={{ marginBlock: '4px 16px' }} data-testid={`form-block-${block.id}`}>
        {block.title ? label(block.title) : null}
      </Divider>
    );
  }
  return (
    <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-line' }} data-testid={`form-block-${block.id}`}>
      {label(block.text)}
    </Typography.Paragraph>
  );
}

export type SectionCell = { kind: 'field'; field: FieldDef } | { kind: 'block'; block: FormBlock };

/** A section's cells in order; unknown and removed fields are skipped. */
export function sectionCells(view: EntityView, section: Section): SectionCell[] {
  return section.fields.flatMap((id): SectionCell[] => {
    const block = findBlock(view.form, id);
    if (block) return [{ kind: 'block', block }];
    const field = findField(view.entity, id);
    return field && !field.removed ? [{ kind: 'field', field }] : [];
  });
}

/** An untitled section holding only dividers and text sits between sections without a frame of its own. */
export function isFrameless(section: Section, cells: SectionCell[]): boolean {
  return !section.title && cells.every((cell) => cell.kind === 'block');
}

/** Renders its cell only while the field's visibility rule holds. */
function ShownByRule({ fieldId, children }: { fieldId: string; children: ReactNode }) {
  return useFieldVisible(fieldId) ? children : null;
}

/**
 * One field's cell of a section grid. While the field is hidden (always, or by its rule right now)
 * it renders no column at all, so the grid closes up rather than leaving a hole. Only a field with
 * a visibility rule follows other inputs.
 */
function FieldCell({ field, span, children }: { field: FieldDef; span: number; children: ReactNode }) {
  if (field.hidden) return null;
  const cell = (
    <Col xs={24} md={field.type === 'child_table' ? 24 : span}>
      {children}
    </Col>
  );
  return field.visibleWhen === undefined ? cell : <ShownByRule fieldId={field.id}>{cell}</ShownByRule>;
}

/**
 * A section's grid: `columns` across on wide screens, one column below 768px; child tables and
 * blocks span the row. Memoised: its fields follow their own values, so a tab bar marking errors
 * or a save failure shown above does not render every field again.
 */
export const FormSection = memo(function FormSection({ section, view, record, stockRefresh }: Props) {
  const label = useLabel();
  const stateField = lifecycleField(view.entity);
  // The state changes only through actions; a new record's state is chosen by its save button.
  const cells = sectionCells(view, section).filter((cell) => !(cell.kind === 'field' && cell.field.id === stateField?.id && !record));
  const frozen = record && stateField ? frozenChildTables(view.entity, record[stateField.id]) : [];
  const shown = new Set(formFields(view).map((field) => field.id));
  const span = 24 / Math.min(Math.max(section.columns, 1), 4);

  function control(field: FieldDef): ReactNode {
    if (field.type === 'child_table') {
      return record && frozen.includes(field.id) ? <FrozenChildTable field={field} view={view} record={record} /> : <ChildTableField field={field} view={view} stockRefresh={stockRefresh} />;
    }
    if (field.id === stateField?.id) {
      return (
        <Form.Item label={label(field.label)}>
          <StateTag field={stateField} value={record?.[field.id]} testId="form-state" />
        </Form.Item>
      );
    }
    if (field.type === 'rollup' && shown.has(field.child)) return <LiveRollupField field={field} view={view} />;
    return (
      <FieldControl
        field={field}
        name={field.id}
        id={`field-${field.id}`}
        target={field.type === 'relation' ? view.related[field.entity] : undefined}
        displayLabel={record?._display?.[field.id]}
      />
    );
  }

  const grid = (
    <Row gutter={16}>
      {cells.map((cell) =>
        cell.kind === 'block' ? (
          <Col key={cell.block.id} span={24}>
            <FormBlockView block={cell.block} />
          </Col>
        ) : (
          <FieldCell key={cell.field.id} field={cell.field} span={span}>
            {control(cell.field)}
          </FieldCell>
        ),
      )}
    </Row>
  );
  if (isFrameless(section, cells)) return grid;
  return (
    <Card size="small" title={section.title ? label(section.title) : undefined} data-testid={`form-section-${section.id}`}>
      {grid}
    </Card>
  );
});
