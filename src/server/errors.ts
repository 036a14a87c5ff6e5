import type { ErrorCode } from '@/engine/contract/api-types';

/** An expected failure with the status and JSON error the REST contract promises for it. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (message: string) => new AppError(404, 'not_found', message);
export const forbidden = (message: string) => new AppError(403, 'forbidden', message);
export const conflict = (message: string, details?: unknown) => new AppError(409, 'conflict', message, details);
export const validationFailed = (message: string, details?: unknown) => new AppError(422, 'validation_failed', message, details);

type PgError = { code?: string; constraint?: string; constraint_name?: string; detail?: string; cause?: unknown };

function pgErrorOf(error: unknown): PgError | undefined {
  let current: unknown = error;
  // drizzle wraps driver errors; the SQLSTATE sits on the cause.
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const candidate = current as PgError;
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return undefined;
}

/** Runs a use case, turning the database's refusals of user input into contract errors. */
export async function mapDbErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw fromDatabaseError(error) ?? error;
  }
}

/** Maps the database's refusals of user input to contract errors; anything else stays a 500. */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const pg = pgErrorOf(error);
  if (!pg) return undefined;
  const constraint = pg.constraint ?? pg.constraint_name;
  switch (pg.code) {
    case '23505':
      return conflict('A record with this value already exists', { constraint });
    case '23503': {
      const column = /Key \((\w+)\)=/.exec(pg.detail ?? '')?.[1];
      if (/is not present/.test(pg.detail ?? '') && column) {
        return validationFailed(`Field "${column}" points at a record that does not exist`, {
          fields: [{ field: column, code: 'not_found', message: `Field "${column}" points at a record that does not exist` }],
        });
      }
      return conflict('Other records still refer to this record; change or delete them first', { constraint });
    }
    case '23001':
      // PostgreSQL 18 reports ON DELETE RESTRICT as restrict_violation rather than 23503.
      return conflict('Other records still refer to this record; change or delete them first', { constraint });
    case '23514':
      return conflict('The change violates a rule of the data', { constraint });
    case '55P03':
    case '40P01':
      return conflict('The record is busy; try again');
    default:
      return undefined;
  }
}
