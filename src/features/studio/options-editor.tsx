'use client';

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input } from 'antd';
import { useTranslations } from 'next-intl';
import type { FieldOf } from '@/engine/metadata/field';

type SelectOption = FieldOf<'single_select'>['options'][number];
type Props = { fieldId: string; options: SelectOption[]; onChange: (options: SelectOption[], coalesceKey?: string) => void };

export function OptionsEditor({ fieldId, options, onChange }: Props) {
  const t = useTranslations('studio');
  const set = (index: number, option: SelectOption, part: string) =>
    onChange(options.map((candidate, at) => (at === index ? option : candidate)), `${fieldId}:option:${index}:${part}`);
  const add = () => {
    const taken = new Set(options.map((option) => option.value));
    let n = options.length + 1;
    while (taken.has(`option_${n}`)) n += 1;
    onChange([...options, { value: `option_${n}`, label: { 'zh-CN': `选项 ${n}`, en: `Option ${n}` } }]);
  };
  return (
    <Flex vertical gap={8} data-testid="property-options">
      {options.map((option, index) => (
        <Flex key={index} gap={4}>
          <Input aria-label={t('optionValue')} placeholder={t('optionValue')} value={option.value} onChange={(event) => set(index, { ...option, value: event.target.value }, 'value')} />
          <Input
            aria-label={t('optionLabel')}
            placeholder={t('optionLabel')}
            value={option.label['zh-CN']}
            onChange={(event) => set(index, { ...option, label: { ...option.label, 'zh-CN': event.target.value } }, 'label')}
          />
          <Button aria-label={t('removeOption')} icon={<DeleteOutlined />} disabled={options.length <= 1} onClick={() => onChange(options.filter((_, at) => at !== index))} />
        </Flex>
      ))}
      <Button icon={<PlusOutlined />} onClick={add}>
        {t('addOption')}
      </Button>
    </Flex>
  );
}
