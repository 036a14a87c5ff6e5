import { DEFAULT_BRANCH, type ApprovalConfig, type WorkflowDefinition, type WorkflowEdge, type WorkflowNode } from '@/engine/workflow';
import { newNode, nextNodeKey, type PaletteKind } from './node-defaults';

export type Position = { x: number; y: number };

/** Kinds that leave by one edge; a second connection out of them replaces the first. */
const SINGLE_EXIT = new Set<WorkflowNode['kind']>(['start', 'approval', 'action', 'timer', 'cc', 'parallel_join']);

export function nextEdgeId(definition: WorkflowDefinition): string {
  const taken = new Set(definition.edges.map((edge) => edge.id));
  for (let n = 1; ; n += 1) if (!taken.has(`e${n}`)) return `e${n}`;
}

export function findNode(definition: WorkflowDefinition, key: string): WorkflowNode | undefined {
  return definition.nodes.find((node) => node.key === key);
}

export function addNode(definition: WorkflowDefinition, kind: PaletteKind, position: Position): { definition: WorkflowDefinition; key: string } {
  const key = nextNodeKey(definition, kind);
  return { definition: { ...definition, nodes: [...definition.nodes, newNode(kind, key, definition.entity, position)] }, key };
}

/**
 * Puts a new node on an existing connection: `from → new → to`. The new node takes over the edge's
 * id and branch, so a condition's branch keeps leading where it did, one step further.
 */
export function insertOnEdge(definition: WorkflowDefinition, kind: PaletteKind, edgeId: string): { definition: WorkflowDefinition; key: string } | null {
  const edge = definition.edges.find((candidate) => candidate.id === edgeId);
  if (!edge || kind === 'end' || kind === 'condition' || kind === 'parallel_split') return null;
  const from = findNode(definition, edge.from)?.position;
  const to = findNode(definition, edge.to)?.position;
  const position = from && to ? { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 } : (from ?? { x: 0, y: 0 });
  const added = addNode(definition, kind, position);
  const next = added.definition;
  const onward: WorkflowEdge = { id: nextEdgeId(next), from: added.key, to: edge.to };
  return {
    key: added.key,
    definition: { ...next, edges: [...next.edges.map((candidate) => (candidate.id === edgeId ? { ...candidate, to: added.key } : candidate)), onward] },
  };
}

export function updateNode(definition: WorkflowDefinition, node: WorkflowNode): WorkflowDefinition {
  return { ...definition, nodes: definition.nodes.map((candidate) => (candidate.key === node.key ? node : candidate)) };
}

export function moveNode(definition: WorkflowDefinition, key: string, position: Position): WorkflowDefinition {
  const rounded = { x: Math.round(position.x), y: Math.round(position.y) };
  const current = findNode(definition, key)?.position;
  if (current && current.x === rounded.x && current.y === rounded.y) return definition;
  return { ...definition, nodes: definition.nodes.map((node) => (node.key === key ? { ...node, position: rounded } : node)) };
}

/** Removes a node with its connections and every return target pointing at it; the start node stays. */
export function removeNode(definition: WorkflowDefinition, key: string): WorkflowDefinition {
  if (findNode(definition, key)?.kind === 'start') return definition;
  const nodes = definition.nodes
    .filter((node) => node.key !== key)
    .map((node) => {
      if (node.kind !== 'approval' || !node.approval.returnTo?.includes(key)) return node;
      const returnTo = node.approval.returnTo.filter((target) => target !== key);
      const approval: ApprovalConfig = { ...node.approval, returnTo };
      if (returnTo.length === 0) delete approval.returnTo;
      return { ...node, approval };
    });
  return { ...definition, nodes, edges: definition.edges.filter((edge) => edge.from !== key && edge.to !== key) };
}

export function removeEdge(definition: WorkflowDefinition, id: string): WorkflowDefinition {
  return { ...definition, edges: definition.edges.filter((edge) => edge.id !== id) };
}

export type Connection = { source: string; target: string; sourceHandle?: string | null };

/**
 * Adds the edge a designer drew. Out of a condition the handle names the branch; a handle (or a
 * single-exit node) that already leads somewhere is re-pointed rather than doubled, which is what
 * dragging a new line from it means. Self-loops and edges into the start are refused (null).
 */
export function connect(definition: WorkflowDefinition, connection: Connection): WorkflowDefinition | null {
  const from = findNode(definition, connection.source);
  const to = findNode(definition, connection.target);
  if (!from || !to || from.key === to.key || to.kind === 'start' || from.kind === 'end') return null;
  const branch = from.kind === 'condition' ? (connection.sourceHandle ?? DEFAULT_BRANCH) : undefined;
  const replaces = (edge: WorkflowEdge) =>
    edge.from === from.key && (from.kind === 'condition' ? edge.branch === branch : SINGLE_EXIT.has(from.kind));
  if (from.kind === 'parallel_split' && definition.edges.some((edge) => edge.from === from.key && edge.to === to.key)) return null;
  const kept = definition.edges.filter((edge) => !replaces(edge));
  const edge: WorkflowEdge = { id: nextEdgeId(definition), from: from.key, to: to.key, ...(branch ? { branch } : {}) };
  return { ...definition, edges: [...kept, edge] };
}

/**
 * An edge whose end was dragged to another node: the same as deleting it and drawing the new one,
 * and refused (null, the edge stays) where drawing it would be.
 */
export function reconnect(definition: WorkflowDefinition, edgeId: string, connection: Connection): WorkflowDefinition | null {
  if (!definition.edges.some((edge) => edge.id === edgeId)) return null;
  return connect(removeEdge(definition, edgeId), connection);
}

/** Drops a condition's branch together with the connection it had. */
export function removeBranch(definition: WorkflowDefinition, nodeKey: string, branchKey: string): WorkflowDefinition {
  const node = findNode(definition, nodeKey);
  if (node?.kind !== 'condition' || node.branches.length <= 1) return definition;
  const updated = { ...node, branches: node.branches.filter((branch) => branch.key !== branchKey) };
  return { ...updateNode(definition, updated), edges: definition.edges.filter((edge) => !(edge.from === nodeKey && edge.branch === branchKey)) };
}

export function nextBranchKey(node: { branches: { key: string }[] }): string {
  const taken = new Set(node.branches.map((branch) => branch.key));
  for (let n = 1; ; n += 1) if (!taken.has(`branch_${n}`)) return `branch_${n}`;
}
