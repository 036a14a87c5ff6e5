import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { findField, type EntityDef } from '@/engine/metadata/entity';
import { MetadataKeySchema } from '@/engine/metadata/keys';
import { initiatorChoiceNodes, type LocalizedText, type NodeOf } from '@/engine/workflow';
import { users } from '../db/schema';
import type { Db } from '../db/types';
import { validationFailed } from '../errors';
import type { PublishedWorkflow } from '../services/entity-registry';
import { isUuid } from '../services/get-record';
import { localized } from './workflow-dtos';

/** The most people one node may be given: the start event's own limit. */
export const MAX_CHOSEN = 50;

// User ids are stored lower-case; a pick typed in upper case names the same person.
const PickSchema = z.array(z.string().min(1).max(100).transform((id) => id.toLowerCase())).max(MAX_CHOSEN);
/** `approvers` of a create or state-action body: user ids per approval node, per workflow key. */
export const ApproverChoicesSchema = z.record(MetadataKeySchema, z.record(MetadataKeySchema, PickSchema));
export type ApproverChoices = z.infer<typeof ApproverChoicesSchema>;

/** The body of POST /records/{entity}/{id}/actions/{action}; other properties are ignored as before. */
const ActionBodySchema = z.object({ approvers: ApproverChoicesSchema.optional() });

export type ChoiceNode = {
  key: string;
  name: LocalizedText;
  /**
   * Several people may be picked; the node's mode decides whether one or all of them approve.
   * Always true for now: the approval config has no "pick one person" setting yet.
   */
  multiple: boolean;
  /** Without a pick nobody else is asked, so the node falls to its empty-approver policy and it does not pass by itself. */
  required: boolean;
};
export type WorkflowChoices = { workflowKey: string; workflowName: LocalizedText; nodes: ChoiceNode[] };

function choiceNode(node: NodeOf<'approval'>): ChoiceNode {
  const onlyChoice = node.approval.approvers.every((source) => source.kind === 'initiator_choice');
  return { key: node.key, name: localized(node.name, node.key), multiple: true, required: onlyChoice && node.approval.policies.emptyApprovers !== 'auto_approve' };
}

/** The workflows among `workflows` with approval nodes that ask the initiator, and those nodes. */
export function workflowChoices(workflows: PublishedWorkflow[]): WorkflowChoices[] {
  return workflows.flatMap(({ definition }) => {
    const keys = new Set(initiatorChoiceNodes(definition));
    const nodes = definition.nodes.filter((node): node is NodeOf<'approval'> => node.kind === 'approval' && keys.has(node.key)).map(choiceNode);
    return nodes.length ? [{ workflowKey: definition.key, workflowName: localized(definition.name, definition.key), nodes }] : [];
  });
}

function parseOrRefuse<T>(schema: z.ZodType<T>, raw: unknown, prefix: string[]): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => ({ path: [...prefix, ...issue.path].join('.') || 'body', message: issue.message }));
  throw validationFailed(`Invalid request: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`, { problems });
}

/** A create body's `approvers`, checked for shape (422); undefined when left out. */
export function parseApproverChoices(raw: unknown): ApproverChoices | undefined {
  return raw === undefined ? undefined : parseOrRefuse(ApproverChoicesSchema, raw, ['approvers']);
}

/** The `approvers` of a state action's optional body (no body reads as {}). */
export function actionBodyApprovers(body: unknown): ApproverChoices | undefined {
  return parseOrRefuse(ActionBodySchema, body ?? {}, []).approvers;
}

/**
 * Takes `approvers` out of a create body, so the rest validates as the record. An entity with a
 * field of that name keeps it: there the property is the field's value, as it always was.
 */
export function takeApprovers(entity: EntityDef, body: unknown): { record: unknown; approvers?: ApproverChoices } {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !Object.hasOwn(body, 'approvers') || findField(entity, 'approvers')) return { record: body };
  const { approvers, ...record } = body as Record<string, unknown>;
  return { record, approvers: parseApproverChoices(approvers) };
}

function refuse(message: string, workflowKey: string, nodeKey?: string): never {
  throw validationFailed(message, { approvers: [{ workflowKey, ...(nodeKey ? { nodeKey } : {}), message }] });
}

/**
 * Checks the picks against the workflows this event starts: each workflow and node must be one that
 * asks the initiator, each person an active user (one query for everyone). Returns the picks with
 * duplicates dropped.
 */
export async function checkApproverChoices(db: Db, workflows: PublishedWorkflow[], choices: ApproverChoices): Promise<ApproverChoices> {
  const asked = new Map(workflowChoices(workflows).map((workflow) => [workflow.workflowKey, new Set(workflow.nodes.map((node) => node.key))]));
  const wanted = new Set<string>();
  for (const [workflowKey, nodes] of Object.entries(choices)) {
    const keys = asked.get(workflowKey);
    if (!keys) refuse(`Workflow "${workflowKey}" does not start here or asks for no approvers`, workflowKey);
    for (const [nodeKey, ids] of Object.entries(nodes)) {
      if (!keys.has(nodeKey)) refuse(`Node "${nodeKey}" of workflow "${workflowKey}" does not take the initiator's choice`, workflowKey, nodeKey);
      for (const id of ids) {
        if (!isUuid(id)) refuse(`Node "${nodeKey}": no active user "${id}"`, workflowKey, nodeKey);
        wanted.add(id);
      }
    }
  }
  const found = wanted.size ? await db.select({ id: users.id }).from(users).where(and(inArray(users.id, [...wanted]), eq(users.active, true))) : [];
  const active = new Set(found.map((row) => row.id));
  const deduped: ApproverChoices = {};
  for (const [workflowKey, nodes] of Object.entries(choices)) {
    deduped[workflowKey] = {};
    for (const [nodeKey, ids] of Object.entries(nodes)) {
      const missing = ids.find((id) => !active.has(id));
      if (missing) refuse(`Node "${nodeKey}": no active user "${missing}"`, workflowKey, nodeKey);
      deduped[workflowKey][nodeKey] = [...new Set(ids)];
    }
  }
  return deduped;
}
