import { describe, expect, it } from 'vitest';
import { cellOffset } from './cell-offset';

const shift = (x: number, y: number) => ({ x, y, scaleX: 1, scaleY: 1 });

describe('cellOffset', () => {
  it('leaves a cell that does not move without a transform', () => {
    expect(cellOffset(null)).toBeUndefined();
    expect(cellOffset(shift(0, 0))).toBeUndefined();
    expect(cellOffset(shift(0.4, -0.3))).toBeUndefined();
  });

  it('translates a displaced cell by whole pixels and ignores the scale', () => {
    expect(cellOffset(shift(0, 56))).toBe('translate3d(0px, 56px, 0)');
    expect(cellOffset({ x: -311.6, y: 0.2, scaleX: 0.5, scaleY: 2 })).toBe('translate3d(-312px, 0px, 0)');
  });
});
