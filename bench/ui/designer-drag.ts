import type { Browser, Page } from '@playwright/test';
import { DESIGNER_FIELDS } from './fixtures/designer-draft';
import { benchContext, inPage, openAndWait, sleep } from './lib/browser';

type Frames = { frames: number; seconds: number; fps: number; longestMs: number };
export type DragFrames = { idle: Frames; drag: Frames; engaged: boolean; from: number; to: number; openMs: number };

const STEPS = 60;
const STEP_PAUSE_MS = 16; // about one pointer event per frame, as a hand moves a mouse
const CARDS = '[data-testid^="studio-field-"]';
const DRAGGED = 'studio-field-field_3';

async function pointerPath(page: Page, x: number, fromY: number, toY: number): Promise<void> {
  for (let step = 1; step <= STEPS; step += 1) {
    await page.mouse.move(x, fromY + ((toY - fromY) * step) / STEPS);
    await sleep(STEP_PAUSE_MS);
  }
}

const positionOf = (page: Page) => inPage<number>(page, `[...document.querySelectorAll('${CARDS}')].findIndex((card) => card.dataset.testid === '${DRAGGED}')`);

/**
 * Frames painted while a field card is dragged down across the 150-field canvas, against the same
 * pointer path without a drag (the frame rate this headless browser gives an idle page).
 */
export async function measureDesignerDrag(browser: Browser, baseUrl: string): Promise<DragFrames> {
  const context = await benchContext(browser);
  try {
    const { page, readyMs } = await openAndWait(context, `${baseUrl}/bench/designer`, CARDS, DESIGNER_FIELDS);
    const box = await page.getByTestId(DRAGGED).boundingBox();
    if (!box) throw new Error('the dragged card is not visible');
    const x = box.x + box.width / 2;
    const fromY = box.y + box.height / 2;
    const toY = Math.min(fromY + 600, 1000 - 40);
    const from = await positionOf(page);

    await page.mouse.move(x, fromY);
    await inPage(page, 'window.__uiBench.startFrames()');
    await pointerPath(page, x, fromY, toY);
    const idle = await inPage<Frames>(page, 'window.__uiBench.stopFrames()');

    await page.mouse.move(x, fromY);
    await inPage(page, 'window.__uiBench.afterPaint()');
    await page.mouse.down();
    await inPage(page, 'window.__uiBench.startFrames()');
    await pointerPath(page, x, fromY, toY);
    // dnd-kit marks the dragged card pressed for as long as its drag lasts.
    const engaged = await inPage<boolean>(page, `document.querySelector('[data-testid="${DRAGGED}"][aria-pressed="true"]') !== null`);
    const drag = await inPage<Frames>(page, 'window.__uiBench.stopFrames()');
    await page.mouse.up();
    await inPage(page, 'window.__uiBench.afterPaint().then(() => window.__uiBench.afterPaint())');
    return { idle, drag, engaged, from, to: await positionOf(page), openMs: readyMs };
  } finally {
    await context.close();
  }
}
