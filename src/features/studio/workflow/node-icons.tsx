import {
  AuditOutlined,
  BranchesOutlined,
  ClockCircleOutlined,
  MailOutlined,
  MergeCellsOutlined,
  PlayCircleOutlined,
  SplitCellsOutlined,
  StopOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { NodeKind } from '@/engine/workflow';

export const NODE_ICONS: Record<NodeKind, ReactNode> = {
  start: <PlayCircleOutlined />,
  approval: <AuditOutlined />,
  condition: <BranchesOutlined />,
  parallel_split: <SplitCellsOutlined />,
  parallel_join: <MergeCellsOutlined />,
  action: <ThunderboltOutlined />,
  timer: <ClockCircleOutlined />,
  cc: <MailOutlined />,
  end: <StopOutlined />,
};

/** Accent colour per kind, from antd's palette so both themes read well. */
export const NODE_COLORS: Record<NodeKind, string> = {
  start: '#52c41a',
  approval: '#1677ff',
  condition: '#fa8c16',
  parallel_split: '#722ed1',
  parallel_join: '#722ed1',
  action: '#13c2c2',
  timer: '#eb2f96',
  cc: '#2f54eb',
  end: '#8c8c8c',
};
