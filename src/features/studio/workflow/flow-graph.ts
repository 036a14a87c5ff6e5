import type { Edge, Node } from '@xyflow/react';
import { labelText, type Locale } from '@/engine/metadata/keys';
import { DEFAULT_BRANCH, type DefinitionProblem, type WorkflowDefinition, type WorkflowNode } from '@/engine/workflow';
import type { Position } from './definition-edits';

/** What a node card draws: the engine node as stored, and the problems located on it. */
export type FlowNodeData = { node: WorkflowNode; problems: DefinitionProblem[]; readOnly: boolean };
export type FlowNode = Node<FlowNodeData, 'workflow'>;
export type FlowEdgeData = { problems: DefinitionProblem[] };
export type FlowEdge = Edge<FlowEdgeData>;

export type Selection = { kind: 'node'; key: string } | { kind: 'edge'; id: string } | null;
export type Measured = Record<string, { width: number; height: number }>;

export const LAYOUT = { columnWidth: 240, rowHeight: 130 } as const;

/** Depth of each node: the longest edge count from the start, so a merge sits below all its branches. */
function depths(definition: WorkflowDefinition): Map<string, number> {
  const depth = new Map<string, number>();
  const start = definition.nodes.find((node) => node.kind === 'start');
  if (start) depth.set(start.key, 0);
  // Bellman-Ford style relaxation bounded by the node count, so loops (returns) cannot run forever.
  for (let round = 0; round < definition.nodes.length; round += 1) {
    let changed = false;
    for (const edge of definition.edges) {
      const from = depth.get(edge.from);
      if (from === undefined) continue;
      const candidate = from + 1;
      if (candidate < definition.nodes.length && candidate > (depth.get(edge.to) ?? -1)) {
        depth.set(edge.to, candidate);
        changed = true;
      }
    }
    if (!changed) break;
  }
  let deepest = Math.max(0, ...depth.values());
  for (const node of definition.nodes) if (!depth.has(node.key)) depth.set(node.key, ++deepest);
  return depth;
}

/** Positions top to bottom by graph depth, each row centred on x = 0, in document order. */
export function layoutByDepth(definition: WorkflowDefinition): Map<string, Position> {
  const depth = depths(definition);
  const rows = new Map<number, string[]>();
  for (const node of definition.nodes) {
    const row = depth.get(node.key) ?? 0;
    rows.set(row, [...(rows.get(row) ?? []), node.key]);
  }
  const positions = new Map<string, Position>();
  for (const [row, keys] of rows) {
    keys.forEach((key, index) => positions.set(key, { x: (index - (keys.length - 1) / 2) * LAYOUT.columnWidth, y: row * LAYOUT.rowHeight }));
  }
  return positions;
}

/** Gives nodes without a stored position one from the automatic layout; `all` re-lays every node. */
export function withLayout(definition: WorkflowDefinition, all = false): WorkflowDefinition {
  if (!all && definition.nodes.every((node) => node.position)) return definition;
  const layout = layoutByDepth(definition);
  return { ...definition, nodes: definition.nodes.map((node) => (all || !node.position ? { ...node, position: layout.get(node.key) ?? { x: 0, y: 0 } } : node)) };
}

/** Source handles of a node: one per branch (then the default) for a condition, none for an end, else one unnamed. */
export function sourceHandles(node: WorkflowNode): Array<string | null> {
  if (node.kind === 'end') return [];
  if (node.kind === 'condition') return [...node.branches.map((branch) => branch.key), DEFAULT_BRANCH];
  return [null];
}

function byKey<T extends { nodeKey?: string; edgeId?: string }>(problems: readonly T[], pick: (problem: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const problem of problems) {
    const key = pick(problem);
    if (key !== undefined) map.set(key, [...(map.get(key) ?? []), problem]);
  }
  return map;
}

type FlowOptions = { problems: readonly DefinitionProblem[]; selection: Selection; measured: Measured; readOnly: boolean };

export function toFlowNodes(definition: WorkflowDefinition, { problems, selection, measured, readOnly }: FlowOptions): FlowNode[] {
  const located = byKey(problems, (problem) => problem.nodeKey);
  const fallback = layoutByDepth(definition);
  return definition.nodes.map((node) => ({
    id: node.key,
    type: 'workflow',
    position: node.position ?? fallback.get(node.key) ?? { x: 0, y: 0 },
    data: { node, problems: located.get(node.key) ?? [], readOnly },
    selected: selection?.kind === 'node' && selection.key === node.key,
    deletable: !readOnly && node.kind !== 'start',
    draggable: !readOnly,
    connectable: !readOnly,
    ...(measured[node.key] ? { measured: measured[node.key] } : {}),
  }));
}

/** The label an edge carries: the branch it stands for, out of a condition. */
export function edgeLabel(definition: WorkflowDefinition, from: string, branch: string | undefined, locale: Locale, otherwise: string): string | undefined {
  if (branch === undefined) return undefined;
  const node = definition.nodes.find((candidate) => candidate.key === from);
  if (node?.kind !== 'condition') return branch;
  if (branch === DEFAULT_BRANCH) return node.defaultLabel ? labelText(node.defaultLabel, locale) : otherwise;
  const found = node.branches.find((candidate) => candidate.key === branch);
  return found ? labelText(found.label, locale) : branch;
}

export function toFlowEdges(
  definition: WorkflowDefinition,
  { problems, selection, readOnly, locale, otherwise }: Omit<FlowOptions, 'measured'> & { locale: Locale; otherwise: string },
): FlowEdge[] {
  const located = byKey(problems, (problem) => problem.edgeId);
  return definition.edges.map((edge) => {
    const edgeProblems = located.get(edge.id) ?? [];
    return {
      id: edge.id,
      source: edge.from,
      target: edge.to,
      sourceHandle: edge.branch ?? null,
      label: edgeLabel(definition, edge.from, edge.branch, locale, otherwise),
      selected: selection?.kind === 'edge' && selection.id === edge.id,
      deletable: !readOnly,
      data: { problems: edgeProblems },
      className: edgeProblems.length > 0 ? 'workflow-edge-problem' : undefined,
      style: edgeProblems.length > 0 ? { stroke: 'var(--ant-color-error, #ff4d4f)' } : undefined,
    };
  });
}
