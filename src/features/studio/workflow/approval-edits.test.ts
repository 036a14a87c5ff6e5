import { describe, expect, it } from 'vitest';
import { ApprovalConfigSchema } from '@/engine/workflow';
import { newApproverSource, setChainLimit, setCommentRequired, setDue, setFieldPermission, setMode, setReturnTo, setTimeoutAction, DEFAULT_DUE } from './approval-edits';
import { newApprovalConfig } from './node-defaults';

describe('approval settings → definition JSON', () => {
  it('writes mode ratio with its percentage, and drops the percentage for other modes', () => {
    const ratio = setMode(newApprovalConfig(), 'ratio', 60);
    expect(ratio).toEqual({ approvers: [], mode: 'ratio', ratioPercent: 60, allowTransfer: true, allowAddSigner: true, policies: { emptyApprovers: 'to_admin', repeatedApprover: 'auto_pass', initiatorIsApprover: 'require' } });
    expect(ApprovalConfigSchema.safeParse(ratio).success).toBe(true);
    expect(setMode(ratio, 'ratio').ratioPercent).toBe(60);
    expect(setMode(newApprovalConfig(), 'ratio').ratioPercent).toBe(60);
    expect('ratioPercent' in setMode(ratio, 'all')).toBe(false);
  });

  it('stores only non-default field permissions (unlisted means read-only)', () => {
    const editable = setFieldPermission(newApprovalConfig(), 'notes', 'editable');
    const hidden = setFieldPermission(editable, 'total_amount', 'hidden');
    expect(hidden.fieldPermissions).toEqual({ notes: 'editable', total_amount: 'hidden' });
    const back = setFieldPermission(setFieldPermission(hidden, 'notes', 'readonly'), 'total_amount', 'readonly');
    expect('fieldPermissions' in back).toBe(false);
  });

  it('keeps comment requirements, return targets and due times out of the JSON until set', () => {
    const commented = setCommentRequired(newApprovalConfig(), 'reject', true);
    expect(commented.commentRequired).toEqual({ reject: true });
    expect('commentRequired' in setCommentRequired(commented, 'reject', false)).toBe(false);
    expect(setReturnTo(newApprovalConfig(), ['manager']).returnTo).toEqual(['manager']);
    expect('returnTo' in setReturnTo(newApprovalConfig(), [])).toBe(false);
    const due = setDue(newApprovalConfig(), setTimeoutAction(DEFAULT_DUE, 'escalate'));
    expect(due.due).toEqual({ hours: 24, remindEveryHours: 4, onTimeout: 'escalate', escalateTo: { kind: 'manager_chain', levels: 1 } });
    expect(ApprovalConfigSchema.safeParse(due).success).toBe(true);
    expect(setTimeoutAction(due.due!, 'auto_reject')).toEqual({ hours: 24, remindEveryHours: 4, onTimeout: 'auto_reject' });
  });

  it('pre-fills new approver sources from what is on offer', () => {
    const offer = { roles: ['sales_manager', 'finance'], fields: ['owner'] };
    expect(newApproverSource('role', offer)).toEqual({ kind: 'role', role: 'sales_manager' });
    expect(newApproverSource('field', offer)).toEqual({ kind: 'field', field: 'owner' });
    expect(newApproverSource('manager_chain', offer)).toEqual({ kind: 'manager_chain', levels: 1 });
    expect(setChainLimit({ upToRole: 'finance' })).toEqual({ kind: 'manager_chain', upToRole: 'finance' });
  });
});
