import type { Browser } from '@playwright/test';
import { FIRST_WINDOW } from '@/features/runtime/record-form/child-table-window';
import { LINE_ROWS } from './fixtures/line-items-form';
import { benchContext, inPage, openAndWait } from './lib/browser';
import { percentile } from './lib/stats';

export type TypingLatency = { keystrokes: number; p50: number; p95: number; max: number; openMs: number; totalFollowed: boolean };

const KEYSTROKES = Number(process.env.BENCH_UI_KEYSTROKES ?? 30);
const WARM_UP = 4;
const ROW = Math.floor(LINE_ROWS / 2);

/**
 * Typing a quantity into one line of a 200-line child table (each change recomputes the line's
 * formula and the live total): time from keydown to the next painted frame. Digits and Backspace
 * alternate so the value stays a small valid quantity. The table mounts the inputs of the lines
 * on screen only, so the form counts as painted with its first lines, and the line typed into is
 * scrolled to first, as a user would.
 */
export async function measureChildTableTyping(browser: Browser, baseUrl: string): Promise<TypingLatency> {
  const context = await benchContext(browser);
  try {
    const { page, readyMs } = await openAndWait(context, `${baseUrl}/bench/form?variant=lines&auto=1`, '#bench-root [id^="field-qty-"]', Math.min(LINE_ROWS, FIRST_WINDOW));
    const total = page.getByTestId('live-total-total');
    await page.evaluate(`document.querySelectorAll('#bench-root .ant-table-tbody > tr[data-row-key]')[${ROW}].scrollIntoView({ block: 'center' })`);
    await page.click(`#field-qty-${ROW}`);
    // End is a key too and gets its own sample: every later wait counts from after it, so each
    // keystroke starts only once the previous one is painted.
    await page.keyboard.press('End');
    await page.waitForFunction('window.__uiBench.keyLatencies().length >= 1');
    const earlier = (await inPage<number[]>(page, 'window.__uiBench.keyLatencies()')).length;
    const before = await total.textContent();
    const keys = Array.from({ length: WARM_UP + KEYSTROKES }, (_, index) => (index % 2 === 0 ? String(((index / 2) % 8) + 2) : 'Backspace'));
    let totalFollowed = false;
    for (const [index, key] of keys.entries()) {
      await page.keyboard.press(key);
      await page.waitForFunction(`window.__uiBench.keyLatencies().length >= ${earlier + index + 1}`);
      if (index === 0) totalFollowed = (await total.textContent()) !== before;
    }
    const latencies = (await inPage<number[]>(page, 'window.__uiBench.keyLatencies()')).slice(earlier + WARM_UP);
    return { keystrokes: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies), openMs: readyMs, totalFollowed };
  } finally {
    await context.close();
  }
}
