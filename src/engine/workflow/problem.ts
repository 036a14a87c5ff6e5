import { labelText } from '../metadata/keys';
import type { WorkflowDefinition } from './definition';
import { text, type LocalizedText } from './text';

export const DEFINITION_PROBLEM_CODES = [
  'invalid_definition', 'duplicate_node_key', 'duplicate_edge_id', 'no_start', 'multiple_starts', 'no_end',
  'edge_unknown_node', 'edge_into_start', 'edge_out_of_end', 'edge_to_itself', 'no_outgoing_edge', 'too_many_outgoing_edges',
  'branch_on_plain_edge', 'branch_without_edge', 'branch_with_many_edges', 'edge_unknown_branch', 'duplicate_branch',
  'invalid_rule', 'rule_unknown_field', 'unreachable_node', 'no_path_to_end', 'automatic_loop',
  'split_too_few_branches', 'split_without_join', 'split_mismatched_join', 'parallel_branches_merge', 'end_inside_parallel',
  'join_without_split', 'join_shared', 'join_entered_from_outside',
  'approval_no_approvers', 'return_target_unknown', 'return_target_not_approval', 'return_target_not_earlier',
  'return_target_other_branch', 'entity_mismatch', 'unknown_field', 'field_not_date', 'unknown_state_action', 'unknown_calendar',
] as const;
export type DefinitionProblemCode = (typeof DEFINITION_PROBLEM_CODES)[number];

/** One thing that keeps a workflow from being published, located on a node or edge for the designer. */
export type DefinitionProblem = { nodeKey?: string; edgeId?: string; code: DefinitionProblemCode; message: LocalizedText };

export type Quoted = { zh: string; en: string };

/** Collects problems worded with the names people gave their nodes, never bare keys. */
export class ProblemList {
  readonly items: DefinitionProblem[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly definition: WorkflowDefinition) {}

  /** The node's name in quotes, per language; an unknown key is quoted as it is. */
  name(key: string): Quoted {
    const node = this.definition.nodes.find((candidate) => candidate.key === key);
    if (!node) return { zh: `“${key}”`, en: `"${key}"` };
    return { zh: `“${labelText(node.name, 'zh-CN')}”`, en: `"${labelText(node.name, 'en')}"` };
  }

  add(code: DefinitionProblemCode, where: { nodeKey?: string; edgeId?: string }, zh: string, en: string): void {
    // The same finding can come from several walks (a merge seen from each branch); report it once.
    const id = `${code}|${where.nodeKey ?? ''}|${where.edgeId ?? ''}|${en}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.items.push({ ...where, code, message: text(zh, en) });
  }
}
