import type { FieldDef, FieldOf } from '../metadata';
import { accept, reject, type FieldValueResult } from './value-result';

const DEFAULT_MAX_LENGTH = { text: 500, long_text: 100_000 } as const;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
// A leading "(" is allowed for area codes like "(010) 6552 9988"; at least three digits are checked separately.
const PHONE = /^\+?[0-9(][0-9 ()-]{2,30}$/;
const MAX_EMAIL_LENGTH = 254;

const patternCache = new Map<string, RegExp | null>();

/**
 * Designers write patterns the way an HTML `pattern` attribute takes them: the whole value must
 * match, so "[A-Z]{3}" does not accept "xABCx". A pattern that does not compile (metadata saved
 * before a check existed, or a flavour JS lacks) must not turn every save into a crash: it is skipped.
 */
function compilePattern(source: string): RegExp | null {
  if (!patternCache.has(source)) {
    let compiled: RegExp | null = null;
    for (const flags of ['u', '']) {
      try {
        compiled = new RegExp(`^(?:${source})$`, flags);
        break;
      } catch {
        // try the next flavour, then give up
      }
    }
    if (patternCache.size > 1000) patternCache.clear();
    patternCache.set(source, compiled);
  }
  return patternCache.get(source) ?? null;
}

/** Spreadsheets and some clients send codes and phone numbers as numbers; their digits are what was meant. */
function asString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

export function normalizeText(field: FieldOf<'text'> | FieldOf<'long_text'>, value: unknown): FieldValueResult {
  const text = asString(value);
  if (text === null) return reject(field, 'invalid_type', 'must be text');
  const maxLength = field.maxLength ?? DEFAULT_MAX_LENGTH[field.type];
  // Postgres counts characters, not UTF-16 units: an emoji is one.
  if (text.length > maxLength && [...text].length > maxLength) {
    return reject(field, 'too_long', `must be at most ${maxLength} characters`, { maxLength });
  }
  if (field.type === 'text' && field.pattern) {
    const pattern = compilePattern(field.pattern);
    if (pattern && !pattern.test(text)) return reject(field, 'pattern', 'does not match the required format', { pattern: field.pattern });
  }
  return accept(text);
}

export function normalizeEmail(field: FieldOf<'email'>, value: unknown): FieldValueResult {
  if (typeof value !== 'string') return reject(field, 'invalid_type', 'must be text');
  const email = value.trim();
  if (email.length > MAX_EMAIL_LENGTH) return reject(field, 'too_long', `must be at most ${MAX_EMAIL_LENGTH} characters`, { maxLength: MAX_EMAIL_LENGTH });
  if (!EMAIL.test(email)) return reject(field, 'invalid_format', 'must be a valid email address');
  return accept(email);
}

export function normalizePhone(field: FieldOf<'phone'>, value: unknown): FieldValueResult {
  const text = asString(value);
  if (text === null) return reject(field, 'invalid_type', 'must be text');
  const phone = text.trim();
  if (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 3) return reject(field, 'invalid_format', 'must be a valid phone number');
  return accept(phone);
}

/** Values the server generates (auto numbers, text formulas) only meet this check as filter operands. */
export function normalizePlainString(field: FieldDef, value: unknown): FieldValueResult {
  const text = asString(value);
  if (text === null) return reject(field, 'invalid_type', 'must be text');
  if (text.length > DEFAULT_MAX_LENGTH.text) return reject(field, 'too_long', `must be at most ${DEFAULT_MAX_LENGTH.text} characters`, { maxLength: DEFAULT_MAX_LENGTH.text });
  return accept(text);
}
