'use client';

import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { DATE_TRUNCATIONS, type DateTruncation, type Widget } from '@/engine/dashboard';
import { useLabel } from '@/features/runtime/use-label';
import { addDimension, removeDimension, replaceDimension } from './dashboard-document';
import { isDate, type FieldOption } from './field-options';
import { fieldLabel } from './measure-rows';

type Props = { widget: Widget; fields: FieldOption[]; onChange: (widget: Widget) => void };

/** Group-by fields: one of the entity's, one a relation away, or a date cut to day … year. Up to three. */
export function DimensionRows({ widget, fields, onChange }: Props) {
  const t = useTranslations('dashboardStudio.panel');
  const label = useLabel();
  const { dimensions } = widget.dataset;
  const options = fields.filter((option) => option.valueType !== 'text_array').map((option) => ({ value: option.path, label: fieldLabel(label, option) }));
  return (
    <Flex vertical gap={8} data-testid="dd-dimensions">
      <Typography.Text strong>{t('dimensions')}</Typography.Text>
      {dimensions.map((dimension, index) => {
        const option = fields.find((candidate) => candidate.path === dimension.field);
        const dated = option ? isDate(option) : false;
        return (
          <Flex key={dimension.key} gap={4} data-testid={`dd-dimension-${index}`}>
            <Select<string>
              aria-label={t('field')}
              data-testid={`dd-dimension-field-${index}`}
              value={dimension.field}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ flex: 1, minWidth: 0 }}
              options={options}
              onChange={(field) => {
                const next = fields.find((candidate) => candidate.path === field);
                onChange(replaceDimension(widget, index, { key: dimension.key, field, ...(next && isDate(next) ? { truncate: dimension.truncate ?? 'day' } : {}) }));
              }}
            />
            {dated && (
              <Select<DateTruncation>
                aria-label={t('truncate')}
                data-testid={`dd-dimension-truncate-${index}`}
                value={dimension.truncate ?? 'day'}
                style={{ width: 90 }}
                options={DATE_TRUNCATIONS.map((value) => ({ value, label: t(`truncations.${value}`) }))}
                onChange={(truncate) => onChange(replaceDimension(widget, index, { ...dimension, truncate }))}
              />
            )}
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('remove')} onClick={() => onChange(removeDimension(widget, index))} />
          </Flex>
        );
      })}
      {dimensions.length < 3 && (
        <Select<string>
          aria-label={t('addDimension')}
          data-testid="dd-add-dimension"
          value={null}
          placeholder={t('addDimension')}
          showSearch={{ optionFilterProp: 'label' }}
          options={options}
          onChange={(field) => {
            const next = addDimension(widget, field);
            const option = fields.find((candidate) => candidate.path === field);
            const at = next.dataset.dimensions.length - 1;
            onChange(option && isDate(option) ? replaceDimension(next, at, { ...next.dataset.dimensions[at], truncate: 'day' }) : next);
          }}
        />
      )}
    </Flex>
  );
}
