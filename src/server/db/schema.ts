import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable('users', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  managerId: uuid('manager_id'),
  active: boolean('active').notNull().default(true),
  /** Where workflow e-mails to this user go; none means the user gets in-app notifications only. */
  email: text('email'),
  createdAt: createdAt(),
}, (t) => [
  // A second net under the API's z.email(): one @, no spaces, a dot in the domain.
  check('users_email_shape', sql`${t.email} ~ '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$' and length(${t.email}) <= 254`),
]);

export const roles = pgTable('roles', {
  key: text('key').primaryKey(),
  label: jsonb('label').notNull(),
  /** RolePermissions document (engine/auth): entity actions by entity key, '*' for all. */
  permissions: jsonb('permissions').notNull(),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    roleKey: text('role_key').notNull().references(() => roles.key, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.roleKey] })],
);

/**
 * One row whose token changes, by trigger, in the same transaction as any change to users, roles or
 * memberships: a process may keep the directory it read under a token until the token moves. A
 * random token rather than a counter, so caches never confuse two databases.
 */
export const directoryVersion = pgTable('directory_version', {
  id: boolean('id').primaryKey().default(true),
  token: uuid('token').notNull().default(sql`gen_random_uuid()`),
}, (t) => [check('directory_version_single_row', sql`${t.id}`)]);

export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  /** First characters of the key, shown so people can tell keys apart; the key itself is never stored. */
  prefix: text('prefix').notNull(),
  hash: text('hash').notNull().unique(),
  createdAt: createdAt(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

export const definitions = pgTable(
  'definitions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    status: text('status').notNull(),
    json: jsonb('json').notNull(),
    authorId: uuid('author_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('definitions_kind_key_version').on(t.kind, t.key, t.version)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    entity: text('entity').notNull(),
    recordId: uuid('record_id').notNull(),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_log_record').on(t.entity, t.recordId, t.at)],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    succeeded: boolean('succeeded').notNull(),
  },
  (t) => [index('login_attempts_key_at').on(t.key, t.at)],
);

/** Counters behind auto-number fields; one row per entity, field and date part. */
export const sequences = pgTable('sequences', {
  scope: text('scope').primaryKey(),
  value: bigint('value', { mode: 'number' }).notNull(),
});

/** A POST's Idempotency-Key: stored inside the request's own transaction, replayed on retries. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid('actor_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status'),
    response: jsonb('response'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('idempotency_keys_actor_key').on(t.actorId, t.key), index('idempotency_keys_created').on(t.createdAt)],
);

export const importJobs = pgTable('import_jobs', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  entity: text('entity').notNull(),
  actorId: uuid('actor_id').notNull(),
  status: text('status').notNull(),
  mode: text('mode').notNull(),
  fileName: text('file_name'),
  totalRows: integer('total_rows').notNull().default(0),
  processedRows: integer('processed_rows').notNull().default(0),
  insertedRows: integer('inserted_rows').notNull().default(0),
  updatedRows: integer('updated_rows').notNull().default(0),
  errorRows: integer('error_rows').notNull().default(0),
  errors: jsonb('errors'),
  options: jsonb('options'),
  createdAt: createdAt(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

export const installedTemplates = pgTable('installed_templates', {
  key: text('key').primaryKey(),
  version: text('version').notNull(),
  /** The template document as installed: the "old" side of a three-way merge on upgrade. */
  manifest: jsonb('manifest').notNull(),
  installedBy: uuid('installed_by'),
  installedAt: timestamp('installed_at', { withTimezone: true }).notNull().defaultNow(),
});
export * from './jobs-schema';
export * from './workflow-schema';
