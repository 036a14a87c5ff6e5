import type { z } from 'zod';
import type { EntityDef, EntityLookup } from '../metadata/entity';
import { parseWorkflowDefinition, type WorkflowDefinition, type WorkflowNode } from './definition';
import { edgesOut, graphOf, reachable } from './graph';
import { analyzeParallels } from './parallel-regions';
import { ProblemList, type DefinitionProblem } from './problem';
import { checkThresholdTrigger } from './threshold-trigger';
import { checkNodeConfigs } from './validate-nodes';
import { checkParallels } from './validate-parallels';
import { checkReferences } from './validate-references';

export type ValidateOptions = {
  /** The entity the workflow runs on; when given, fields and state actions it names are checked too. */
  entity?: EntityDef;
  /** Working calendars the runtime knows; when given, timers must name one of them. */
  calendars?: readonly string[];
  /** Other entities by key; when given, a threshold read from a related record is checked too. */
  related?: EntityLookup;
};

/** Node kinds that leave by exactly one edge. */
const SINGLE_EXIT = new Set<WorkflowNode['kind']>(['start', 'approval', 'action', 'timer', 'cc', 'parallel_join']);

/**
 * Everything that keeps a workflow document from being published, worded for the business user
 * who drew it (node names, not keys). An empty list means the engine can run it.
 */
export function validateDefinition(doc: unknown, options: ValidateOptions = {}): DefinitionProblem[] {
  const parsed = parseWorkflowDefinition(doc);
  if (!parsed.success) return schemaProblems(doc, parsed.error);
  const definition = parsed.data;
  const problems = new ProblemList(definition);
  checkStructure(definition, problems);
  checkNodeConfigs(definition, problems);
  checkParallels(definition, analyzeParallels(definition), problems);
  if (options.entity) checkReferences(definition, options.entity, problems);
  if (options.entity) checkThresholdTrigger(definition, options.entity, options.related, problems);
  if (options.calendars) checkCalendars(definition, options.calendars, problems);
  return problems.items;
}

/** Settings a designer picks from a list, named as the designer's panels name them. */
const PICKED_SETTINGS: Record<string, { 'zh-CN': string; en: string }> = {
  field: { 'zh-CN': '字段', en: 'the field' },
  recordField: { 'zh-CN': '指向该记录的字段', en: 'the field pointing at the record' },
  entity: { 'zh-CN': '被调整的对象', en: 'the entity to adjust' },
  action: { 'zh-CN': '状态操作', en: 'the state action' },
  role: { 'zh-CN': '角色', en: 'the role' },
  userId: { 'zh-CN': '人员', en: 'the person' },
};

function valueAt(doc: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), doc);
}

function schemaProblems(doc: unknown, error: z.ZodError): DefinitionProblem[] {
  const record = (doc ?? {}) as { nodes?: Array<{ key?: unknown; name?: { 'zh-CN'?: unknown; en?: unknown } }>; edges?: Array<{ id?: unknown }> };
  return error.issues.map((issue) => {
    const [section, index, ...rest] = issue.path;
    const where = rest.join('.') || String(section ?? '');
    if (section === 'nodes' && typeof index === 'number') {
      const node = Array.isArray(record.nodes) ? record.nodes[index] : undefined;
      const zh = typeof node?.name?.['zh-CN'] === 'string' ? node.name['zh-CN'] : `#${index + 1}`;
      const en = typeof node?.name?.en === 'string' ? node.name.en : zh;
      const nodeKey = typeof node?.key === 'string' ? node.key : undefined;
      // A list left unpicked is the common case while drawing: say which choice is missing, not which pattern an empty key fails.
      const setting = PICKED_SETTINGS[String(issue.path.at(-1))];
      if (setting && valueAt(doc, issue.path) === '') {
        return { nodeKey, code: 'invalid_definition' as const, message: { 'zh-CN': `“${zh}”还没有选择${setting['zh-CN']}`, en: `"${en}": ${setting.en} is not chosen yet` } };
      }
      return { nodeKey, code: 'invalid_definition' as const, message: { 'zh-CN': `节点“${zh}”的设置有误（${where}：${issue.message}）`, en: `Node "${en}" has an invalid setting (${where}: ${issue.message})` } };
    }
    if (section === 'edges' && typeof index === 'number') {
      const edge = Array.isArray(record.edges) ? record.edges[index] : undefined;
      const edgeId = typeof edge?.id === 'string' ? edge.id : undefined;
      return { edgeId, code: 'invalid_definition' as const, message: { 'zh-CN': `第 ${index + 1} 条连线有误（${where}：${issue.message}）`, en: `Connection ${index + 1} is invalid (${where}: ${issue.message})` } };
    }
    return { code: 'invalid_definition' as const, message: { 'zh-CN': `流程设置有误（${issue.path.join('.') || '文档'}：${issue.message}）`, en: `The workflow is invalid (${issue.path.join('.') || 'document'}: ${issue.message})` } };
  });
}

function checkStructure(definition: WorkflowDefinition, problems: ProblemList): void {
  const graph = graphOf(definition);
  const keys = new Set<string>();
  for (const node of definition.nodes) {
    if (keys.has(node.key)) problems.add('duplicate_node_key', { nodeKey: node.key }, `有多个节点使用了标识 ${node.key}`, `More than one node uses the key ${node.key}`);
    keys.add(node.key);
  }
  const edgeIds = new Set<string>();
  for (const edge of definition.edges) {
    if (edgeIds.has(edge.id)) problems.add('duplicate_edge_id', { edgeId: edge.id }, `有多条连线使用了标识 ${edge.id}`, `More than one connection uses the id ${edge.id}`);
    edgeIds.add(edge.id);
    const from = graph.nodes.get(edge.from);
    const to = graph.nodes.get(edge.to);
    if (!from || !to) {
      const missing = !from ? edge.from : edge.to;
      problems.add('edge_unknown_node', { edgeId: edge.id }, `有一条连线指向不存在的节点 ${missing}`, `A connection points at a node that does not exist (${missing})`);
      continue;
    }
    const a = problems.name(edge.from);
    const b = problems.name(edge.to);
    if (edge.from === edge.to) problems.add('edge_to_itself', { edgeId: edge.id }, `${a.zh}有一条连回自身的连线`, `${a.en} has a connection back to itself`);
    if (to.kind === 'start') problems.add('edge_into_start', { edgeId: edge.id }, `开始节点不能有进入的连线（来自${a.zh}）`, `Nothing may lead into the start node (a connection comes from ${a.en})`);
    if (from.kind === 'end') problems.add('edge_out_of_end', { edgeId: edge.id }, `结束节点${a.zh}之后不能再连到${b.zh}`, `The end node ${a.en} cannot lead on to ${b.en}`);
  }

  if (graph.starts.length === 0) problems.add('no_start', {}, '流程缺少开始节点', 'The workflow has no start node');
  for (const extra of graph.starts.slice(1)) {
    problems.add('multiple_starts', { nodeKey: extra.key }, `流程只能有一个开始节点，${problems.name(extra.key).zh}是多余的`, `A workflow has exactly one start node; ${problems.name(extra.key).en} is one too many`);
  }
  const ends = definition.nodes.filter((node) => node.kind === 'end');
  if (ends.length === 0) problems.add('no_end', {}, '流程缺少结束节点', 'The workflow has no end node');

  for (const node of definition.nodes) {
    if (!SINGLE_EXIT.has(node.kind)) continue;
    const count = edgesOut(graph, node.key).filter((edge) => graph.nodes.has(edge.to)).length;
    const n = problems.name(node.key);
    if (count === 0) problems.add('no_outgoing_edge', { nodeKey: node.key }, `${n.zh}之后没有连到任何节点`, `${n.en} does not lead anywhere`);
    if (count > 1) problems.add('too_many_outgoing_edges', { nodeKey: node.key }, `${n.zh}只能连出一条线；要分支请使用条件或并行节点`, `${n.en} can have only one way out; use a condition or a parallel split to branch`);
  }

  if (graph.starts.length > 0) {
    const fromStart = reachable(graph, [graph.starts[0].key], 'forward');
    const toEnd = reachable(graph, ends.map((end) => end.key), 'backward');
    for (const node of definition.nodes) {
      const n = problems.name(node.key);
      if (!fromStart.has(node.key)) problems.add('unreachable_node', { nodeKey: node.key }, `从开始节点无法到达${n.zh}`, `${n.en} cannot be reached from the start`);
      else if (ends.length > 0 && !toEnd.has(node.key)) problems.add('no_path_to_end', { nodeKey: node.key }, `从${n.zh}无法走到任何结束节点`, `No path leads from ${n.en} to an end`);
    }
  }
  checkAutomaticLoops(definition, problems);
}

/** A loop with no approval or timer on it would run forever inside one transaction. */
function checkAutomaticLoops(definition: WorkflowDefinition, problems: ProblemList): void {
  const graph = graphOf(definition);
  const waits = (key: string) => {
    const kind = graph.nodes.get(key)?.kind;
    return kind === undefined || kind === 'approval' || kind === 'timer';
  };
  const colour = new Map<string, 'open' | 'done'>();
  const visit = (start: string) => {
    const stack: Array<{ key: string; next: number }> = [{ key: start, next: 0 }];
    colour.set(start, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const edges = edgesOut(graph, frame.key).filter((edge) => !waits(edge.to));
      if (frame.next >= edges.length) {
        colour.set(frame.key, 'done');
        stack.pop();
        continue;
      }
      const to = edges[frame.next++].to;
      if (colour.get(to) === 'open') {
        const n = problems.name(to);
        problems.add('automatic_loop', { nodeKey: to }, `${n.zh}所在的回路中没有审批或定时节点，会无限循环`, `The loop through ${n.en} has no approval or timer on it, so it would run forever`);
      } else if (!colour.has(to)) {
        colour.set(to, 'open');
        stack.push({ key: to, next: 0 });
      }
    }
  };
  for (const node of definition.nodes) if (!waits(node.key) && !colour.has(node.key)) visit(node.key);
}

function checkCalendars(definition: WorkflowDefinition, calendars: readonly string[], problems: ProblemList): void {
  for (const node of definition.nodes) {
    if (node.kind !== 'timer' || !node.timer.workingDays || !node.timer.calendar || calendars.includes(node.timer.calendar)) continue;
    const n = problems.name(node.key);
    problems.add('unknown_calendar', { nodeKey: node.key }, `${n.zh}使用的工作日历 ${node.timer.calendar} 不存在`, `${n.en} uses the working calendar ${node.timer.calendar}, which does not exist`);
  }
}
