import type { WorkingCalendar } from './timer-config';

/**
 * The organisation as the runtime loaded it for this transition. Synchronous on purpose: the
 * runtime reads what it needs inside its transaction first, so the engine stays pure.
 */
export type Directory = {
  usersWithRole(role: string): readonly string[];
  managerOf(userId: string): string | null | undefined;
  rolesOf(userId: string): readonly string[];
  /** Who receives approvals that resolve to nobody under the `to_admin` policy. */
  admins(): readonly string[];
};

export type TransitionContext = {
  /** The instant of the event: task times, timer due times and history are stamped with it. */
  now: Date;
  /** The record as it is now, read in the same transaction; conditions and field approvers read it. */
  record: Readonly<Record<string, unknown>>;
  directory: Directory;
  /** Ids for tasks, tokens, steps and timers; the runtime passes a UUID generator, tests a counter. */
  newId: () => string;
  /** Working calendars by key; timers naming an unknown one use DEFAULT_CALENDAR. */
  calendar?: (key: string) => WorkingCalendar | undefined;
};
