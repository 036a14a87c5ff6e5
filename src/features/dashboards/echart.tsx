'use client';

import type { ECElementEvent, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import type { ChartOption } from './chart-options';

type Props = {
  option: ChartOption;
  onClick?: (event: ECElementEvent) => void;
  /** The live instance (null once gone), for exports that read the drawn canvas. */
  onInstance?: (chart: EChartsType | null) => void;
  'data-testid'?: string;
};

/**
 * A canvas chart that fills its box: echarts loads in the browser only (a dynamic import in an
 * effect keeps it out of the server render and the first bundle), follows its box's size, and
 * is disposed of with the component.
 */
export function EChart({ option, onClick, onInstance, 'data-testid': testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);

  useEffect(() => {
    let disposed = false;
    let instance: EChartsType | null = null;
    let observer: ResizeObserver | null = null;
    void import('./echarts-setup').then(({ init }) => {
      if (disposed || !box.current) return;
      instance = init(box.current, undefined, { renderer: 'canvas' });
      observer = new ResizeObserver(() => instance?.resize());
      observer.observe(box.current);
      setChart(instance);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      instance?.dispose();
    };
  }, []);

  useEffect(() => {
    // notMerge: a series that disappeared (a region filtered away) must not linger from the last option.
    chart?.setOption(option, { notMerge: true });
  }, [chart, option]);

  useEffect(() => {
    if (!chart || !onClick) return;
    chart.on('click', onClick);
    return () => {
      if (!chart.isDisposed()) chart.off('click', onClick);
    };
  }, [chart, onClick]);

  useEffect(() => {
    if (!chart || !onInstance) return;
    onInstance(chart);
    return () => onInstance(null);
  }, [chart, onInstance]);

  return <div ref={box} data-testid={testId} data-ready={chart ? 'true' : 'false'} style={{ width: '100%', height: '100%', flex: 1, minHeight: 120 }} />;
}
