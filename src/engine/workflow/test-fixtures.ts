import { expect } from 'vitest';
import type { Directory, TransitionContext } from './context';
import { WorkflowDefinitionSchema, type WorkflowDefinition } from './definition';
import type { WorkflowEffect } from './effects';
import type { WorkflowEvent } from './events';
import type { InstanceState, Task } from './state';
import { transition, type TransitionResult } from './transition';

export const label = (zh: string, en = zh) => ({ 'zh-CN': zh, en });

type NodeInput = Record<string, unknown> & { key: string; kind: string };

/** A node with a readable name derived from its key. */
export function node(key: string, kind: string, extra: Record<string, unknown> = {}): NodeInput {
  return { key, kind, name: label(`节点${key}`, `Node ${key}`), ...extra };
}

export function approval(key: string, config: Record<string, unknown>): NodeInput {
  return node(key, 'approval', { approval: { mode: 'any', ...config } });
}

/** Edges joining the keys in a line. */
export function line(...keys: string[]): Array<{ id: string; from: string; to: string }> {
  return keys.slice(1).map((to, index) => ({ id: `${keys[index]}-${to}`, from: keys[index], to }));
}

export function workflowDoc(nodes: NodeInput[], edges: unknown[], extra: Record<string, unknown> = {}) {
  return { schemaVersion: 1, key: 'order_approval', name: label('订单审批', 'Order approval'), entity: 'orders', trigger: { kind: 'record_created' }, nodes, edges, ...extra };
}

export function workflow(nodes: NodeInput[], edges: unknown[], extra: Record<string, unknown> = {}): WorkflowDefinition {
  return WorkflowDefinitionSchema.parse(workflowDoc(nodes, edges, extra));
}

/** start → approval(config) → end */
export function singleApproval(config: Record<string, unknown>, extra: Record<string, unknown> = {}): WorkflowDefinition {
  return workflow([node('start', 'start'), approval('review', config), node('done', 'end')], line('start', 'review', 'done'), extra);
}

export type Org = { roles?: Record<string, string[]>; managers?: Record<string, string>; admins?: string[] };

export function directoryOf(org: Org = {}): Directory {
  return {
    usersWithRole: (role) => org.roles?.[role] ?? [],
    managerOf: (user) => org.managers?.[user],
    rolesOf: (user) => Object.entries(org.roles ?? {}).filter(([, users]) => users.includes(user)).map(([role]) => role),
    admins: () => org.admins ?? [],
  };
}

/**
 * Drives one instance through events the way the runtime would: keeps the latest state, collects
 * every effect, numbers ids and lets the clock move.
 */
export class Harness {
  state: InstanceState | null = null;
  effects: WorkflowEffect[] = [];
  now = new Date('2025-03-03T01:00:00Z');
  record: Record<string, unknown>;
  private counter = 0;

  constructor(
    readonly definition: WorkflowDefinition,
    options: { record?: Record<string, unknown>; org?: Org } = {},
    readonly directory: Directory = directoryOf(options.org),
  ) {
    this.record = { id: 'r1', ...options.record };
  }

  context(): TransitionContext {
    return { now: this.now, record: this.record, directory: this.directory, newId: () => `id${++this.counter}` };
  }

  send(event: WorkflowEvent): TransitionResult {
    const result = transition(this.definition, this.state, event, this.context());
    if (result.ok) {
      this.state = result.state;
      this.effects.push(...result.effects);
    }
    return result;
  }

  /** Sends and fails the test unless the event was accepted; returns this event's effects. */
  ok(event: WorkflowEvent): WorkflowEffect[] {
    const result = this.send(event);
    if (!result.ok) throw new Error(`refused: ${result.message.en}`);
    return result.effects;
  }

  start(initiator = 'alice', chosenApprovers?: Record<string, string[]>): WorkflowEffect[] {
    return this.ok({ type: 'start', initiator, chosenApprovers });
  }

  get status() {
    return this.state?.status;
  }

  pending(): Task[] {
    return (this.state?.tasks ?? []).filter((task) => task.status === 'pending');
  }

  /** The pending task of `assignee`; fails when there is not exactly one. */
  taskOf(assignee: string): Task {
    const tasks = this.pending().filter((task) => task.assignee === assignee);
    expect(tasks, `pending tasks of ${assignee}`).toHaveLength(1);
    return tasks[0];
  }

  approve(assignee: string, comment?: string): WorkflowEffect[] {
    return this.ok({ type: 'approve', taskId: this.taskOf(assignee).id, actor: assignee, comment });
  }

  reject(assignee: string, comment?: string): WorkflowEffect[] {
    return this.ok({ type: 'reject', taskId: this.taskOf(assignee).id, actor: assignee, comment });
  }

  advance(hours: number): void {
    this.now = new Date(this.now.getTime() + hours * 3_600_000);
  }
}

export function effectsOf<T extends WorkflowEffect['type']>(effects: WorkflowEffect[], type: T): Array<Extract<WorkflowEffect, { type: T }>> {
  return effects.filter((effect): effect is Extract<WorkflowEffect, { type: T }> => effect.type === type);
}

/** start → manager (bob, all with carol) → finance (carol, may return to manager; due in 4 h, auto-reject) → end */
export function twoStepsForProperties(): WorkflowDefinition {
  return workflow(
    [
      node('start', 'start'),
      approval('manager', { mode: 'all', approvers: [{ kind: 'user', ids: ['bob', 'carol'] }] }),
      approval('finance', { mode: 'sequential', approvers: [{ kind: 'user', ids: ['carol', 'bob'] }], returnTo: ['manager'], due: { hours: 4, remindEveryHours: 1, onTimeout: 'auto_reject' } }),
      node('done', 'end'),
    ],
    line('start', 'manager', 'finance', 'done'),
  );
}
