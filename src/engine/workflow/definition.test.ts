import { describe, expect, it } from 'vitest';
import { parseWorkflowDefinition, WorkflowDefinitionSchema } from './definition';
import { fieldPermissions, initiatorChoiceNodes } from './node-info';
import { approval, line, node, singleApproval, workflowDoc } from './test-fixtures';

describe('workflow definition schema', () => {
  it('parses a definition and fills policy defaults', () => {
    const definition = singleApproval({ approvers: [{ kind: 'role', role: 'finance' }] });
    const review = definition.nodes[1];
    expect(review.kind === 'approval' && review.approval).toMatchObject({
      allowTransfer: true,
      allowAddSigner: true,
      policies: { emptyApprovers: 'to_admin', repeatedApprover: 'auto_pass', initiatorIsApprover: 'require' },
    });
  });

  it('accepts every trigger kind and refuses a malformed cron', () => {
    for (const trigger of [{ kind: 'record_created' }, { kind: 'field_changed', field: 'status' }, { kind: 'state_action', action: 'submit' }, { kind: 'schedule', cron: '0 9 * * 1-5' }]) {
      expect(parseWorkflowDefinition(workflowDoc([node('start', 'start')], [], { trigger })).success).toBe(true);
    }
    expect(parseWorkflowDefinition(workflowDoc([node('start', 'start')], [], { trigger: { kind: 'schedule', cron: 'every day' } })).success).toBe(false);
  });

  it('refuses keys that are not metadata keys, ratio without a share, and half-set actions', () => {
    expect(WorkflowDefinitionSchema.safeParse(workflowDoc([node('Start Node', 'start')], [])).success).toBe(false);
    expect(WorkflowDefinitionSchema.safeParse(workflowDoc([approval('a', { mode: 'ratio', approvers: [] })], [])).success).toBe(false);
    const action = (config: Record<string, unknown>) => WorkflowDefinitionSchema.safeParse(workflowDoc([node('act', 'action', { action: config })], [])).success;
    expect(action({ kind: 'set_field', field: 'x' })).toBe(false);
    expect(action({ kind: 'set_field', field: 'x', value: 1, rule: { var: 'y' } })).toBe(false);
    expect(action({ kind: 'set_field', field: 'x', value: null })).toBe(true);
    expect(action({ kind: 'webhook', url: 'ftp://example.com', format: 'json' })).toBe(false);
    expect(action({ kind: 'webhook', url: 'https://example.com/hook', format: 'wecom' })).toBe(true);
  });

  it('refuses a timeout escalation without a target and an empty duration', () => {
    const due = { hours: 4, onTimeout: 'escalate' };
    expect(WorkflowDefinitionSchema.safeParse(workflowDoc([approval('a', { approvers: [], due })], [])).success).toBe(false);
    const timer = { wait: { kind: 'after', duration: { hours: 0 } } };
    expect(WorkflowDefinitionSchema.safeParse(workflowDoc([node('t', 'timer', { timer })], [])).success).toBe(false);
  });

  it('reports field permissions (read-only unless listed) and initiator-choice nodes', () => {
    const definition = WorkflowDefinitionSchema.parse(
      workflowDoc(
        [node('start', 'start'), approval('pick', { approvers: [{ kind: 'initiator_choice' }], fieldPermissions: { discount: 'editable', cost: 'hidden' } }), node('done', 'end')],
        line('start', 'pick', 'done'),
      ),
    );
    const permission = fieldPermissions(definition, 'pick');
    expect([permission('discount'), permission('cost'), permission('notes'), permission('constructor')]).toEqual(['editable', 'hidden', 'readonly', 'readonly']);
    expect(initiatorChoiceNodes(definition)).toEqual(['pick']);
  });
});
