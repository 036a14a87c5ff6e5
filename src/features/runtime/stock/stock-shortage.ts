import type { EntityDef } from '@/engine/metadata/entity';
import type { ApiError } from '../api-client';
import { reservationByKey } from './reservation-meta';

/** One short item of a 409 insufficient_stock answer; `lines` index the submitted child rows. */
export type Shortage = { key: string; title: string | null; requested: number; available: number; lines: number[] };
export type ShortageReport = { keyField: string; shortages: Shortage[] };

function isShortage(value: unknown): value is Shortage {
  const item = value as Shortage | null;
  return typeof item?.key === 'string' && typeof item.requested === 'number' && typeof item.available === 'number' && Array.isArray(item.lines);
}

export function stockShortages(error: ApiError): ShortageReport | null {
  if (error.code !== 'insufficient_stock') return null;
  const details = error.details as { keyField?: unknown; shortages?: unknown } | undefined;
  const shortages = Array.isArray(details?.shortages) ? details.shortages.filter(isShortage) : [];
  return { keyField: typeof details?.keyField === 'string' ? details.keyField : '', shortages };
}

/** The form cells (`lines.1.product`) each shortage belongs to: its key column on every line it names. */
export function shortageCells(entity: EntityDef, report: ShortageReport): Array<{ path: string; shortage: Shortage }> {
  const reservation = reservationByKey(entity, report.keyField);
  if (!reservation) return [];
  return report.shortages.flatMap((shortage) =>
    shortage.lines.filter((line) => Number.isInteger(line) && line >= 0).map((line) => ({ path: `${reservation.source.child}.${line}.${report.keyField}`, shortage })),
  );
}
