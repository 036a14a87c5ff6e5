/**
 * Groups thousands on the decimal string itself: money arrives as an exact string ("1234567.5") and
 * going through a JS number would round values past 15 significant digits.
 */
export function formatDecimal(value: unknown, scale?: number): string {
  const text = String(value).trim();
  const match = /^([-+]?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return text;
  const [, sign, integer, fraction = ''] = match;
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = scale === undefined || fraction.length > scale ? fraction : fraction.padEnd(scale, '0');
  return `${sign === '-' ? '-' : ''}${grouped}${digits ? `.${digits}` : ''}`;
}
