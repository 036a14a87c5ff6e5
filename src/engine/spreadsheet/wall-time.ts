/**
 * Spreadsheets hold dates and times without a zone: what the cell shows is a wall clock. exceljs
 * hands them over as Dates whose UTC fields are that wall clock. These helpers move between such
 * "wall" instants and real ones in the business's time zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** Milliseconds the zone is ahead of UTC at the instant `utc`. */
function offsetAt(utc: number, timeZone: string): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(utc)).map((part) => [part.type, Number(part.value)]));
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(utc / 1000) * 1000;
}

/** The real instant at which the zone's clocks show the wall time `wall` (a Date read by its UTC fields). */
export function wallToInstant(wall: Date, timeZone: string): Date {
  const guess = wall.getTime() - offsetAt(wall.getTime(), timeZone);
  // A second pass settles instants near a daylight-saving switch.
  return new Date(wall.getTime() - offsetAt(guess, timeZone));
}

/** The wall time the zone's clocks show at `instant`, as a Date whose UTC fields carry it. */
export function instantToWall(instant: Date, timeZone: string): Date {
  return new Date(instant.getTime() + offsetAt(instant.getTime(), timeZone));
}

/** Excel's day count (1900 system, with its fictional 1900-02-29) to a wall-time Date. */
export function excelSerialToWall(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

export function wallDate(wall: Date): string {
  return wall.toISOString().slice(0, 10);
}
