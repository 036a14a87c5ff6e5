import type { Browser, Page } from '@playwright/test';
import { WIDE_FIELD_COUNT } from './fixtures/wide-form';
import { benchContext, inPage, openAndWait } from './lib/browser';
import { median } from './lib/stats';
import type { FormVariant } from './pages/form-variants';

export const WIDE_VARIANTS: { variant: FormVariant; name: string }[] = [
  { variant: 'renderer', name: 'RecordForm (metadata renderer)' },
  { variant: 'antd', name: 'hand-written antd + Controller' },
  { variant: 'native', name: 'hand-written native + register' },
];
export const CONTROLS = '#bench-root [id^="field-"]';

export type RenderTimes = { navigationMs: number; mountMs: number; navigations: number[]; mounts: number[] };

/**
 * Time until all 300 controls stand painted, two ways: from navigation start on a fresh page (code
 * from the HTTP cache, hydration, then the client render), and from a mount in an open page. The
 * forms take turns each round so a slower patch of the machine hits all of them alike.
 */
export async function measureFormRender(browser: Browser, baseUrl: string, rounds: number): Promise<Map<FormVariant, RenderTimes>> {
  const results = new Map<FormVariant, RenderTimes>(WIDE_VARIANTS.map(({ variant }) => [variant, { navigationMs: 0, mountMs: 0, navigations: [], mounts: [] }]));
  const contexts = await Promise.all(WIDE_VARIANTS.map(() => benchContext(browser)));
  const url = (variant: FormVariant, auto: boolean) => `${baseUrl}/bench/form?variant=${variant}${auto ? '&auto=1' : ''}`;
  try {
    for (let round = -1; round < rounds; round += 1) {
      for (const [index, { variant }] of WIDE_VARIANTS.entries()) {
        const { page, readyMs } = await openAndWait(contexts[index], url(variant, true), CONTROLS, WIDE_FIELD_COUNT);
        if (round >= 0) results.get(variant)!.navigations.push(readyMs); // round -1 fills the HTTP cache
        await page.close();
      }
    }

    const pages: Page[] = [];
    for (const [index, { variant }] of WIDE_VARIANTS.entries()) {
      const page = await contexts[index].newPage();
      await page.goto(url(variant, false));
      await page.waitForFunction('window.__formBench !== undefined');
      pages.push(page);
    }
    for (let round = -1; round < rounds; round += 1) {
      for (const [index, { variant }] of WIDE_VARIANTS.entries()) {
        const page = pages[index];
        await page.bringToFront();
        const mount = await inPage<{ ms: number | null; count: number }>(page, `window.__uiBench.timeMount(${JSON.stringify(CONTROLS)}, ${WIDE_FIELD_COUNT})`);
        if (mount.ms === null) throw new Error(`${variant}: only ${mount.count} controls after a mount`);
        if (round >= 0) results.get(variant)!.mounts.push(mount.ms);
        await inPage(page, 'window.__uiBench.unmount()');
      }
    }
  } finally {
    await Promise.all(contexts.map((context) => context.close()));
  }
  for (const times of results.values()) {
    times.navigationMs = median(times.navigations);
    times.mountMs = median(times.mounts);
  }
  return results;
}
