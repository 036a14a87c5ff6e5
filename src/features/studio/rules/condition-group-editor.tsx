'use client';

import { BranchesOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { FieldDef } from '@/engine/metadata/field';
import { newCondition, type ConditionGroup, type TreeEdit, type TreePath } from '@/engine/rules/builder';
import { ConditionRow } from './condition-row';
import { pathNumber, pathSuffix, samePath } from './rule-paths';

type Props = {
  group: ConditionGroup;
  path: TreePath;
  fields: FieldDef[];
  idBase: string;
  incomplete: readonly TreePath[];
  /** The top-level group of a rule that must keep one condition cannot lose its last one. */
  keepOne: boolean;
  emptyText?: string;
  onEdit: (edit: TreeEdit) => void;
};

export function ConditionGroupEditor({ group, path, fields, idBase, incomplete, keepOne, emptyText, onEdit }: Props) {
  const t = useTranslations('studio.rules');
  const suffix = pathSuffix(path);
  const nested = path.length > 0;
  const canAdd = fields.length > 0;

  return (
    <Flex
      vertical
      gap={8}
      role="group"
      aria-label={nested ? `${t('group')} ${pathNumber(path)}` : undefined}
      data-testid={`rule-group${suffix}`}
      style={nested ? { borderInlineStart: '3px solid var(--ant-color-border, #d9d9d9)', paddingInlineStart: 12 } : undefined}
    >
      {(group.children.length > 1 || nested) && (
        <Flex gap={8} align="center">
          <Select<'and' | 'or'>
            id={`${idBase}-all-any${suffix}`}
            data-testid={`rule-all-any${suffix}`}
            aria-label={t('allAny')}
            showSearch={{ optionFilterProp: 'label' }}
            value={group.op}
            options={[{ value: 'and', label: t('all') }, { value: 'or', label: t('any') }]}
            onChange={(op) => onEdit({ kind: 'replace', path, node: { ...group, op } })}
            style={{ minWidth: 160 }}
          />
          {nested && (
            <Button type="text" icon={<DeleteOutlined />} data-testid={`rule-remove${suffix}`} onClick={() => onEdit({ kind: 'remove', path })}>
              {t('removeGroup')}
            </Button>
          )}
        </Flex>
      )}
      {group.children.length === 0 && <Typography.Text type="secondary">{canAdd ? (emptyText ?? t('noConditions')) : t('noFields')}</Typography.Text>}
      {group.children.map((child, index) => {
        const childPath = [...path, index];
        if (child.kind === 'group') {
          return <ConditionGroupEditor key={index} group={child} path={childPath} fields={fields} idBase={idBase} incomplete={incomplete} keepOne={false} onEdit={onEdit} />;
        }
        const last = keepOne && !nested && group.children.length === 1;
        return (
          <ConditionRow
            key={index}
            condition={child}
            path={childPath}
            fields={fields}
            idBase={idBase}
            incomplete={incomplete.some((candidate) => samePath(candidate, childPath))}
            onChange={(node, typing) => onEdit({ kind: 'replace', path: childPath, node, typing })}
            removable={!last}
            onRemove={() => onEdit({ kind: 'remove', path: childPath })}
          />
        );
      })}
      <Flex gap={8} wrap>
        <Button size="small" icon={<PlusOutlined />} disabled={!canAdd} data-testid={`rule-add-condition${suffix}`} onClick={() => onEdit({ kind: 'append', path, node: newCondition(fields[0]) })}>
          {t('addCondition')}
        </Button>
        <Button
          size="small"
          icon={<BranchesOutlined />}
          disabled={!canAdd}
          data-testid={`rule-add-group${suffix}`}
          onClick={() => onEdit({ kind: 'append', path, node: { kind: 'group', op: group.op === 'and' ? 'or' : 'and', children: [newCondition(fields[0])] } })}
        >
          {t('addGroup')}
        </Button>
      </Flex>
    </Flex>
  );
}
