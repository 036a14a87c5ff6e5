'use client';

import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { EntityDef } from '@/engine/metadata/entity';
import type { FieldDef } from '@/engine/metadata/field';
import { useLabel } from '../use-label';
import { RelationSelect } from '../widgets/relation-select';
import { filterKind, type FilterValues } from './filter-spec';
import { DateRange, NumberRange } from './range-inputs';

type Props = {
  fields: FieldDef[];
  related: Record<string, EntityDef>;
  initialValues: FilterValues;
  onSearch: (values: FilterValues) => void;
};

/** One input per filterable list field; Search (or Enter) applies them all at once. */
export function FilterBar({ fields, related, initialValues, onSearch }: Props) {
  const t = useTranslations('filter');
  const common = useTranslations('common');
  const label = useLabel();
  const [form] = Form.useForm<FilterValues>();

  function control(field: FieldDef): ReactNode {
    const testId = `filter-${field.id}`;
    const text = label(field.label);
    const options = field.type === 'single_select' || field.type === 'multi_select' ? field.options.map((o) => ({ value: o.value, label: label(o.label) })) : [];
    switch (filterKind(field)) {
      case 'text':
        return <Input allowClear placeholder={t('contains')} data-testid={testId} />;
      case 'select':
      case 'tags':
        return <Select mode="multiple" allowClear maxTagCount="responsive" placeholder={t('any')} options={options} data-testid={testId} showSearch={{ optionFilterProp: 'label' }} />;
      case 'number':
        return <NumberRange label={text} data-testid={testId} />;
      case 'date':
      case 'datetime':
        return <DateRange label={text} data-testid={testId} />;
      case 'boolean':
        return <Select allowClear placeholder={t('any')} data-testid={testId} options={[{ value: 'true', label: common('yes') }, { value: 'false', label: common('no') }]} />;
      case 'relation':
        return field.type === 'relation' ? <RelationFilter field={field} target={related[field.entity]} testId={testId} /> : null;
      default:
        return null;
    }
  }

  function reset() {
    form.setFieldsValue(Object.fromEntries(fields.map((field) => [field.id, undefined])));
    onSearch({});
  }

  return (
    <Form form={form} name="filter" layout="vertical" initialValues={initialValues} onFinish={onSearch} role="search" aria-label={t('title')}>
      <Row gutter={12}>
        {fields.map((field) => (
          <Col key={field.id} xs={24} sm={12} lg={8} xl={6}>
            <Form.Item name={field.id} label={label(field.label)} style={{ marginBottom: 12 }}>
              {control(field)}
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Space wrap>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="filter-search">
          {t('search')}
        </Button>
        <Button onClick={reset} icon={<ReloadOutlined />}>
          {t('reset')}
        </Button>
      </Space>
    </Form>
  );
}

/** Form.Item hands its child value/onChange/id; this adapts them to the relation picker. */
function RelationFilter({ field, target, testId, id, value, onChange }: {
  field: Extract<FieldDef, { type: 'relation' }>;
  target: EntityDef | undefined;
  testId: string;
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
}) {
  return <RelationSelect id={id} data-testid={testId} targetKey={field.entity} target={target} value={value} onChange={(next) => onChange?.(next ?? undefined)} />;
}
