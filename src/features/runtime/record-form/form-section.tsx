'use client';

import { Card, Col, Row } from 'antd';
import type { EntityView, RecordDto } from '@/engine/contract/api-types';
import { findField } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import type { FormSection as Section } from '@/engine/metadata/form';
import { useLabel } from '../use-label';
import { ChildTableField } from './child-table-field';
import { FieldControl } from './field-control';

/** A section's grid: `columns` across on wide screens, one column below 768px; child tables span the row. */
export function FormSection({ section, view, record }: { section: Section; view: EntityView; record?: RecordDto }) {
  const label = useLabel();
  const fields = section.fields.map((id) => findField(view.entity, id)).filter((field): field is FieldDef => !!field && !field.removed);
  const span = 24 / Math.min(Math.max(section.columns, 1), 4);
  return (
    <Card size="small" title={section.title ? label(section.title) : undefined}>
      <Row gutter={16}>
        {fields.map((field) => (
          <Col key={field.id} xs={24} md={field.type === 'child_table' ? 24 : span}>
            {field.type === 'child_table' ? (
              <ChildTableField field={field} view={view} />
            ) : (
              <FieldControl
                field={field}
                name={field.id}
                id={`field-${field.id}`}
                target={field.type === 'relation' ? view.related[field.entity] : undefined}
                displayLabel={record?._display?.[field.id]}
              />
            )}
          </Col>
        ))}
      </Row>
    </Card>
  );
}
