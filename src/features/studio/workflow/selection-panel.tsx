'use client';

import { DeleteOutlined } from '@ant-design/icons';
import { Button, Descriptions, Empty, Flex, Tabs } from 'antd';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { DefinitionProblem, WorkflowDefinition } from '@/engine/workflow';
import { useLabel } from '@/features/runtime/use-label';
import { edgeLabel, type Selection } from './flow-graph';
import { NodePanel } from './node-panel';
import { SettingsPanel } from './settings-panel';
import type { WorkflowContext } from './use-workflow-context';

type Props = {
  definition: WorkflowDefinition;
  selection: Selection;
  problems: DefinitionProblem[];
  context: WorkflowContext;
  readOnly: boolean;
  onEdit: (edit: (definition: WorkflowDefinition) => WorkflowDefinition, coalesceKey?: string) => void;
  onDelete: (selection: NonNullable<Selection>) => void;
  /** Bumped to show the workflow settings (a problem about the trigger was picked). */
  settingsRequest: number;
};

type Tab = 'selection' | 'settings';
const stampOf = (selection: Selection, settingsRequest: number) => `${JSON.stringify(selection)}|${settingsRequest}`;

/** The right-hand column: the selected node or connection, or the workflow's own settings. */
export function SelectionPanel({ definition, selection, problems, context, readOnly, onEdit, onDelete, settingsRequest }: Props) {
  const t = useTranslations('workflows');
  const label = useLabel();
  const locale = useLocale();
  // A tab the designer picked holds until the selection changes; then the new selection shows.
  const [picked, setPicked] = useState<{ tab: Tab; stamp: string } | null>(null);
  const stamp = stampOf(selection, settingsRequest);
  const tab: Tab = picked?.stamp === stamp ? picked.tab : selection ? 'selection' : 'settings';

  const node = selection?.kind === 'node' ? definition.nodes.find((candidate) => candidate.key === selection.key) : undefined;
  const edge = selection?.kind === 'edge' ? definition.edges.find((candidate) => candidate.id === selection.id) : undefined;
  const nameOf = (key: string) => {
    const found = definition.nodes.find((candidate) => candidate.key === key);
    return found ? label(found.name) : key;
  };

  const selectionBody = node ? (
    <NodePanel
      node={node}
      definition={definition}
      problems={problems.filter((problem) => problem.nodeKey === node.key)}
      context={context}
      readOnly={readOnly}
      onEdit={onEdit}
      onDelete={() => onDelete({ kind: 'node', key: node.key })}
    />
  ) : edge ? (
    <Flex vertical gap={12} data-testid="wf-edge-panel">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'from', label: t('edge.from'), children: nameOf(edge.from) },
          { key: 'to', label: t('edge.to'), children: nameOf(edge.to) },
          ...(edge.branch ? [{ key: 'branch', label: t('edge.branch'), children: edgeLabel(definition, edge.from, edge.branch, locale, t('condition.otherwise')) }] : []),
        ]}
      />
      {!readOnly && (
        <Button danger icon={<DeleteOutlined />} onClick={() => onDelete({ kind: 'edge', id: edge.id })} data-testid="wf-edge-delete">
          {t('edge.delete')}
        </Button>
      )}
    </Flex>
  ) : (
    <Empty description={t('panel.nothingSelected')} />
  );

  return (
    <Tabs
      size="small"
      activeKey={tab}
      onChange={(key) => setPicked({ tab: key as Tab, stamp })}
      items={[
        { key: 'selection', label: node ? t('panel.nodeTab') : edge ? t('panel.edgeTab') : t('panel.selectionTab'), children: selectionBody },
        { key: 'settings', label: t('panel.settingsTab'), children: <SettingsPanel definition={definition} context={context} readOnly={readOnly} onEdit={onEdit} /> },
      ]}
    />
  );
}
