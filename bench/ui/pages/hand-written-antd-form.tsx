'use client';

import { Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { Controller, useForm, type Control } from 'react-hook-form';
import { GROUPS_PER_SECTION, isRequiredText, SELECT_OPTIONS, WIDE_SECTIONS, wideFieldNames } from '../fixtures/wide-form';

type Values = Record<string, unknown>;
const DATE_FORMAT = 'YYYY-MM-DD';
const options = SELECT_OPTIONS.map((value) => ({ value, label: value }));

/**
 * The baseline: the same 300 antd inputs in the same grid, written the way a developer would by
 * hand — one Controller per input, no metadata, no widget lookup, no label translation.
 */
function FieldGroup({ control, group }: { control: Control<Values>; group: number }) {
  const required = isRequiredText(group);
  return (
    <>
      <Col key={`text_${group}`} xs={24} md={12}>
        <Controller
          control={control}
          name={`text_${group}`}
          rules={required ? { required: `文本 ${group} 必填` } : undefined}
          render={({ field, fieldState }) => (
            <Form.Item label={`文本 ${group}`} htmlFor={`field-text_${group}`} required={required} validateStatus={fieldState.error ? 'error' : undefined} help={fieldState.error?.message}>
              <Input id={`field-text_${group}`} value={(field.value as string) ?? ''} onChange={(event) => field.onChange(event.target.value)} onBlur={field.onBlur} maxLength={100} />
            </Form.Item>
          )}
        />
      </Col>
      <Col key={`number_${group}`} xs={24} md={12}>
        <Controller
          control={control}
          name={`number_${group}`}
          render={({ field }) => (
            <Form.Item label={`数量 ${group}`} htmlFor={`field-number_${group}`}>
              <InputNumber<string> id={`field-number_${group}`} stringMode precision={2} value={field.value as string | null} onChange={field.onChange} onBlur={field.onBlur} style={{ width: '100%' }} />
            </Form.Item>
          )}
        />
      </Col>
      <Col key={`money_${group}`} xs={24} md={12}>
        <Controller
          control={control}
          name={`money_${group}`}
          render={({ field }) => (
            <Form.Item label={`金额 ${group}`} htmlFor={`field-money_${group}`}>
              <InputNumber<string> id={`field-money_${group}`} stringMode precision={2} prefix="CNY" value={field.value as string | null} onChange={field.onChange} onBlur={field.onBlur} style={{ width: '100%' }} />
            </Form.Item>
          )}
        />
      </Col>
      <Col key={`date_${group}`} xs={24} md={12}>
        <Controller
          control={control}
          name={`date_${group}`}
          render={({ field }) => (
            <Form.Item label={`日期 ${group}`} htmlFor={`field-date_${group}`}>
              <DatePicker
                id={`field-date_${group}`}
                format={DATE_FORMAT}
                value={field.value ? dayjs(field.value as string, DATE_FORMAT) : null}
                onChange={(date) => field.onChange(date ? date.format(DATE_FORMAT) : null)}
                onBlur={field.onBlur}
                style={{ width: '100%' }}
              />
            </Form.Item>
          )}
        />
      </Col>
      <Col key={`select_${group}`} xs={24} md={12}>
        <Controller
          control={control}
          name={`select_${group}`}
          render={({ field }) => (
            <Form.Item label={`类别 ${group}`} htmlFor={`field-select_${group}`}>
              <Select<string> id={`field-select_${group}`} allowClear showSearch={{ optionFilterProp: 'label' }} value={(field.value as string) ?? undefined} onChange={(next) => field.onChange(next ?? null)} onBlur={field.onBlur} options={options} style={{ width: '100%' }} />
            </Form.Item>
          )}
        />
      </Col>
      <Col key={`flag_${group}`} xs={24} md={12}>
        <Controller
          control={control}
          name={`flag_${group}`}
          render={({ field }) => (
            <Form.Item label={`启用 ${group}`} htmlFor={`field-flag_${group}`}>
              <Switch id={`field-flag_${group}`} checked={field.value === true} onChange={field.onChange} />
            </Form.Item>
          )}
        />
      </Col>
    </>
  );
}

const defaultValues: Values = Object.fromEntries(wideFieldNames().map((name) => [name, name.startsWith('flag_') ? false : null]));

export function HandWrittenAntdForm() {
  const { control, handleSubmit, formState } = useForm<Values>({ defaultValues, mode: 'onTouched' });
  return (
    <Form layout="vertical" component={false}>
      <form onSubmit={handleSubmit(() => undefined)} noValidate aria-label="hand-written form">
        <Flex vertical gap={16}>
          {Array.from({ length: WIDE_SECTIONS }, (_, section) => (
            <Card key={section} size="small" title={`分组 ${section + 1}`}>
              <Row gutter={16}>
                {Array.from({ length: GROUPS_PER_SECTION }, (_, index) => {
                  const group = section * GROUPS_PER_SECTION + index + 1;
                  return <FieldGroup key={`group_${group}`} control={control} group={group} />;
                })}
              </Row>
            </Card>
          ))}
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
              保存
            </Button>
          </Flex>
        </Flex>
      </form>
    </Form>
  );
}
