'use client';

import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Select, Tag, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import type { DefinitionProblem, Recipient, WorkflowDefinition, WorkflowNode } from '@/engine/workflow';
import { ActionPanel } from './action-panel';
import { ApprovalPanel } from './approval-panel';
import { ConditionPanel } from './condition-panel';
import { updateNode } from './definition-edits';
import { LabelInputs } from './label-inputs';
import { NODE_COLORS, NODE_ICONS } from './node-icons';
import { useProblemText } from './problem-text';
import { RECIPIENT_KINDS, SourcesEditor } from './sources-editor';
import { TimerPanel } from './timer-panel';
import type { WorkflowContext } from './use-workflow-context';

type Props = {
  node: WorkflowNode;
  definition: WorkflowDefinition;
  problems: DefinitionProblem[];
  context: WorkflowContext;
  readOnly: boolean;
  onEdit: (edit: (definition: WorkflowDefinition) => WorkflowDefinition, coalesceKey?: string) => void;
  onDelete: () => void;
};

/** Settings of the selected node; every change is written straight into the definition. */
export function NodePanel(props: Props) {
  // Keyed by node: per-panel UI state (open sections, JSON editors) starts over for another node.
  return <NodeSettings key={props.node.key} {...props} />;
}

function NodeSettings({ node, definition, problems, context, readOnly, onEdit, onDelete }: Props) {
  const t = useTranslations('workflows');
  const problemText = useProblemText();
  const set = (next: WorkflowNode, coalesceKey?: string) => onEdit((doc) => updateNode(doc, next), coalesceKey && `${node.key}:${coalesceKey}`);

  const body = () => {
    switch (node.kind) {
      case 'approval':
        return <ApprovalPanel node={node} definition={definition} context={context} onChange={(approval, key) => set({ ...node, approval }, key)} />;
      case 'condition':
        return <ConditionPanel node={node} context={context} onEdit={(edit, key) => onEdit(edit, key && `${node.key}:${key}`)} />;
      case 'action':
        return <ActionPanel action={node.action} entity={definition.entity} context={context} onChange={(action, key) => set({ ...node, action }, key)} />;
      case 'timer':
        return <TimerPanel timer={node.timer} context={context} onChange={(timer, key) => set({ ...node, timer }, key)} />;
      case 'cc':
        return (
          <Form.Item label={t('cc.to')}>
            <SourcesEditor<Recipient> id="wf-cc-to" kinds={RECIPIENT_KINDS} value={node.to} context={context} onChange={(to) => set({ ...node, to })} />
          </Form.Item>
        );
      case 'end':
        return (
          <Form.Item label={t('end.outcome')} htmlFor="wf-end-outcome" help={t('end.outcomeHelp')}>
            <Select
              id="wf-end-outcome"
              data-testid="wf-end-outcome"
              value={node.outcome ?? 'none'}
              options={(['none', 'approved', 'rejected'] as const).map((outcome) => ({ value: outcome, label: t(`end.outcomes.${outcome}`) }))}
              onChange={(outcome: 'none' | 'approved' | 'rejected') => {
                const next = { ...node, outcome: outcome === 'none' ? undefined : outcome };
                if (outcome === 'none') delete next.outcome;
                set(next);
              }}
            />
          </Form.Item>
        );
      default:
        return <Typography.Paragraph type="secondary">{t(`kindHelp.${node.kind}`)}</Typography.Paragraph>;
    }
  };

  return (
    <Form layout="vertical" disabled={readOnly} data-testid="wf-node-panel" data-node={node.key}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Tag color={NODE_COLORS[node.kind]} icon={NODE_ICONS[node.kind]} data-testid="wf-node-kind">
          {t(`kinds.${node.kind}`)}
        </Tag>
        <Typography.Text type="secondary" copyable={{ text: node.key }} style={{ fontSize: 12 }}>
          {t('panel.key', { key: node.key })}
        </Typography.Text>
      </Flex>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="wf-node-problems"
          title={t('problems.onNode', { count: problems.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.map((problem, index) => (
                <li key={index}>{problemText(problem)}</li>
              ))}
            </ul>
          }
        />
      )}
      <LabelInputs id="wf-node-name" value={node.name} onChange={(name, key) => set({ ...node, name }, key)} />
      {body()}
      {node.kind !== 'start' && !readOnly && (
        <Flex justify="end" style={{ marginTop: 16 }}>
          <Button danger icon={<DeleteOutlined />} onClick={onDelete} data-testid="wf-node-delete">
            {t('panel.deleteNode')}
          </Button>
        </Flex>
      )}
    </Form>
  );
}
