import { formatAutoNumber, type DateParts } from '@/engine/records/auto-number';

export const MAX_AUTO_NUMBER_PATTERN_LENGTH = 100;

/** Tokens the server expands; anything else in braces would be printed as is. */
export const AUTO_NUMBER_TOKENS = ['YYYY', 'YY', 'MM', 'DD', 'YYYYMMDD', 'seq', 'seq:4'] as const;
const KNOWN_TOKEN = /^(YYYY|YY|MM|DD|YYYYMMDD|seq|seq:\d)$/;

export type AutoNumberProblem =
  | { code: 'empty' }
  | { code: 'too_long'; max: number }
  | { code: 'unknown_token'; token: string }
  | { code: 'stray_brace' }
  | { code: 'missing_seq' };

export function checkAutoNumberPattern(pattern: string): AutoNumberProblem[] {
  if (pattern.trim() === '') return [{ code: 'empty' }];
  const problems: AutoNumberProblem[] = [];
  if (pattern.length > MAX_AUTO_NUMBER_PATTERN_LENGTH) problems.push({ code: 'too_long', max: MAX_AUTO_NUMBER_PATTERN_LENGTH });
  for (const [, token] of pattern.matchAll(/\{([^{}]*)\}/g)) {
    if (!KNOWN_TOKEN.test(token)) problems.push({ code: 'unknown_token', token: `{${token}}` });
  }
  if (/[{}]/.test(pattern.replace(/\{[^{}]*\}/g, ''))) problems.push({ code: 'stray_brace' });
  // Without a sequence every record of a day would get the same number, which the unique index refuses.
  if (!/\{seq(:\d)?\}/.test(pattern)) problems.push({ code: 'missing_seq' });
  return problems;
}

/** The number the first record would get on `date`, exactly as the server formats it. */
export function previewAutoNumber(pattern: string, date: Date, sequence = 1): string {
  const parts: DateParts = { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
  return formatAutoNumber(pattern, parts, sequence);
}
