import { same } from './merge-entity';

export type WorkflowMergeOutcome = 'publish' | 'unchanged' | 'kept';

/**
 * What a template install does with one of its workflows. base = the document the installed
 * template version shipped, theirs = the new version's, ours = the latest published one. A
 * workflow nobody changed since the template published it follows the template; one a designer
 * changed is kept as it is (their process wins, and the report says so).
 */
export function mergeWorkflow(base: unknown, theirs: unknown, ours: unknown): WorkflowMergeOutcome {
  if (ours === undefined) return 'publish';
  if (same(ours, theirs)) return 'unchanged';
  if (base !== undefined && same(base, ours)) return 'publish';
  return 'kept';
}
