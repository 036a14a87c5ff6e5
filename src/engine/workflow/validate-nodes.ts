import { labelText } from '../metadata/keys';
import { checkRule, RuleError } from '../rules';
import { DEFAULT_BRANCH, type NodeOf, type WorkflowDefinition } from './definition';
import { edgesOut, graphOf, reachable } from './graph';
import { parallelsOf } from './parallel-regions';
import type { ProblemList } from './problem';

/** Node settings that the schema alone cannot judge: branches and their edges, rules, approvers, return targets. */
export function checkNodeConfigs(definition: WorkflowDefinition, problems: ProblemList): void {
  const graph = graphOf(definition);
  for (const edge of definition.edges) {
    const from = graph.nodes.get(edge.from);
    if (from && from.kind !== 'condition' && edge.branch !== undefined) {
      const n = problems.name(edge.from);
      problems.add('branch_on_plain_edge', { edgeId: edge.id }, `${n.zh}不是条件节点，它的连线不能设置分支`, `${n.en} is not a condition, so its connections cannot name a branch`);
    }
  }
  for (const node of definition.nodes) {
    if (node.kind === 'condition') checkCondition(definition, node, problems);
    if (node.kind === 'approval') checkApproval(definition, node, problems);
    if (node.kind === 'action') {
      const action = node.action;
      if (action.kind === 'set_field' && action.rule !== undefined) checkNodeRule(node.key, action.rule, '赋值公式', 'value formula', problems);
      if (action.kind === 'counter_effect') {
        if (typeof action.delta === 'object') checkNodeRule(node.key, action.delta.rule, '变化量公式', 'amount formula', problems);
        if (action.guard !== undefined) checkNodeRule(node.key, action.guard, '保护条件', 'guard', problems);
      }
    }
  }
}

function checkNodeRule(nodeKey: string, rule: unknown, zhWhat: string, enWhat: string, problems: ProblemList): void {
  try {
    checkRule(rule);
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    const n = problems.name(nodeKey);
    problems.add('invalid_rule', { nodeKey }, `${n.zh}的${zhWhat}无效：${error.message}`, `The ${enWhat} of ${n.en} is not valid: ${error.message}`);
  }
}

function checkCondition(definition: WorkflowDefinition, node: NodeOf<'condition'>, problems: ProblemList): void {
  const n = problems.name(node.key);
  const edges = edgesOut(graphOf(definition), node.key);
  const keys = new Set<string>();
  const branches = [...node.branches.map((branch) => ({ key: branch.key, zh: labelText(branch.label, 'zh-CN'), en: labelText(branch.label, 'en') })), { key: DEFAULT_BRANCH, zh: '其他情况', en: 'otherwise' }];
  for (const branch of branches) {
    if (keys.has(branch.key)) problems.add('duplicate_branch', { nodeKey: node.key }, `${n.zh}有多个分支使用标识 ${branch.key}`, `${n.en} has more than one branch with the key ${branch.key}`);
    keys.add(branch.key);
    const count = edges.filter((edge) => edge.branch === branch.key).length;
    if (count === 0) problems.add('branch_without_edge', { nodeKey: node.key }, `${n.zh}的分支“${branch.zh}”没有连到任何节点`, `Branch "${branch.en}" of ${n.en} does not lead anywhere`);
    if (count > 1) problems.add('branch_with_many_edges', { nodeKey: node.key }, `${n.zh}的分支“${branch.zh}”连出了多条线`, `Branch "${branch.en}" of ${n.en} has more than one connection`);
  }
  for (const edge of edges) {
    if (edge.branch === undefined || !keys.has(edge.branch)) {
      problems.add('edge_unknown_branch', { edgeId: edge.id }, `从${n.zh}连出的一条线没有对应的分支`, `A connection out of ${n.en} belongs to none of its branches`);
    }
  }
  for (const branch of node.branches) {
    checkNodeRule(node.key, branch.rule, `分支“${labelText(branch.label, 'zh-CN')}”的条件`, `condition of branch "${labelText(branch.label, 'en')}"`, problems);
  }
}

function checkApproval(definition: WorkflowDefinition, node: NodeOf<'approval'>, problems: ProblemList): void {
  const graph = graphOf(definition);
  const n = problems.name(node.key);
  if (node.approval.approvers.length === 0) {
    problems.add('approval_no_approvers', { nodeKey: node.key }, `${n.zh}还没有设置审批人`, `${n.en} has no approvers yet`);
  }
  const regions = parallelsOf(definition).region;
  for (const target of node.approval.returnTo ?? []) {
    const targetNode = graph.nodes.get(target);
    const t = problems.name(target);
    if (!targetNode) {
      problems.add('return_target_unknown', { nodeKey: node.key }, `${n.zh}可退回的节点 ${target} 不存在`, `${n.en} may return to ${target}, which does not exist`);
    } else if (targetNode.kind !== 'approval') {
      problems.add('return_target_not_approval', { nodeKey: node.key }, `${n.zh}只能退回到审批节点，${t.zh}不是`, `${n.en} can only return to approval nodes, and ${t.en} is not one`);
    } else if (target === node.key || !reachable(graph, [target], 'forward').has(node.key)) {
      problems.add('return_target_not_earlier', { nodeKey: node.key }, `${n.zh}只能退回到它之前的审批节点，${t.zh}不在它之前`, `${n.en} can only return to an approval before it, and ${t.en} is not`);
    } else if (regions.get(target) !== regions.get(node.key)) {
      problems.add('return_target_other_branch', { nodeKey: node.key }, `${n.zh}不能退回到并行分支之外的${t.zh}`, `${n.en} cannot return to ${t.en}, which lies outside its parallel branch`);
    }
  }
}
