import { readJsonBody } from '../api/read-body';
import { AppError } from '../errors';

/** A JSON body that may be left out (approve without a comment): no body reads as {}. */
export async function readOptionalJsonBody(request: Request): Promise<unknown> {
  if (!request.body || request.headers.get('content-length') === '0') return {};
  try {
    return await readJsonBody(request);
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_json' && /empty/.test(error.message)) return {};
    throw error;
  }
}
