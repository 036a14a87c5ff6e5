'use client';

import { useEffect, useLayoutEffect, useSyncExternalStore, type ReactNode } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { hasFieldRules } from '@/engine/forms/field-logic';
import type { FieldDef } from '@/engine/metadata/field';
import type { LineWindow } from './child-table-window';
import { useFieldLogic, usePlainFieldLogic, type FieldLogic } from './form-logic-context';
import type { FormValues } from './form-values';
import { useDropHiddenErrors } from './field-control';
import { useFieldCheck } from './use-field-check';

/**
 * The cells of a long child table, each shown only while its line is in the window (see
 * child-table-window.ts). A slot re-renders only when its own line enters or leaves the window.
 */

// Server render and first frame agree: the window starts at the first lines on both.
function useLive(lineWindow: LineWindow, index: number): boolean {
  const isLive = () => lineWindow.isLive(index);
  return useSyncExternalStore(lineWindow.subscribe, isLive, isLive);
}

/** Scrolls the input `cellId` to the middle of the screen and focuses it; false when it is not mounted. */
export function focusCell(cellId: string): boolean {
  const input = document.getElementById(cellId);
  if (!input) return false;
  input.scrollIntoView({ block: 'center', inline: 'nearest' });
  input.focus({ preventScroll: true });
  return true;
}

/**
 * What react-hook-form focuses for a cell of a line outside the window: the line mounts, then its
 * input takes focus (see LineSlot). Errors found on submit and server errors given `shouldFocus`
 * reach a line nobody scrolled to this way.
 */
export function standInFocusTarget(lineWindow: LineWindow, index: number, cellId: string, focus: (cellId: string) => boolean = focusCell) {
  return { focus: () => focus(cellId) || lineWindow.reveal(index, cellId) };
}

type SlotProps = { lineWindow: LineWindow; index: number; cellId?: string; standIn?: ReactNode; children: ReactNode };

/** A cell's content while its line is in the window; otherwise its stand-in (no markup) or nothing. */
export function LineSlot({ lineWindow, index, cellId, standIn, children }: SlotProps) {
  const live = useLive(lineWindow, index);
  // Children commit first: the input exists when this runs.
  useLayoutEffect(() => {
    if (live && cellId && lineWindow.takePendingFocus(index, cellId)) focusCell(cellId);
  }, [live, lineWindow, index, cellId]);
  return live ? children : (standIn ?? null);
}

/** The line number: as ever in a mounted line; in a placeholder line, a block as tall as a mounted line's cells. */
export function LineNumber({ lineWindow, index }: { lineWindow: LineWindow; index: number }) {
  const height = useSyncExternalStore(lineWindow.subscribe, () => (lineWindow.isLive(index) ? 0 : lineWindow.placeholderHeight()), () => (lineWindow.isLive(index) ? 0 : lineWindow.placeholderHeight()));
  return height ? <div style={{ height }}>{index + 1}</div> : index + 1;
}

type StandInProps = { column: FieldDef; name: string; index: number; cellId: string; lineWindow: LineWindow };

/**
 * A cell of a line outside the window keeps what its input would give react-hook-form: the same
 * checks on submit (a required quantity on line 180 still stops the save) and a focus target.
 * It renders nothing; the values stay in the form as they are (shouldUnregister is false).
 */
export function CellStandIn(props: StandInProps) {
  return hasFieldRules(props.column) ? <RuledStandIn {...props} /> : <PlainStandIn {...props} />;
}

function RuledStandIn(props: StandInProps) {
  return <VisibleStandIn {...props} logic={useFieldLogic(props.column, props.name)} />;
}

function PlainStandIn(props: StandInProps) {
  return <VisibleStandIn {...props} logic={usePlainFieldLogic(props.column, props.name)} />;
}

/** As for an input: a hidden cell is not checked and its errors are dropped (nobody could act on them). */
function VisibleStandIn(props: StandInProps & { logic: FieldLogic }) {
  useDropHiddenErrors(props.name, props.logic.visible);
  return props.logic.visible ? <RegisteredStandIn {...props} /> : null;
}

function RegisteredStandIn({ column, name, index, cellId, lineWindow, logic }: StandInProps & { logic: FieldLogic }) {
  const { control } = useFormContext<FormValues>();
  const validate = useFieldCheck(column, logic);
  const { ref } = useController({ control, name, rules: validate ? { validate } : undefined }).field;
  useEffect(() => {
    ref(standInFocusTarget(lineWindow, index, cellId));
  }, [ref, lineWindow, index, cellId]);
  return null;
}
