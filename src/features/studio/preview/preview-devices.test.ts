import { describe, expect, it } from 'vitest';
import { frameBox } from './preview-devices';

describe('frameBox', () => {
  it('keeps the desktop window 1280 px wide and shrinks the picture to fit a narrower stage', () => {
    const box = frameBox('desktop', { width: 960, height: 600 });
    expect(box).toEqual({ width: 1280, height: 800, scale: 0.75 });
    expect(box.height * box.scale).toBe(600);
  });

  it('never enlarges: a wide stage shows the window at its own size', () => {
    expect(frameBox('desktop', { width: 1600, height: 700 })).toEqual({ width: 1280, height: 700, scale: 1 });
  });

  it('shows the phone at 390 px, no taller than a phone', () => {
    expect(frameBox('phone', { width: 1200, height: 1000 })).toEqual({ width: 390, height: 844, scale: 1 });
    expect(frameBox('phone', { width: 1200, height: 500 })).toEqual({ width: 390, height: 500, scale: 1 });
  });

  it('shrinks the phone too when the stage is narrower than a phone', () => {
    expect(frameBox('phone', { width: 195, height: 400 })).toEqual({ width: 390, height: 800, scale: 0.5 });
  });

  it('renders at full size before the stage is measured', () => {
    expect(frameBox('desktop', { width: 0, height: 0 })).toEqual({ width: 1280, height: 0, scale: 1 });
  });
});
