import { z } from 'zod';
import { LabelSchema, MetadataKeySchema } from './keys';

const StateSchema = z.string().min(1).max(100);

export const StateActionSchema = z.object({
  key: MetadataKeySchema,
  label: LabelSchema,
  from: z.array(StateSchema).min(1),
  to: StateSchema,
  /** Roles that may run it; absent means anyone with update permission on the entity. */
  roles: z.array(MetadataKeySchema).optional(),
  /** Run by the system (timers), never offered to people. */
  system: z.boolean().optional(),
});

/**
 * A record's life through the states of one single_select field. The field changes only through
 * actions (and the states allowed at creation); entering a state can stamp a deadline field.
 */
export const LifecycleSchema = z.object({
  field: MetadataKeySchema,
  initial: StateSchema,
  createStates: z.array(StateSchema).optional(),
  actions: z.array(StateActionSchema).max(50),
  deadlines: z
    .array(z.object({ field: MetadataKeySchema, state: StateSchema, minutes: z.number().int().min(1).max(525_600) }))
    .optional(),
});

/**
 * Capacity held by a record while it is in certain states — the generic form of "an order reserves
 * stock". Each line (source.child) holds source.quantity of the target record whose target.key
 * equals the line's source.key. Entering heldIn reserves (guarded: never more than on hand);
 * leaving heldIn for consumedIn takes the quantity off on hand; leaving for any other state releases it.
 */
export const ReservationSchema = z.object({
  id: MetadataKeySchema,
  source: z.object({ child: MetadataKeySchema, key: MetadataKeySchema, quantity: MetadataKeySchema }),
  target: z.object({ entity: MetadataKeySchema, key: MetadataKeySchema, onHand: MetadataKeySchema, reserved: MetadataKeySchema }),
  heldIn: z.array(StateSchema).min(1),
  consumedIn: z.array(StateSchema).default([]),
  /** A movement record per change, so the ledger explains the counters. */
  ledger: z
    .object({ entity: MetadataKeySchema, key: MetadataKeySchema, record: MetadataKeySchema, quantity: MetadataKeySchema, kind: MetadataKeySchema })
    .optional(),
});

/** A rule every record must satisfy, enforced by the database as a CHECK constraint. */
export const EntityCheckSchema = z.object({
  id: MetadataKeySchema,
  /** json-logic comparison (>=, >, <=, <, ==) between +, -, * expressions over numeric fields. */
  rule: z.unknown(),
  message: LabelSchema,
});

export type StateAction = z.infer<typeof StateActionSchema>;
export type Lifecycle = z.infer<typeof LifecycleSchema>;
export type Reservation = z.infer<typeof ReservationSchema>;
export type EntityCheck = z.infer<typeof EntityCheckSchema>;
