'use client';

import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { Label } from '@/engine/metadata/keys';
import type { Branch, NodeOf, WorkflowDefinition } from '@/engine/workflow';
import { useLabel } from '@/features/runtime/use-label';
import { ConditionBuilder } from '../rules/condition-builder';
import { nextBranchKey, removeBranch, updateNode } from './definition-edits';
import { LabelInputs } from './label-inputs';
import { bilingual } from './node-defaults';
import type { WorkflowContext } from './use-workflow-context';

type Node = NodeOf<'condition'>;
type Props = {
  node: Node;
  context: WorkflowContext;
  /** Branch edits can take connections with them, so they change the whole definition. */
  onEdit: (edit: (definition: WorkflowDefinition) => WorkflowDefinition, coalesceKey?: string) => void;
};

/** Adds a branch before the default one; it needs its own connection to lead anywhere. */
export function addBranch(node: Node): Node {
  const key = nextBranchKey(node);
  const number = node.branches.length + 1;
  const label: Label = { 'zh-CN': `${bilingual((t) => t.branch)['zh-CN']} ${number}`, en: `${bilingual((t) => t.branch).en} ${number}` };
  return { ...node, branches: [...node.branches, { key, label, rule: undefined }] };
}

export function replaceBranch(node: Node, key: string, branch: Branch): Node {
  return { ...node, branches: node.branches.map((candidate) => (candidate.key === key ? branch : candidate)) };
}

function moveBranch(node: Node, index: number, by: -1 | 1): Node {
  const branches = [...node.branches];
  const [moved] = branches.splice(index, 1);
  branches.splice(index + by, 0, moved);
  return { ...node, branches };
}

/** Branches are tried top to bottom; the first whose condition holds is taken, else the default. */
export function ConditionPanel({ node, context, onEdit }: Props) {
  const t = useTranslations('workflows.condition');
  const label = useLabel();
  const set = (next: Node, coalesceKey?: string) => onEdit((definition) => updateNode(definition, next), coalesceKey);

  return (
    <Flex vertical gap={12} data-testid="wf-condition-panel">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('help')}
      </Typography.Text>
      {node.branches.map((branch, index) => (
        <Card
          key={branch.key}
          size="small"
          data-testid={`wf-branch-${branch.key}`}
          title={t('branchTitle', { number: index + 1, name: label(branch.label) })}
          extra={
            <Flex gap={2}>
              <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('moveUp')} disabled={index === 0} onClick={() => set(moveBranch(node, index, -1))} />
              <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label={t('moveDown')} disabled={index === node.branches.length - 1} onClick={() => set(moveBranch(node, index, 1))} />
              <Popconfirm title={t('removeConfirm')} okButtonProps={{ danger: true }} onConfirm={() => onEdit((definition) => removeBranch(definition, node.key, branch.key))} disabled={node.branches.length <= 1}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('remove')} disabled={node.branches.length <= 1} data-testid={`wf-branch-${branch.key}-remove`} />
              </Popconfirm>
            </Flex>
          }
        >
          <LabelInputs id={`wf-branch-${branch.key}-label`} label={t('label')} value={branch.label} onChange={(text, coalesceKey) => set(replaceBranch(node, branch.key, { ...branch, label: text }), coalesceKey)} />
          <Typography.Text strong>{t('when')}</Typography.Text>
          <ConditionBuilder
            id={`wf-branch-${branch.key}-rule`}
            fields={context.fields}
            value={branch.rule}
            emptyText={t('noCondition')}
            onChange={(rule, coalesceKey) => set(replaceBranch(node, branch.key, { ...branch, rule }), coalesceKey && `${branch.key}:${coalesceKey}`)}
          />
        </Card>
      ))}
      <Button icon={<PlusOutlined />} data-testid="wf-branch-add" onClick={() => set(addBranch(node))}>
        {t('addBranch')}
      </Button>
      <Card size="small" title={t('defaultBranch')} data-testid="wf-branch-default">
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('defaultHelp')}
        </Typography.Paragraph>
        <LabelInputs
          id="wf-branch-default-label"
          label={t('label')}
          value={node.defaultLabel ?? bilingual((texts) => texts.otherwise)}
          onChange={(text, coalesceKey) => set({ ...node, defaultLabel: text }, coalesceKey)}
        />
      </Card>
    </Flex>
  );
}
