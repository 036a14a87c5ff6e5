import type { FieldDef } from '../metadata';
import { accept, reject, type FieldValueResult } from './value-result';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const daysInMonth = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth[month - 1];
}

function hasCalendarDate(match: RegExpExecArray | null): boolean {
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A date is a calendar day with no time zone, so it is checked as text: Date would shift it or roll 02-30 into March. */
export function normalizeDate(field: FieldDef, value: unknown): FieldValueResult {
  if (typeof value !== 'string') return reject(field, 'invalid_type', 'must be a date in the form YYYY-MM-DD');
  const text = value.trim();
  if (!hasCalendarDate(DATE.exec(text))) return reject(field, 'invalid_format', 'must be a real date in the form YYYY-MM-DD');
  return accept(text);
}

/**
 * Stored as timestamptz and returned in UTC. A string without an offset is read in the server's
 * time zone (that is what Date does); clients should send an offset or "Z".
 */
export function normalizeDateTime(field: FieldDef, value: unknown): FieldValueResult {
  const problem = 'must be a date and time such as 2026-03-01T09:30:00Z';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? reject(field, 'invalid_format', problem) : checkIsoRange(field, value);
  }
  if (typeof value !== 'string') return reject(field, 'invalid_type', problem);
  const text = value.trim();
  // Date.parse accepts "2026-02-30" (rolling into March) and bare numbers; the date part must be real.
  if (!hasCalendarDate(DATE_PREFIX.exec(text))) return reject(field, 'invalid_format', problem);
  const time = Date.parse(text);
  if (Number.isNaN(time)) return reject(field, 'invalid_format', problem);
  return checkIsoRange(field, new Date(time));
}

function checkIsoRange(field: FieldDef, date: Date): FieldValueResult {
  const iso = date.toISOString();
  // Outside years 0000-9999 toISOString switches to "+010000-…", which Postgres does not read back the same way.
  if (!/^\d{4}-/.test(iso)) return reject(field, 'out_of_range', 'must be between the years 0001 and 9999');
  return accept(iso);
}
