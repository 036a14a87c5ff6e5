import { AppError } from '../errors';

/** Reads the record version from If-Match: a bare number, a quoted ETag, or W/"n". */
export function expectedVersion(request: Request, required: boolean): number | undefined {
  const header = request.headers.get('if-match');
  if (!header) {
    if (!required) return undefined;
    throw new AppError(428, 'precondition_required', 'Send the version you edited as "If-Match: <version>" so concurrent changes are not overwritten');
  }
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) throw new AppError(400, 'validation_failed', `If-Match must be a record version number, got "${header}"`);
  return Number(match[1]);
}
