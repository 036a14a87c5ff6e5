import type { Locale } from '@/engine/metadata/keys';
import type { ApiError } from '@/features/runtime/api-client';
import type { BatchError } from './inbox-types';

type Translate = (key: 'conflict' | 'forbidden' | 'invalid' | 'notFound' | 'network' | 'commentRequired', values?: { message: string }) => string;
type ErrorLike = Pick<ApiError, 'status' | 'code' | 'message'> & { details?: unknown };

/** A workflow refusal's details carry its reason and the message in every UI language. */
function refusalDetails(details: unknown): { reason?: string; message?: Record<Locale, string> } {
  if (typeof details !== 'object' || details === null) return {};
  const { reason, message } = details as { reason?: unknown; message?: unknown };
  const localized = typeof message === 'object' && message !== null && typeof (message as Record<string, unknown>).en === 'string' ? (message as Record<Locale, string>) : undefined;
  return { reason: typeof reason === 'string' ? reason : undefined, message: localized };
}

/**
 * What to tell the user when an action is refused, in their language. 409 and 403 get our own
 * words (the cause is always the same); for 422 the server's reason says what to fix, in the
 * reader's language when the server sent it in both.
 */
export function actionErrorMessage(error: ErrorLike, t: Translate, locale: Locale = 'en'): string {
  const refusal = refusalDetails(error.details);
  if (error.status === 409 || error.code === 'conflict') return t('conflict');
  if (error.status === 403 || error.code === 'forbidden') return t('forbidden');
  if (error.status === 404 || error.code === 'not_found') return t('notFound');
  if (error.code === 'network') return t('network');
  if (refusal.reason === 'comment_required') return t('commentRequired');
  const message = refusal.message?.[locale] ?? error.message;
  if (error.status === 422 || error.status === 400) return t('invalid', { message });
  return message;
}

/** A failed item of a batch: no HTTP status, but its code, reason and message in every language say as much. */
export function batchErrorMessage(error: BatchError | undefined, t: Translate, locale: Locale = 'en'): string {
  if (!error) return '';
  const status = error.code === 'conflict' ? 409 : error.code === 'forbidden' ? 403 : error.code === 'not_found' ? 404 : error.code === 'validation_failed' ? 422 : 0;
  return actionErrorMessage({ status, code: error.code as ApiError['code'], message: error.message, details: { reason: error.reason, message: error.localized } }, t, locale);
}
