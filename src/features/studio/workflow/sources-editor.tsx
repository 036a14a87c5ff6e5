'use client';

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Radio, Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { ApproverSource, Recipient } from '@/engine/workflow';
import { useLabel } from '@/features/runtime/use-label';
import { newApproverSource, newRecipient, setChainLimit } from './approval-edits';
import type { WorkflowContext } from './use-workflow-context';

type Source = ApproverSource | Recipient;
type SourceKind = Source['kind'];

export const APPROVER_KINDS = ['user', 'role', 'field', 'manager_chain', 'initiator_choice'] as const satisfies readonly ApproverSource['kind'][];
export const RECIPIENT_KINDS = ['user', 'role', 'field', 'initiator'] as const satisfies readonly Recipient['kind'][];

type Props<T extends Source> = {
  id: string;
  kinds: readonly T['kind'][];
  value: T[];
  onChange: (value: T[]) => void;
  context: WorkflowContext;
  /** At most one source (an escalation target). */
  single?: boolean;
};

/** A list of "who": users, a role, a user field of the record, the manager chain, the initiator. */
export function SourcesEditor<T extends Source>({ id, kinds, value, onChange, context, single = false }: Props<T>) {
  const t = useTranslations('workflows.sources');
  const label = useLabel();
  const seed = { roles: context.directory.roles.map((role) => role.key), fields: context.fields.map((field) => field.id) };
  const fresh = (kind: SourceKind) => (kind === 'initiator' ? newRecipient(kind, seed) : newApproverSource(kind, seed)) as T;
  const replace = (index: number, source: T) => onChange(value.map((candidate, at) => (at === index ? source : candidate)));
  const roleOptions = context.directory.roles.map((role) => ({ value: role.key, label: `${label(role.label)} (${role.key})` }));
  const fieldOptions = context.fields.map((field) => ({ value: field.id, label: `${label(field.label)} (${field.id})` }));

  const control = (source: Source, index: number) => {
    const rowId = `${id}-${index}`;
    switch (source.kind) {
      case 'user':
        return (
          <Select
            mode="multiple"
            id={`${rowId}-users`}
            data-testid={`${rowId}-users`}
            aria-label={t('users')}
            placeholder={t('users')}
            status={source.ids.length === 0 ? 'error' : undefined}
            showSearch={{ optionFilterProp: 'label' }}
            value={source.ids}
            options={context.directory.users.map((user) => ({ value: user.id, label: `${user.name} (${user.username})` }))}
            onChange={(ids: string[]) => replace(index, { ...source, ids } as T)}
            style={{ width: '100%' }}
          />
        );
      case 'role':
        return (
          <Select
            id={`${rowId}-role`}
            data-testid={`${rowId}-role`}
            aria-label={t('role')}
            placeholder={t('role')}
            status={source.role ? undefined : 'error'}
            showSearch={{ optionFilterProp: 'label' }}
            value={source.role || undefined}
            options={roleOptions}
            onChange={(role: string) => replace(index, { ...source, role } as T)}
            style={{ width: '100%' }}
          />
        );
      case 'field':
        return (
          <Select
            id={`${rowId}-field`}
            data-testid={`${rowId}-field`}
            aria-label={t('field')}
            placeholder={t('field')}
            status={source.field ? undefined : 'error'}
            showSearch={{ optionFilterProp: 'label' }}
            value={source.field || undefined}
            options={fieldOptions}
            onChange={(field: string) => replace(index, { ...source, field } as T)}
            style={{ width: '100%' }}
          />
        );
      case 'manager_chain': {
        const upTo = source.upToRole !== undefined;
        return (
          <Flex vertical gap={6}>
            <Radio.Group
              value={upTo ? 'role' : 'levels'}
              data-testid={`${rowId}-chain`}
              onChange={(event) => replace(index, setChainLimit(event.target.value === 'role' ? { upToRole: seed.roles[0] ?? '' } : { levels: 1 }) as T)}
              options={[
                { value: 'levels', label: t('chainLevels') },
                { value: 'role', label: t('chainUpToRole') },
              ]}
            />
            {upTo ? (
              <Select
                id={`${rowId}-up-to`}
                aria-label={t('chainUpToRole')}
                showSearch={{ optionFilterProp: 'label' }}
                value={source.upToRole || undefined}
                options={roleOptions}
                onChange={(role: string) => replace(index, setChainLimit({ upToRole: role }) as T)}
              />
            ) : (
              <InputNumber
                id={`${rowId}-levels`}
                data-testid={`${rowId}-levels`}
                aria-label={t('chainLevels')}
                min={1}
                max={20}
                precision={0}
                value={source.levels ?? 1}
                suffix={t('levelsUnit')}
                onChange={(levels) => replace(index, setChainLimit({ levels: levels ?? 1 }) as T)}
              />
            )}
          </Flex>
        );
      }
      default:
        return <Typography.Text type="secondary">{source.kind === 'initiator' ? t('help.initiator') : t('help.initiator_choice')}</Typography.Text>;
    }
  };

  return (
    <Flex vertical gap={8} data-testid={id}>
      {value.length === 0 && <Typography.Text type="warning">{t('none')}</Typography.Text>}
      {value.map((source, index) => (
        <Flex key={index} gap={6} align="start" data-testid={`${id}-${index}`} style={{ padding: 8, border: '1px solid var(--ant-color-border-secondary, #f0f0f0)', borderRadius: 6 }}>
          <Flex vertical gap={6} style={{ flex: 1, minWidth: 0 }}>
            <Select
              id={`${id}-${index}-kind`}
              data-testid={`${id}-${index}-kind`}
              aria-label={t('kind')}
              showSearch={{ optionFilterProp: 'label' }}
              value={source.kind}
              options={kinds.map((kind) => ({ value: kind, label: t(`kinds.${kind as SourceKind}`) }))}
              onChange={(kind: SourceKind) => replace(index, fresh(kind))}
            />
            {control(source, index)}
          </Flex>
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('remove')} data-testid={`${id}-${index}-remove`} onClick={() => onChange(value.filter((_, at) => at !== index))} />
        </Flex>
      ))}
      {(!single || value.length === 0) && (
        <Button size="small" icon={<PlusOutlined />} data-testid={`${id}-add`} onClick={() => onChange([...value, fresh(kinds.includes('role' as T['kind']) && seed.roles.length > 0 ? 'role' : kinds[0])])}>
          {t('add')}
        </Button>
      )}
    </Flex>
  );
}
