import type { WorkflowNode } from '@/engine/workflow';

type SummaryKey =
  | `approval_${'any' | 'all' | 'ratio' | 'sequential'}`
  | 'condition'
  | `action_${'set_field' | 'run_state_action' | 'counter_effect' | 'notify' | 'email' | 'webhook'}`
  | 'timer_after'
  | 'timer_at_field'
  | 'cc'
  | 'end_approved'
  | 'end_rejected';

/** A one-line description under a node's name: a key of `workflows.summary` and its values. */
export type SummaryParts = { key: SummaryKey; values: Record<string, string | number> };

export function nodeSummary(node: WorkflowNode): SummaryParts | null {
  switch (node.kind) {
    case 'approval': {
      const { mode, ratioPercent, approvers } = node.approval;
      return { key: `approval_${mode}`, values: { count: approvers.length, percent: ratioPercent ?? 0 } };
    }
    case 'condition':
      return { key: 'condition', values: { count: node.branches.length + 1 } };
    case 'action':
      return { key: `action_${node.action.kind}`, values: {} };
    case 'timer': {
      const wait = node.timer.wait;
      if (wait.kind === 'at_field') return { key: 'timer_at_field', values: { field: wait.field } };
      return { key: 'timer_after', values: { days: wait.duration.days ?? 0, hours: wait.duration.hours ?? 0, minutes: wait.duration.minutes ?? 0 } };
    }
    case 'cc':
      return { key: 'cc', values: { count: node.to.length } };
    case 'end':
      return node.outcome ? { key: `end_${node.outcome}`, values: {} } : null;
    default:
      return null;
  }
}
