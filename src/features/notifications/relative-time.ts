import type { Locale } from '@/engine/metadata/keys';

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

/** "3 minutes ago" / "3分钟前": the largest unit that fits, as the reader's language says it. */
export function relativeTime(iso: string, now: Date, locale: Locale): string {
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return '';
  let value = (then.getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return format.format(Math.round(value), 'year');
}
