import type { FieldPermission } from './approval-config';
import type { WorkflowDefinition } from './definition';

/**
 * What an approver at `nodeKey` may do with each field: fields the node does not list are
 * read-only. The record form applies it, and the server enforces `editable` when a task completes.
 */
export function fieldPermissions(definition: WorkflowDefinition, nodeKey: string): (field: string) => FieldPermission {
  const node = definition.nodes.find((candidate) => candidate.key === nodeKey);
  const permissions = node?.kind === 'approval' ? (node.approval.fieldPermissions ?? {}) : {};
  return (field) => (Object.hasOwn(permissions, field) ? permissions[field] : 'readonly');
}

/** Approval nodes whose approvers the initiator picks, so the start form can ask for them. */
export function initiatorChoiceNodes(definition: WorkflowDefinition): string[] {
  return definition.nodes.filter((node) => node.kind === 'approval' && node.approval.approvers.some((source) => source.kind === 'initiator_choice')).map((node) => node.key);
}
