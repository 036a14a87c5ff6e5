/** Calendar parts of "now" in the business's time zone; the server supplies them. */
export type DateParts = { year: number; month: number; day: number };

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function expandDate(pattern: string, parts: DateParts): string {
  return pattern
    .replace(/\{YYYYMMDD\}/g, `${parts.year}${pad(parts.month, 2)}${pad(parts.day, 2)}`)
    .replace(/\{YYYY\}/g, String(parts.year))
    .replace(/\{YY\}/g, pad(parts.year % 100, 2))
    .replace(/\{MM\}/g, pad(parts.month, 2))
    .replace(/\{DD\}/g, pad(parts.day, 2));
}

/** The sequence restarts whenever the text around it changes, e.g. daily for SO-{YYYYMMDD}-{seq:4}. */
export function autoNumberScope(pattern: string, parts: DateParts): string {
  return expandDate(pattern, parts).replace(/\{seq(:\d)?\}/g, '#');
}

export function formatAutoNumber(pattern: string, parts: DateParts, sequence: number): string {
  return expandDate(pattern, parts).replace(/\{seq(?::(\d))?\}/g, (_match, width?: string) => pad(sequence, Number(width ?? 1)));
}
