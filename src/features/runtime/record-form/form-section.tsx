'use client';

import { Card, Col, Form, Row } from 'antd';
import type { ReactNode } from 'react';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { frozenChildTables } from '@/engine/lifecycle/transitions';
import { findField } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import type { FormSection as Section } from '@/engine/metadata/form';
import { lifecycleField } from '../lifecycle/state-meta';
import { StateTag } from '../lifecycle/state-tag';
import { useLabel } from '../use-label';
import { ChildTableField } from './child-table-field';
import { FieldControl } from './field-control';
import { formFields } from './form-values';
import { FrozenChildTable } from './frozen-child-table';
import { LiveRollupField } from './live-rollup-field';

type Props = { section: Section; view: EntityView; record?: RecordDto; stockRefresh?: number };

/** A section's grid: `columns` across on wide screens, one column below 768px; child tables span the row. */
export function FormSection({ section, view, record, stockRefresh }: Props) {
  const label = useLabel();
  const stateField = lifecycleField(view.entity);
  // The state changes only through actions; a new record's state is chosen by its save button.
  const fields = section.fields
    .map((id) => findField(view.entity, id))
    .filter((field): field is FieldDef => !!field && !field.removed && !(field.id === stateField?.id && !record));
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

  return (
    <Card size="small" title={section.title ? label(section.title) : undefined}>
      <Row gutter={16}>
        {fields.map((field) => (
          <Col key={field.id} xs={24} md={field.type === 'child_table' ? 24 : span}>
            {control(field)}
          </Col>
        ))}
      </Row>
    </Card>
  );
}
