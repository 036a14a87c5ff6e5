import type { WorkflowDefinition } from './definition';
import { edgesIn, edgesOut, graphOf } from './graph';

export type ParallelProblemCode =
  | 'split_too_few_branches'
  | 'split_without_join'
  | 'split_mismatched_join'
  | 'parallel_branches_merge'
  | 'end_inside_parallel'
  | 'join_without_split'
  | 'join_shared'
  | 'join_entered_from_outside';

export type ParallelProblem = { code: ParallelProblemCode; nodeKey: string; splitKey?: string };

export type ParallelAnalysis = {
  /** The join closing each split, when there is exactly one. */
  joinOf: Map<string, string>;
  splitOf: Map<string, string>;
  /** Innermost parallel branch holding each node (`split#index`); nodes outside any parallel are absent. */
  region: Map<string, string>;
  problems: ParallelProblem[];
};

/** Nesting deeper than this is refused as a loop through a split rather than walked forever. */
const MAX_NESTING = 32;

type Walk = { joins: Set<string>; visited: Set<string>; atTop: Set<string>; reachesEnd: boolean };

function walkBranch(definition: WorkflowDefinition, first: string): Walk {
  const graph = graphOf(definition);
  const walk: Walk = { joins: new Set(), visited: new Set(), atTop: new Set(), reachesEnd: false };
  const seen = new Set<string>();
  const stack = [{ key: first, depth: 0 }];
  while (stack.length > 0) {
    const { key, depth } = stack.pop() as { key: string; depth: number };
    const node = graph.nodes.get(key);
    if (!node || seen.has(`${key}@${depth}`) || depth > MAX_NESTING) continue;
    seen.add(`${key}@${depth}`);
    if (node.kind === 'parallel_join' && depth === 0) {
      walk.joins.add(key);
      continue;
    }
    walk.visited.add(key);
    // A nested join closes its split, so it stands one level up, at the level of that split.
    const level = node.kind === 'parallel_join' ? depth - 1 : depth;
    if (level === 0) walk.atTop.add(key);
    if (node.kind === 'end') {
      if (depth === 0) walk.reachesEnd = true;
      continue;
    }
    const next = node.kind === 'parallel_split' ? depth + 1 : level;
    for (const edge of edgesOut(graph, key)) stack.push({ key: edge.to, depth: next });
  }
  return walk;
}

/**
 * Pairs every parallel split with the join that closes it by walking each branch, counting nested
 * splits, to the first join at its own level. Well-formed parallels are what let a join know how
 * many tokens to wait for: one per branch of its split.
 */
export function analyzeParallels(definition: WorkflowDefinition): ParallelAnalysis {
  const graph = graphOf(definition);
  const analysis: ParallelAnalysis = { joinOf: new Map(), splitOf: new Map(), region: new Map(), problems: [] };
  const claimed = new Map<string, string[]>();
  for (const split of definition.nodes.filter((node) => node.kind === 'parallel_split')) {
    const branches = edgesOut(graph, split.key);
    if (branches.length < 2) analysis.problems.push({ code: 'split_too_few_branches', nodeKey: split.key });
    const walks = branches.map((edge) => walkBranch(definition, edge.to));
    const joins = new Set(walks.flatMap((walk) => [...walk.joins]));
    if (walks.some((walk) => walk.reachesEnd)) analysis.problems.push({ code: 'end_inside_parallel', nodeKey: split.key });
    if (joins.size === 0) {
      analysis.problems.push({ code: 'split_without_join', nodeKey: split.key });
      continue;
    }
    if (joins.size > 1 || walks.some((walk) => walk.joins.size === 0)) {
      analysis.problems.push({ code: 'split_mismatched_join', nodeKey: split.key });
      continue;
    }
    const join = [...joins][0];
    analysis.joinOf.set(split.key, join);
    claimed.set(join, [...(claimed.get(join) ?? []), split.key]);
    const owners = new Map<string, number>();
    walks.forEach((walk, index) => {
      for (const key of walk.visited) {
        if (owners.has(key) && owners.get(key) !== index) analysis.problems.push({ code: 'parallel_branches_merge', nodeKey: key, splitKey: split.key });
        owners.set(key, index);
      }
      for (const key of walk.atTop) if (!analysis.region.has(key)) analysis.region.set(key, `${split.key}#${index}`);
    });
    const inside = new Set([split.key, ...walks.flatMap((walk) => [...walk.atTop])]);
    for (const edge of edgesIn(graph, join)) {
      if (!inside.has(edge.from)) analysis.problems.push({ code: 'join_entered_from_outside', nodeKey: join, splitKey: split.key });
    }
  }
  for (const node of definition.nodes.filter((candidate) => candidate.kind === 'parallel_join')) {
    const splits = claimed.get(node.key) ?? [];
    if (splits.length === 0) analysis.problems.push({ code: 'join_without_split', nodeKey: node.key });
    else if (splits.length > 1) analysis.problems.push({ code: 'join_shared', nodeKey: node.key, splitKey: splits[1] });
    else analysis.splitOf.set(node.key, splits[0]);
  }
  return analysis;
}

const analyses = new WeakMap<WorkflowDefinition, ParallelAnalysis>();

/** analyzeParallels, kept per definition object: the runtime asks on every join. */
export function parallelsOf(definition: WorkflowDefinition): ParallelAnalysis {
  let analysis = analyses.get(definition);
  if (!analysis) {
    analysis = analyzeParallels(definition);
    analyses.set(definition, analysis);
  }
  return analysis;
}
