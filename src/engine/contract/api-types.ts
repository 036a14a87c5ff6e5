import type { EntityDef } from '../metadata/entity';
import type { FormDef } from '../metadata/form';

/** The REST contract's shapes, shared by route handlers and the UI that calls them. */

export type ErrorCode =
  | 'validation_failed'
  | 'invalid_json'
  | 'payload_too_large'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_required'
  | 'rate_limited'
  | 'unsupported_media_type'
  | 'insufficient_stock'
  | 'invalid_workflow'
  | 'internal';

export type ApiErrorBody = { error: { code: ErrorCode; message: string; details?: unknown } };

export type EntityAction = 'create' | 'read' | 'update' | 'delete' | 'export';

/** GET /api/v1/entities/{key}: everything a generic page needs to render an entity. */
export type EntityView = {
  entity: EntityDef;
  form: FormDef;
  /** Child-table and relation targets by key, so forms can render line items and pickers. */
  related: Record<string, EntityDef>;
  permissions: EntityAction[];
};

/**
 * A record as the API returns it. Field values by field id: integers as numbers, decimals and
 * money as exact strings ("12.50"), dates as "YYYY-MM-DD", datetimes as ISO strings, multi-selects
 * as string arrays, relations as record ids. Child tables appear as arrays of child records on
 * single-record responses. `_display` holds the title of each related record by relation field id.
 */
export type RecordDto = {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  _display?: Record<string, string | null>;
  [field: string]: unknown;
};

export type RecordPage = { data: RecordDto[]; total: number; page: number; pageSize: number };

export type HistoryEntry = {
  id: string;
  at: string;
  action: 'create' | 'update' | 'delete';
  actor: { id: string | null; username: string | null };
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

export type SessionUserDto = { id: string; username: string; displayName: string; roles: string[] };

/** A job of the queue as the admin's dead-letter API shows it. */
export type AdminJobDto = {
  id: number;
  queue: string;
  key: string;
  status: 'pending' | 'running' | 'done' | 'dead';
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  /** The JSON document, or the start of its text when `payloadTruncated`. */
  payload: unknown;
  payloadTruncated: boolean;
  runAt: string;
  createdAt: string;
  updatedAt: string;
};

/** GET /api/v1/admin/jobs: one page of dead jobs, their total and the queues that have any. */
export type AdminJobListDto = { data: AdminJobDto[]; total: number; queues: string[] };
