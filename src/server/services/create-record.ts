import { randomUUID } from 'node:crypto';
import type { RecordDto } from '@/engine/contract/api-types';
import { deadlinesOnEntering, initialState, reservationOps } from '@/engine/lifecycle/transitions';
import { activeFields, type EntityDef } from '@/engine/metadata/entity';
import type { Locale } from '@/engine/metadata/keys';
import type { Db } from '../db/types';
import { assertCan, type Actor } from '../auth/actor';
import { forbidden, mapDbErrors, validationFailed } from '../errors';
import { insertChildRecords, insertRecord } from '../store/records';
import { withActions } from './record-actions';
import { writeAudit } from './audit';
import { assignAutoNumbers } from './auto-numbers';
import { computeRecord } from './compute-record';
import { recordCounterChange } from './counter-ledger';
import { loadRegistry, requireEntity, type EntityRegistry } from './entity-registry';
import { displayTitles } from './get-record';
import { claimKey, findReplay, storeResponse, type IdempotencyRequest, type StoredResponse } from './idempotency';
import { enforceRecordRules, ruleContextFor, validatedInput } from './record-input';
import { applyReservation, precheckReservation } from './reservations';
import { loadDirectory } from '../workflows/load-directory';
import { creationWorkflows, startCreationWorkflows, triggeredWorkflows } from '../workflows/start-workflow';
import { checkApproverChoices, takeApprovers, type ApproverChoices } from '../workflows/approver-choices';

export type CreateOptions = {
  /** false for historical records (imports): no counters move, and any lifecycle state may be given. */
  reserveStock?: boolean;
  idempotency?: IdempotencyRequest;
  /** The caller's language, for the designers' validation messages (zh-CN when unknown). */
  locale?: Locale;
  /**
   * false: no workflow starts on this record (sample content). Historical records (reserveStock
   * false) never start one either: an imported order from last year needs no confirmation.
   */
  workflows?: boolean;
  /**
   * true for API callers: the body's `approvers` are the initiator's picks for the workflows the
   * creation starts (`{ workflowKey: { nodeKey: [userId] } }`), not a field.
   */
  takeApprovers?: boolean;
  /** The published entities, when the caller holds them already (imports: the plan's). */
  registry?: EntityRegistry;
  /**
   * true when `db` is a transaction the record joins without a savepoint of its own (imports write
   * a batch under one savepoint): a failure then leaves that transaction for the caller to undo.
   */
  joinTransaction?: boolean;
  /** Numbers the caller reserved for this record (imports reserve a batch's at once); drawn here otherwise. */
  autoNumbers?: Record<string, string>;
};

type Prepared = { entity: EntityDef; values: Record<string, unknown>; children: Record<string, Record<string, unknown>[]>; state: string | null; approvers?: ApproverChoices };

function prepareState(entity: EntityDef, values: Record<string, unknown>, historical: boolean): string | null {
  if (!entity.lifecycle) return null;
  const requested = values[entity.lifecycle.field];
  const field = entity.lifecycle.field;
  // A historical record (imported, no counters move) may arrive in any state, e.g. completed —
  // but never in one that holds stock, or a later cancel would release what was never reserved.
  const start = historical && requested ? { ok: true as const, state: String(requested) } : initialState(entity, requested);
  if (!start.ok) throw validationFailed(start.message, { fields: [{ field, code: 'invalid_option', message: start.message }] });
  if (historical && (entity.reservations ?? []).some((reservation) => reservation.heldIn.includes(start.state))) {
    const message = `A record imported without moving stock cannot be "${start.state}", a state that holds stock; give it a final state or let it reserve stock`;
    throw validationFailed(message, { fields: [{ field, code: 'invalid_option', message }] });
  }
  Object.assign(values, { [field]: start.state }, deadlinesOnEntering(entity, start.state, new Date()));
  return start.state;
}

async function prepare(db: Db, registry: EntityRegistry, actor: Actor, entityKey: string, body: unknown, options: CreateOptions): Promise<Prepared> {
  const entity = requireEntity(registry, entityKey);
  if (entity.parent) throw forbidden(`${entity.key} records are line items; create them inside a ${entity.parent} record`);
  assertCan(actor, entity, 'create');
  const historical = options.reserveStock === false;
  const context = ruleContextFor(actor);
  const split = options.takeApprovers ? takeApprovers(entity, body) : { record: body };
  const input = validatedInput(registry, entity, split.record, 'create', context);
  const values = { ...input.values };
  const state = prepareState(entity, values, historical);
  const children = Object.fromEntries(Object.entries(input.children).map(([field, rows]) => [field, rows.map((row) => row.values)]));
  for (const field of activeFields(entity)) if (field.type === 'child_table') children[field.id] ??= [];
  const computed = await computeRecord(db, registry, {
    entity,
    values,
    children,
    freshChildren: new Set(Object.keys(children)),
    changedRelations: new Set(activeFields(entity).filter((field) => field.type === 'relation').map((field) => field.id)),
  });
  await enforceRecordRules(db, registry, entity, { ...computed.values, ...computed.children }, { context, locale: options.locale, freshChildren: new Set(Object.keys(children)) });
  const approvers = split.approvers && (await checkApproverChoices(db, triggeredWorkflows(registry, entity.key, { kind: 'record_created' }), split.approvers));
  return { entity, values: computed.values, children: computed.children, state, approvers };
}

/**
 * The write, in as few round trips as the dependencies allow. The id is drawn here, so parent,
 * lines and the related records' titles leave in one write; audit, ledger, the idempotency
 * response and the guarded counter updates in the next; then COMMIT. The server runs pipelined
 * statements in the order they were issued, so the counter updates still run last.
 */
async function write(tx: Db, registry: EntityRegistry, actor: Actor, prepared: Prepared, options: CreateOptions): Promise<RecordDto> {
  const { entity } = prepared;
  const id = randomUUID();
  const childTables = activeFields(entity)
    .filter((field) => field.type === 'child_table')
    .map((field) => ({ field, child: requireEntity(registry, field.entity), rows: prepared.children[field.id] ?? [] }));
  const [parent, lines, [parentDisplay], lineDisplays] = await Promise.all([
    insertRecord(tx, entity, prepared.values, { actorId: actor.id, id }),
    Promise.all(childTables.map(({ child, rows }) => insertChildRecords(tx, child, rows, { actorId: actor.id, parentId: id }))),
    displayTitles(tx, registry, entity, [prepared.values]),
    Promise.all(childTables.map(({ child, rows }) => displayTitles(tx, registry, child, rows))),
  ]);
  const withDisplay = (record: RecordDto, display: Record<string, string | null>) => (Object.keys(display).length ? { ...record, _display: display } : record);
  Object.assign(parent, withDisplay(parent, parentDisplay));
  childTables.forEach(({ field }, index) => (parent[field.id] = lines[index].map((line, row) => withDisplay(line, lineDisplays[index][row]))));

  const created = withActions(entity, parent, actor);
  const steps: Promise<unknown>[] = [
    writeAudit(tx, { actorId: actor.id, entity: entity.key, recordId: parent.id, action: 'create', before: null, after: parent }),
    recordCounterChange(tx, registry, entity, null, parent, actor.id),
  ];
  if (options.idempotency) steps.push(storeResponse(tx, actor.id, options.idempotency.key, { status: 201, body: created }));
  // Only when a published workflow starts on this record: otherwise no statement, no round trip.
  // Their directory is read with these writes, ahead of the counter updates.
  const starting = options.workflows !== false && options.reserveStock !== false ? creationWorkflows(registry, entity.key, created) : [];
  const directory = starting.length ? loadDirectory(tx) : undefined;
  if (directory) steps.push(directory);
  // Last before COMMIT: the counter rows stay locked only from here to the commit.
  if (prepared.state !== null && options.reserveStock !== false) {
    for (const { reservation, op } of reservationOps(entity, null, prepared.state)) {
      steps.push(applyReservation(tx, registry, { reservation, op, recordId: parent.id, rows: prepared.children[reservation.source.child] ?? [], actorId: actor.id, actor }));
    }
  }
  await Promise.all(steps);
  // After the reservation, so a workflow that cancels at once releases what was reserved. Fields
  // given a value on creation have changed too (from nothing), e.g. payment_due_at.
  if (directory) await startCreationWorkflows(tx, registry, actor, entity, created, { workflows: starting, directory: await directory, chosen: prepared.approvers });
  return created;
}

/** Creates a record and its line items in one transaction; computed fields come from the server. */
export async function createRecord(db: Db, actor: Actor, entityKey: string, body: unknown, options: CreateOptions = {}): Promise<RecordDto> {
  const result = await createRecordReplayable(db, actor, entityKey, body, options);
  return result.body as RecordDto;
}

/** As createRecord, honouring an Idempotency-Key: a retry gets the first response back. */
export async function createRecordReplayable(db: Db, actor: Actor, entityKey: string, body: unknown, options: CreateOptions = {}): Promise<StoredResponse & { replayed: boolean }> {
  const idempotency = options.idempotency;
  if (idempotency) {
    const replay = await findReplay(db, actor.id, idempotency);
    if (replay) return { ...replay, replayed: true };
  }
  return mapDbErrors(async () => {
    const registry = options.registry ?? (await loadRegistry(db));
    const prepared = await prepare(db, registry, actor, entityKey, body, options);
    const prechecks =
      prepared.state !== null && options.reserveStock !== false
        ? reservationOps(prepared.entity, null, prepared.state).map(({ reservation }) =>
            precheckReservation(db, registry, reservation, prepared.children[reservation.source.child] ?? []),
          )
        : [];
    // Numbers are drawn in their own short statement: a counter row locked until the order's
    // COMMIT would serialise every order of the day. A rolled-back order leaves a gap.
    if (options.autoNumbers) Object.assign(prepared.values, options.autoNumbers);
    await Promise.all([...prechecks, options.autoNumbers ? undefined : assignAutoNumbers(db, prepared.entity, prepared.values)]);
    const run = async (tx: Db): Promise<StoredResponse & { replayed: boolean }> => {
      if (idempotency) {
        const replay = await claimKey(tx, actor.id, idempotency);
        if (replay) return { ...replay, replayed: true };
      }
      return { status: 201, body: await write(tx, registry, actor, prepared, options), replayed: false };
    };
    return options.joinTransaction ? run(db) : db.transaction(run);
  });
}
