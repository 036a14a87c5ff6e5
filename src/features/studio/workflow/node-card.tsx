'use client';

import { WarningFilled } from '@ant-design/icons';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Tooltip, Typography } from 'antd';
import { useTranslations } from 'next-intl';
import { memo } from 'react';
import { DEFAULT_BRANCH } from '@/engine/workflow';
import { useLabel } from '@/features/runtime/use-label';
import type { FlowNode } from './flow-graph';
import { sourceHandles } from './flow-graph';
import { NODE_COLORS, NODE_ICONS } from './node-icons';
import { nodeSummary } from './node-summary';
import { useProblemText } from './problem-text';

export const NODE_WIDTH = 200;

/** One workflow node on the canvas: its kind, name and summary; red with its problems when it has any. */
function NodeCardView({ data, selected }: NodeProps<FlowNode>) {
  const t = useTranslations('workflows');
  const label = useLabel();
  const problemText = useProblemText();
  const { node, problems } = data;
  const summary = nodeSummary(node);
  const handles = sourceHandles(node);
  const hasProblems = problems.length > 0;
  const branches =
    node.kind === 'condition'
      ? [...node.branches.map((branch) => ({ key: branch.key, text: label(branch.label) })), { key: DEFAULT_BRANCH, text: node.defaultLabel ? label(node.defaultLabel) : t('condition.otherwise') }]
      : [];
  const border = hasProblems ? 'var(--ant-color-error, #ff4d4f)' : selected ? 'var(--ant-color-primary, #1677ff)' : 'var(--ant-color-border, #d9d9d9)';

  const card = (
    <div
      data-testid={`wf-node-${node.key}`}
      data-problems={problems.length}
      aria-invalid={hasProblems || undefined}
      style={{
        width: NODE_WIDTH,
        background: 'var(--ant-color-bg-container, #fff)',
        border: `${selected || hasProblems ? 2 : 1}px solid ${border}`,
        borderTop: `4px solid ${NODE_COLORS[node.kind]}`,
        borderRadius: 8,
        padding: '6px 10px',
        boxShadow: selected ? '0 0 0 3px rgba(22,119,255,0.15)' : undefined,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <span style={{ color: NODE_COLORS[node.kind] }}>{NODE_ICONS[node.kind]}</span>
        <Typography.Text strong ellipsis style={{ flex: 1 }}>
          {label(node.name) || node.key}
        </Typography.Text>
        {hasProblems && <WarningFilled style={{ color: 'var(--ant-color-error, #ff4d4f)' }} aria-label={t('problems.count', { count: problems.length })} />}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
        {t(`kinds.${node.kind}`)}
        {summary && ` · ${t(`summary.${summary.key}`, summary.values)}`}
      </Typography.Text>
      {node.kind === 'condition' && (
        <div style={{ display: 'flex', justifyContent: 'space-around', marginTop: 4, fontSize: 11 }}>
          {branches.map((branch) => (
            <Typography.Text key={branch.key} type="secondary" ellipsis style={{ maxWidth: NODE_WIDTH / (node.branches.length + 1), fontSize: 11 }}>
              {branch.text}
            </Typography.Text>
          ))}
        </div>
      )}
    </div>
  );

  return (
    <>
      {node.kind !== 'start' && <Handle type="target" position={Position.Top} />}
      {hasProblems ? (
        <Tooltip
          title={
            <ul style={{ margin: 0, paddingInlineStart: 16 }}>
              {problems.map((problem, index) => (
                <li key={index}>{problemText(problem)}</li>
              ))}
            </ul>
          }
        >
          {card}
        </Tooltip>
      ) : (
        card
      )}
      {handles.map((handle, index) => (
        <Handle
          key={handle ?? 'out'}
          type="source"
          position={Position.Bottom}
          id={handle ?? undefined}
          title={branches.find((branch) => branch.key === handle)?.text}
          data-testid={`wf-handle-${node.key}-${handle ?? 'out'}`}
          style={handles.length > 1 ? { left: `${((index + 1) / (handles.length + 1)) * 100}%` } : undefined}
        />
      ))}
    </>
  );
}

export const NodeCard = memo(NodeCardView);
