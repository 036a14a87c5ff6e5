'use client';

import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { EntityView } from '@/engine/contract/api-types';
import type { Reservation } from '@/engine/metadata/lifecycle';
import { demandByKey } from '../stock/reservation-meta';
import { useAvailability, type Availability } from '../stock/use-availability';
import { LineStockHint } from './line-stock-hint';
import { useLiveRowsValue } from './use-live-rows';

type Row = Record<string, unknown>;
type LineStock = { view: EntityView; tableId: string; reservation: Reservation };

const AvailabilityContext = createContext<Availability | null>(null);

/**
 * Reads, once for the whole table, what is available of the items its lines name. It renders
 * again only when the set of items changes (or the server reported a shortage), never while
 * quantities are typed.
 */
export function LineAvailabilityProvider({ view, tableId, reservation, stockRefresh, children }: LineStock & { stockRefresh: number; children: ReactNode }) {
  const keys = useLiveRowsValue(view, tableId, (rows) => [...new Set(rows.map((row) => String(row[reservation.source.key] ?? '')))].filter(Boolean).sort());
  const availability = useAvailability(reservation.target, keys);
  const reload = availability.reload;
  useEffect(() => {
    if (stockRefresh > 0) reload();
  }, [stockRefresh, reload]);
  return <AvailabilityContext.Provider value={availability}>{children}</AvailabilityContext.Provider>;
}

// Every hint asks for its item's demand on the same rows; the sums are made once per rows array.
const demands = new WeakMap<Row[], Map<Reservation, Map<string, number>>>();

function demandOf(rows: Row[], reservation: Reservation): Map<string, number> {
  let byReservation = demands.get(rows);
  if (!byReservation) demands.set(rows, (byReservation = new Map()));
  let demand = byReservation.get(reservation);
  if (!demand) byReservation.set(reservation, (demand = demandByKey(rows, reservation)));
  return demand;
}

/** The stock hint under one line's quantity: re-renders only when its item's total demand or availability changes. */
export function LineStockHintFor({ view, tableId, reservation, stockKey, testId }: LineStock & { stockKey: string; testId: string }) {
  const availability = useContext(AvailabilityContext);
  const requested = useLiveRowsValue(view, tableId, (rows) => demandOf(rows, reservation).get(stockKey) ?? 0);
  return <LineStockHint available={availability?.get(stockKey)} requested={requested} testId={testId} />;
}
