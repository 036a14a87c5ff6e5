import type { ApprovalConfig, ApprovalDue, ApprovalMode, ApproverSource, FieldPermission, Recipient } from '@/engine/workflow';

/** The share a ratio vote starts at when the designer first picks it. */
export const DEFAULT_RATIO = 60;

/** Any mode but `ratio` carries no percentage, so switching away drops it from the document. */
export function setMode(config: ApprovalConfig, mode: ApprovalMode, ratioPercent?: number): ApprovalConfig {
  const next: ApprovalConfig = { ...config, mode };
  if (mode === 'ratio') next.ratioPercent = ratioPercent ?? config.ratioPercent ?? DEFAULT_RATIO;
  else delete next.ratioPercent;
  return next;
}

/** Unlisted fields are read-only for the approver, so read-only is stored as no entry. */
export function setFieldPermission(config: ApprovalConfig, field: string, permission: FieldPermission): ApprovalConfig {
  const permissions = { ...config.fieldPermissions };
  if (permission === 'readonly') delete permissions[field];
  else permissions[field] = permission;
  const next: ApprovalConfig = { ...config, fieldPermissions: permissions };
  if (Object.keys(permissions).length === 0) delete next.fieldPermissions;
  return next;
}

export function permissionOf(config: ApprovalConfig, field: string): FieldPermission {
  return config.fieldPermissions?.[field] ?? 'readonly';
}

type CommentAction = 'approve' | 'reject' | 'return';

export function setCommentRequired(config: ApprovalConfig, action: CommentAction, required: boolean): ApprovalConfig {
  const comments = { ...config.commentRequired };
  if (required) comments[action] = true;
  else delete comments[action];
  const next: ApprovalConfig = { ...config, commentRequired: comments };
  if (Object.keys(comments).length === 0) delete next.commentRequired;
  return next;
}

export function setReturnTo(config: ApprovalConfig, targets: string[]): ApprovalConfig {
  const next: ApprovalConfig = { ...config, returnTo: targets };
  if (targets.length === 0) delete next.returnTo;
  return next;
}

export const DEFAULT_DUE: ApprovalDue = { hours: 24, remindEveryHours: 4, onTimeout: 'remind' };

export function setDue(config: ApprovalConfig, due: ApprovalDue | undefined): ApprovalConfig {
  const next: ApprovalConfig = { ...config, due };
  if (!due) delete next.due;
  return next;
}

/** Escalation needs a target; other timeout actions carry none. */
export function setTimeoutAction(due: ApprovalDue, onTimeout: ApprovalDue['onTimeout']): ApprovalDue {
  const next: ApprovalDue = { ...due, onTimeout };
  if (onTimeout === 'escalate') next.escalateTo = due.escalateTo ?? { kind: 'manager_chain', levels: 1 };
  else delete next.escalateTo;
  return next;
}

type SourceContext = { roles: readonly string[]; fields: readonly string[] };

/** A fresh approver source of a kind, pre-filled with the first role or field on offer. */
export function newApproverSource(kind: ApproverSource['kind'], context: SourceContext): ApproverSource {
  switch (kind) {
    case 'user':
      return { kind, ids: [] } as unknown as ApproverSource;
    case 'role':
      return { kind, role: context.roles[0] ?? '' };
    case 'field':
      return { kind, field: context.fields[0] ?? '' };
    case 'manager_chain':
      return { kind, levels: 1 };
    case 'initiator_choice':
      return { kind };
  }
}

export function newRecipient(kind: Recipient['kind'], context: SourceContext): Recipient {
  if (kind === 'initiator') return { kind };
  return newApproverSource(kind, context) as Recipient;
}

/** Manager chain: a number of levels, or up to (and including) the first manager holding a role. */
export function setChainLimit(limit: { levels: number } | { upToRole: string }): ApproverSource {
  return 'levels' in limit ? { kind: 'manager_chain', levels: limit.levels } : { kind: 'manager_chain', upToRole: limit.upToRole };
}
