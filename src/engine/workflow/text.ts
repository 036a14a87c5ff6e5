import type { Locale } from '../metadata/keys';

/** A message in every UI language; the API and the inbox pick one by the caller's locale. */
export type LocalizedText = Record<Locale, string>;

export function text(zh: string, en: string): LocalizedText {
  return { 'zh-CN': zh, en };
}

/** An event the instance cannot take; the runtime answers it with this HTTP status and nothing changes. */
export type Refusal = { ok: false; status: 400 | 403 | 404 | 409; code: RefusalCode; message: LocalizedText };

export type RefusalCode =
  | 'already_started'
  | 'not_started'
  | 'not_running'
  | 'task_not_found'
  | 'task_not_pending'
  | 'not_assignee'
  | 'comment_required'
  | 'field_not_editable'
  | 'return_not_allowed'
  | 'transfer_not_allowed'
  | 'add_signer_not_allowed'
  | 'invalid_user'
  | 'not_initiator'
  | 'already_acted'
  | 'not_participant';

export function refuse(status: Refusal['status'], code: RefusalCode, zh: string, en: string): Refusal {
  return { ok: false, status, code, message: text(zh, en) };
}

/** An event that arrived too late to matter (a stale timer): accepted, nothing to do, and why. */
export type Noop = { noop: LocalizedText };

/** What an event handler reports: refused, nothing to do, or (undefined) applied to the run. */
export type Handled = Refusal | Noop | undefined;

export function noop(zh: string, en: string): Noop {
  return { noop: text(zh, en) };
}
