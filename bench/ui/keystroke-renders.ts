import type { Browser, Page } from '@playwright/test';
import { WIDE_FIELD_COUNT, wideFieldNames } from './fixtures/wide-form';
import { CONTROLS, WIDE_VARIANTS } from './form-render';
import { benchContext, inPage, openAndWait } from './lib/browser';
import type { FormVariant } from './pages/form-variants';

export type KeystrokeRenders = { first: number; later: number; laterRenders: number };

const TYPED_FIELD = '#field-text_25';
const LATER_KEYS = 'bcdef';

async function renderedFields(page: Page, key: string): Promise<{ fields: number; renders: number }> {
  await inPage(page, 'window.__uiBench.startRenderCount()');
  await page.keyboard.press(key);
  // Two frames: effects that set state after the commit (dirty flags, validation) render again.
  await inPage(page, 'window.__uiBench.afterPaint().then(() => window.__uiBench.afterPaint())');
  return inPage(page, 'window.__uiBench.stopRenderCount()');
}

/**
 * How many of the 300 field cells render again for one typed character. A cell is the subtree
 * under the element keyed by the field's name (the renderer's grid column, the hand-written
 * forms' cells); counting reads React's own commit data, see browser/probe.js.
 */
export async function measureKeystrokeRenders(browser: Browser, baseUrl: string): Promise<Map<FormVariant, KeystrokeRenders>> {
  const results = new Map<FormVariant, KeystrokeRenders>();
  for (const { variant } of WIDE_VARIANTS) {
    const context = await benchContext(browser);
    try {
      const { page } = await openAndWait(context, `${baseUrl}/bench/form?variant=${variant}&auto=1`, CONTROLS, WIDE_FIELD_COUNT);
      await inPage(page, `window.__uiBench.trackFields(${JSON.stringify(wideFieldNames())})`);
      await page.click(TYPED_FIELD);
      await inPage(page, 'window.__uiBench.afterPaint()');
      const first = await renderedFields(page, 'a');
      let fields = 0;
      let renders = 0;
      for (const key of LATER_KEYS) {
        const later = await renderedFields(page, key);
        fields += later.fields;
        renders += later.renders;
      }
      results.set(variant, { first: first.fields, later: fields / LATER_KEYS.length, laterRenders: renders / LATER_KEYS.length });
    } finally {
      await context.close();
    }
  }
  return results;
}
