import type { WorkflowDefinition, WorkflowEdge, WorkflowNode } from './definition';

/** Lookups over a definition's nodes and edges; edges naming unknown nodes are kept, for the validator. */
export type WorkflowGraph = {
  nodes: ReadonlyMap<string, WorkflowNode>;
  outgoing: ReadonlyMap<string, WorkflowEdge[]>;
  incoming: ReadonlyMap<string, WorkflowEdge[]>;
  starts: WorkflowNode[];
};

// Definitions are frozen once published and read on every transition, so their indexes are worth
// keeping; a WeakMap lets a definition and its index be collected together.
const cache = new WeakMap<WorkflowDefinition, WorkflowGraph>();

export function graphOf(definition: WorkflowDefinition): WorkflowGraph {
  const cached = cache.get(definition);
  if (cached) return cached;
  const nodes = new Map<string, WorkflowNode>();
  for (const node of definition.nodes) if (!nodes.has(node.key)) nodes.set(node.key, node);
  const outgoing = new Map<string, WorkflowEdge[]>();
  const incoming = new Map<string, WorkflowEdge[]>();
  for (const edge of definition.edges) {
    outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
    incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge]);
  }
  const graph = { nodes, outgoing, incoming, starts: definition.nodes.filter((node) => node.kind === 'start') };
  cache.set(definition, graph);
  return graph;
}

export function edgesOut(graph: WorkflowGraph, key: string): WorkflowEdge[] {
  return graph.outgoing.get(key) ?? [];
}

export function edgesIn(graph: WorkflowGraph, key: string): WorkflowEdge[] {
  return graph.incoming.get(key) ?? [];
}

/** Nodes reachable from `from` (included) following edges forward, or backward. */
export function reachable(graph: WorkflowGraph, from: string[], direction: 'forward' | 'backward'): Set<string> {
  const seen = new Set<string>();
  const stack = from.filter((key) => graph.nodes.has(key));
  while (stack.length > 0) {
    const key = stack.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    const edges = direction === 'forward' ? edgesOut(graph, key) : edgesIn(graph, key);
    for (const edge of edges) {
      const next = direction === 'forward' ? edge.to : edge.from;
      if (graph.nodes.has(next) && !seen.has(next)) stack.push(next);
    }
  }
  return seen;
}
