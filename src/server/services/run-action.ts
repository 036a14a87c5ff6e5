import type { RecordDto } from '@/engine/contract/api-types';
import { isAdmin } from '@/engine/auth/permissions';
import { deadlinesOnEntering, planAction, reservationOps } from '@/engine/lifecycle/transitions';
import type { Db } from '../db/types';
import { assertCan, type Actor } from '../auth/actor';
import { AppError, conflict, mapDbErrors, notFound } from '../errors';
import { findRecord, updateRecordValues } from '../store/records';
import { writeAudit } from './audit';
import { loadRegistry, requireEntity } from './entity-registry';
import { isUuid, loadFullRecord } from './get-record';
import { withActions } from './record-actions';
import { applyReservation } from './reservations';
import { changedFields, startTriggeredWorkflows, triggeredWorkflows } from '../workflows/start-workflow';
import { checkApproverChoices, type ApproverChoices } from '../workflows/approver-choices';

export type ActionCaller = { actor: Actor; system?: boolean };

/**
 * Runs a state action in one transaction: lock the record, check the state and the caller, move
 * the state, stamp deadlines, audit, and apply reservation steps last. Two racing actions on one
 * record serialise on the row lock; the loser sees the new state and gets 409.
 */
export async function runAction(
  db: Db,
  caller: ActionCaller,
  entityKey: string,
  id: string,
  actionKey: string,
  expectedVersion?: number,
  /** The initiator's picks for the approval nodes of the workflows this action starts. */
  approvers?: ApproverChoices,
): Promise<RecordDto> {
  const { actor } = caller;
  return mapDbErrors(() =>
    db.transaction(async (tx) => {
      const registry = await loadRegistry(tx);
      const entity = requireEntity(registry, entityKey);
      if (!caller.system) assertCan(actor, entity, 'update');
      if (!entity.lifecycle) throw notFound(`${entity.key} records have no actions`);
      const locked = isUuid(id) ? await findRecord(tx, entity, id, { forUpdate: true }) : undefined;
      if (!locked) throw notFound(`No ${entity.key} record with id "${id}"`);
      if (expectedVersion !== undefined && locked.version !== expectedVersion) {
        throw conflict(`The record was changed by someone else (version ${locked.version}); reload and try again`, { currentVersion: locked.version });
      }
      const plan = planAction(entity, locked[entity.lifecycle.field], actionKey, { roles: actor.roles, isAdmin: isAdmin(actor.grants), system: caller.system });
      if (!plan.ok) throw new AppError(plan.status, plan.status === 403 ? 'forbidden' : plan.status === 404 ? 'not_found' : 'conflict', plan.message);
      const started = { kind: 'state_action', action: actionKey } as const;
      // Refused before anything is written; no picks given, no query.
      const chosen = approvers && (await checkApproverChoices(tx, triggeredWorkflows(registry, entity.key, started), approvers));

      const before = (await loadFullRecord(tx, registry, entity, id))!;
      const changes = { [entity.lifecycle.field]: plan.to, ...deadlinesOnEntering(entity, plan.to, new Date()) };
      await updateRecordValues(tx, entity, id, locked.version, changes);
      const after = withActions(entity, (await loadFullRecord(tx, registry, entity, id))!, actor);
      await writeAudit(tx, { actorId: caller.system ? null : actor.id, entity: entity.key, recordId: id, action: 'update', before, after: { ...after, _action: actionKey } });
      for (const { reservation, op } of reservationOps(entity, plan.from, plan.to)) {
        // The lines were loaded with the record above; they cannot change while it is locked.
        const rows = (before[reservation.source.child] as RecordDto[] | undefined) ?? [];
        await applyReservation(tx, registry, { reservation, op, recordId: id, rows, actorId: caller.system ? null : actor.id, actor });
      }
      // After the reservation steps, so a workflow that cancels at once releases what this action reserved.
      await startTriggeredWorkflows(tx, registry, actor, entity, after, started, chosen);
      // The state and the deadlines it stamps count as changed fields too: a timer on payment_due_at
      // starts when an approval moves the order into pending_payment.
      await startTriggeredWorkflows(tx, registry, actor, entity, after, { kind: 'field_changed', fields: changedFields(before, after) });
      return after;
    }),
  );
}
