'use client';

import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space } from 'antd';
import { useTranslations } from 'next-intl';
import type { FieldDef } from '@/engine/metadata/field';
import { useLabel } from '../use-label';

type Props = { fields: FieldDef[]; visible: string[]; onChange: (columns: string[] | null) => void };

export function ColumnChooser({ fields, visible, onChange }: Props) {
  const t = useTranslations('list');
  const label = useLabel();
  const content = (
    <Space orientation="vertical">
      <Checkbox.Group
        value={visible}
        // At least one column must stay: an empty table would look like an empty result.
        onChange={(next) => next.length > 0 && onChange(fields.map((field) => field.id).filter((id) => next.includes(id)))}
        style={{ display: 'flex', flexDirection: 'column', gap: 4, maxHeight: 320, overflowY: 'auto' }}
        options={fields.map((field) => ({ value: field.id, label: label(field.label) }))}
      />
      <Button size="small" type="link" onClick={() => onChange(null)} style={{ paddingInline: 0 }}>
        {t('resetColumns')}
      </Button>
    </Space>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('columns')} content={content}>
      <Button icon={<SettingOutlined />} aria-label={t('columns')} data-testid="column-chooser">
        {t('columns')}
      </Button>
    </Popover>
  );
}
