'use client';

import { Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { RecordForm } from '@/features/runtime/record-form/record-form';
import { lineItemsRecord, lineItemsView } from '../fixtures/line-items-form';
import { wideFormView } from '../fixtures/wide-form';
import { HandWrittenAntdForm } from './hand-written-antd-form';
import { HandWrittenNativeForm } from './hand-written-native-form';
import type { FormVariant } from './form-variants';


declare global {
  interface Window {
    /** Driven by bench/ui: mounts a fresh copy of the form, or takes it away. */
    __formBench?: { mount: () => void; unmount: () => void };
  }
}

function BenchForm({ variant }: { variant: FormVariant }) {
  // Built before any mount is timed: the renderer's metadata arrives from the API in the app too.
  const wide = useMemo(() => (variant === 'renderer' ? wideFormView() : null), [variant]);
  const lines = useMemo(() => (variant === 'lines' ? { view: lineItemsView(), record: lineItemsRecord() } : null), [variant]);
  if (wide) return <RecordForm view={wide} />;
  if (lines) return <RecordForm view={lines.view} record={lines.record} />;
  return variant === 'antd' ? <HandWrittenAntdForm /> : <HandWrittenNativeForm />;
}

/**
 * Renders nothing on the server, so the timed path is the browser's own: load the code, hydrate,
 * then mount the form (at once with `auto`, else when the benchmark calls mount()).
 */
export function FormBench({ variant, auto }: { variant: FormVariant; auto: boolean }) {
  const [state, setState] = useState({ shown: false, generation: 0 });

  useEffect(() => {
    window.__formBench = {
      mount: () => setState((current) => ({ shown: true, generation: current.generation + 1 })),
      unmount: () => setState((current) => ({ ...current, shown: false })),
    };
    if (auto) window.__formBench.mount();
    return () => {
      delete window.__formBench;
    };
  }, [auto]);

  return (
    <main style={{ padding: 24, maxWidth: 1100 }}>
      <Typography.Title level={4}>Form benchmark · {variant}</Typography.Title>
      <div id="bench-root">{state.shown && <BenchForm key={state.generation} variant={variant} />}</div>
    </main>
  );
}
