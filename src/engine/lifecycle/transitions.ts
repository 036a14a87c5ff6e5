import type { EntityDef } from '../metadata/entity';
import type { Reservation, StateAction } from '../metadata/lifecycle';

export type ReservationOp = 'reserve' | 'release' | 'consume';

export type ActionRefusal = { status: 403 | 404 | 409; message: string };
export type ActionPlan = { ok: true; action: StateAction; from: string; to: string } | ({ ok: false } & ActionRefusal);

function mayRun(action: StateAction, roles: string[], isAdmin: boolean): boolean {
  if (action.system) return false;
  return isAdmin || !action.roles || action.roles.some((role) => roles.includes(role));
}

/** Actions a person with these roles may run on a record in `state`, in declaration order. */
export function availableActions(entity: EntityDef, state: unknown, roles: string[], isAdmin: boolean): string[] {
  if (!entity.lifecycle) return [];
  return entity.lifecycle.actions.filter((action) => action.from.includes(String(state)) && mayRun(action, roles, isAdmin)).map((action) => action.key);
}

/** Decides whether an action may run now; `system` callers (timers) may run system actions. */
export function planAction(entity: EntityDef, state: unknown, actionKey: string, caller: { roles: string[]; isAdmin: boolean; system?: boolean }): ActionPlan {
  const action = entity.lifecycle?.actions.find((candidate) => candidate.key === actionKey);
  if (!action) return { ok: false, status: 404, message: `${entity.key} has no action "${actionKey}"` };
  const allowed = caller.system ? true : mayRun(action, caller.roles, caller.isAdmin);
  if (!allowed) return { ok: false, status: 403, message: `You may not ${action.key} ${entity.key} records` };
  const from = String(state);
  if (!action.from.includes(from)) {
    return { ok: false, status: 409, message: `Cannot ${action.key} a record in state "${from}" (allowed from: ${action.from.join(', ')})` };
  }
  return { ok: true, action, from, to: action.to };
}

/** What each reservation does when a record moves from `from` (null: newly created) to `to`. */
export function reservationOps(entity: EntityDef, from: string | null, to: string): Array<{ reservation: Reservation; op: ReservationOp }> {
  return (entity.reservations ?? []).flatMap((reservation): Array<{ reservation: Reservation; op: ReservationOp }> => {
    const held = (state: string | null) => state !== null && reservation.heldIn.includes(state);
    if (!held(from) && held(to)) return [{ reservation, op: 'reserve' }];
    if (held(from) && !held(to)) return [{ reservation, op: reservation.consumedIn.includes(to) ? 'consume' : 'release' }];
    return [];
  });
}

/** Deadline fields stamped when a record enters `state`, as ISO timestamps from `now`. */
export function deadlinesOnEntering(entity: EntityDef, state: string, now: Date): Record<string, string> {
  const stamped: Record<string, string> = {};
  for (const deadline of entity.lifecycle?.deadlines ?? []) {
    if (deadline.state === state) stamped[deadline.field] = new Date(now.getTime() + deadline.minutes * 60_000).toISOString();
  }
  return stamped;
}

/** Child tables that may not change while a reservation is held or consumed: the counters depend on them. */
export function frozenChildTables(entity: EntityDef, state: unknown): string[] {
  return (entity.reservations ?? [])
    .filter((reservation) => reservation.heldIn.includes(String(state)) || reservation.consumedIn.includes(String(state)))
    .map((reservation) => reservation.source.child);
}

/** The state a new record starts in: the requested one when creation allows it. */
export function initialState(entity: EntityDef, requested: unknown): { ok: true; state: string } | { ok: false; message: string } {
  const lifecycle = entity.lifecycle!;
  if (requested === undefined || requested === null || requested === '') return { ok: true, state: lifecycle.initial };
  const allowed = lifecycle.createStates ?? [lifecycle.initial];
  if (allowed.includes(String(requested))) return { ok: true, state: String(requested) };
  return { ok: false, message: `A new ${entity.key} record can start as ${allowed.join(' or ')}, not "${String(requested)}"` };
}
