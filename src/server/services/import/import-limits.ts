/** Rows validated and written together: one multi-row INSERT and one progress update per batch. */
export const BATCH_ROWS = 500;
/** Rows a dry run returns for the preview table. */
export const PREVIEW_ROWS = 20;
/** Errors a job row keeps for its report; a file wrong on every line should not fill the database. */
export const MAX_STORED_ERRORS = 50_000;
/** Errors a job or dry-run response carries; the rest are in errors.csv. */
export const ERRORS_IN_RESPONSE = 1_000;
/** A job without a heartbeat for this long died with its process (restart, crash). */
export const STALE_JOB_MS = 10 * 60 * 1000;
/** Relation titles remembered across batches; bounded so memory stays flat on huge files. */
export const TITLE_CACHE_SIZE = 20_000;
