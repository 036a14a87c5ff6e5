import type { Recipient } from './action-config';
import type { ApprovalPolicies, ApproverSource } from './approval-config';
import type { Directory } from './context';
import type { AutoReason } from './state';

export type ResolveInput = {
  directory: Directory;
  record: Readonly<Record<string, unknown>>;
  initiator: string;
  /** The initiator's picks for this node. */
  chosen?: readonly string[];
};

/** Guards against cycles in a manager chain and absurd depths. */
const MAX_CHAIN = 20;

/** User ids held in a record field: one id, or a list of them. */
export function usersInField(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((item) => typeof item === 'string' || typeof item === 'number').map(String).filter((id) => id !== '');
}

/**
 * The initiator's managers, nearest first: `levels` of them, or up to and including the first who
 * holds `upToRole`. When nobody on the chain holds that role the chain resolves to nobody, so the
 * node's empty-approver policy decides rather than an arbitrary part of the chain.
 */
export function managerChain(directory: Directory, from: string, options: { levels?: number; upToRole?: string }): string[] {
  const cap = options.levels ?? (options.upToRole ? MAX_CHAIN : 1);
  const chain: string[] = [];
  let current = from;
  while (chain.length < Math.min(cap, MAX_CHAIN)) {
    const manager = directory.managerOf(current);
    if (!manager || manager === from || chain.includes(manager)) break;
    chain.push(manager);
    if (options.upToRole && directory.rolesOf(manager).includes(options.upToRole)) return chain;
    current = manager;
  }
  return options.upToRole ? [] : chain;
}

function resolveSource(source: ApproverSource | Recipient, input: ResolveInput): string[] {
  switch (source.kind) {
    case 'user':
      return source.ids;
    case 'role':
      return [...input.directory.usersWithRole(source.role)];
    case 'field':
      return usersInField(input.record[source.field]);
    case 'manager_chain':
      return managerChain(input.directory, input.initiator, source);
    case 'initiator_choice':
      return [...(input.chosen ?? [])];
    case 'initiator':
      return [input.initiator];
  }
}

/** Every user the sources name, in source order, each once. */
export function resolveUsers(sources: ReadonlyArray<ApproverSource | Recipient>, input: ResolveInput): string[] {
  return [...new Set(sources.flatMap((source) => resolveSource(source, input)))];
}

export type ResolvedSlot = { assignee: string; auto?: AutoReason };

/**
 * Applies a node's policies to its resolved approvers: the initiator is passed automatically, kept,
 * or replaced by their manager; someone who approved the previous approval node is passed
 * automatically. Auto-passed approvers keep their slot so the timeline shows why they passed.
 */
export function applyPolicies(
  assignees: readonly string[],
  policies: ApprovalPolicies,
  context: { directory: Directory; initiator: string; lastApprovers: readonly string[] },
): ResolvedSlot[] {
  let people = [...assignees];
  if (policies.initiatorIsApprover === 'skip_to_manager' && people.includes(context.initiator)) {
    const manager = context.directory.managerOf(context.initiator);
    people = people.flatMap((person) => (person !== context.initiator ? [person] : manager && !people.includes(manager) ? [manager] : []));
  }
  return people.map((assignee): ResolvedSlot => {
    if (assignee === context.initiator && policies.initiatorIsApprover === 'auto_pass') return { assignee, auto: 'initiator' };
    if (policies.repeatedApprover === 'auto_pass' && context.lastApprovers.includes(assignee)) return { assignee, auto: 'repeated_approver' };
    return { assignee };
  });
}
