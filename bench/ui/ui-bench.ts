/**
 * The UI in Chromium on a production build: the metadata form renderer against hand-written
 * react-hook-form forms of the same 300 fields (render time, fields re-rendered per keystroke),
 * typing into a 200-line child table, and dragging a card in the designer with 150 fields.
 * Part of `npm run bench`; `npm run bench -- ui` runs it alone. It builds first when the build is
 * missing or predates the benchmark pages (BENCH_BUILD=1 forces a build); BENCH_UI_PARTS=formRender,
 * keystrokeRenders,childTableTyping,designerDrag picks parts.
 */
import type { Browser } from '@playwright/test';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { measureChildTableTyping } from './child-table-typing';
import { measureDesignerDrag } from './designer-drag';
import { DESIGNER_FIELDS } from './fixtures/designer-draft';
import { LINE_ROWS } from './fixtures/line-items-form';
import { WIDE_FIELD_COUNT, WIDE_GROUPS } from './fixtures/wide-form';
import { measureFormRender, WIDE_VARIANTS } from './form-render';
import { measureKeystrokeRenders } from './keystroke-renders';
import { startBenchServer } from './lib/bench-server';
import { launchBrowser } from './lib/browser';
import { ms } from './lib/stats';

const ROUNDS = Number(process.env.BENCH_UI_ROUNDS ?? 5);
const PORT = Number(process.env.BENCH_UI_PORT ?? 3410);
const ratio = (a: number, b: number) => (a / b).toFixed(2);

async function formRender(browser: Browser, url: string) {
  const render = await measureFormRender(browser, url, ROUNDS);
  console.log(`\n${WIDE_FIELD_COUNT}-field form (text, number, money, date, select, switch × ${WIDE_GROUPS}): until all ${WIDE_FIELD_COUNT} inputs are painted, median of ${ROUNDS}`);
  console.log(`${''.padEnd(34)} ${'navigation'.padStart(9)} ${'mount'.padStart(9)}`);
  for (const { variant, name } of WIDE_VARIANTS) {
    const times = render.get(variant)!;
    console.log(`${name.padEnd(34)} ${ms(times.navigationMs)} ${ms(times.mountMs)}`);
  }
  const [renderer, antd, native] = (['renderer', 'antd', 'native'] as const).map((variant) => render.get(variant)!);
  console.log(`ratio renderer / hand-written antd:   mount ${ratio(renderer.mountMs, antd.mountMs)}  navigation ${ratio(renderer.navigationMs, antd.navigationMs)}`);
  console.log(`ratio renderer / hand-written native: mount ${ratio(renderer.mountMs, native.mountMs)}  navigation ${ratio(renderer.navigationMs, native.navigationMs)}`);
  console.log('(navigation: from navigation start on a fresh page, code cached; mount: from mounting the form in an open page)');
}

async function keystrokeRenders(browser: Browser, url: string) {
  const keystrokes = await measureKeystrokeRenders(browser, url);
  console.log(`\nFields re-rendered per keystroke (of ${WIDE_FIELD_COUNT}), typing into one text field`);
  console.log(`${''.padEnd(34)} ${'first key'.padStart(9)} ${'later keys'.padStart(11)} ${'components/key'.padStart(15)}`);
  for (const { variant, name } of WIDE_VARIANTS) {
    const counts = keystrokes.get(variant)!;
    console.log(`${name.padEnd(34)} ${String(counts.first).padStart(9)} ${counts.later.toFixed(1).padStart(11)} ${counts.laterRenders.toFixed(1).padStart(15)}`);
  }
  console.log('(first key: the form turns dirty; later keys: mean of 5; components/key: component renders inside field cells)');
}

async function childTableTyping(browser: Browser, url: string) {
  const typing = await measureChildTableTyping(browser, url);
  console.log(`\n${LINE_ROWS}-line child table (formula per line, live total): keystroke → next paint, ${typing.keystrokes} keystrokes into one quantity`);
  console.log(`p50 ${typing.p50.toFixed(1)} ms  p95 ${typing.p95.toFixed(1)} ms  max ${typing.max.toFixed(1)} ms (target < 50 ms); form painted ${typing.openMs.toFixed(0)} ms after navigation; live total follows typing: ${typing.totalFollowed ? 'yes' : 'NO'}`);
  if (!typing.totalFollowed) process.exitCode = 1;
}

async function designerDrag(browser: Browser, url: string) {
  const drag = await measureDesignerDrag(browser, url);
  console.log(`\nDesigner, ${DESIGNER_FIELDS} fields in one section: one card dragged over ${drag.drag.seconds.toFixed(2)} s (canvas painted ${drag.openMs.toFixed(0)} ms after navigation)`);
  console.log(`${'baseline: same pointer path, no drag'.padEnd(38)} ${drag.idle.fps.toFixed(1).padStart(5)} fps  longest frame ${drag.idle.longestMs.toFixed(0)} ms`);
  console.log(`${'drag'.padEnd(38)} ${drag.drag.fps.toFixed(1).padStart(5)} fps  longest frame ${drag.drag.longestMs.toFixed(0)} ms (target ≥ 30 fps)`);
  console.log(`ratio drag / baseline fps: ${ratio(drag.drag.fps, drag.idle.fps)}; drag engaged: ${drag.engaged ? 'yes' : 'NO'}; card moved from position ${drag.from + 1} to ${drag.to + 1}`);
  if (!drag.engaged) process.exitCode = 1;
}

export async function uiBench(): Promise<void> {
  const server = await startBenchServer(PORT);
  const browser = await launchBrowser();
  console.log(`\nUI in headless Chromium, production build (2 cores shared by browser and server)`);
  try {
    // Each part prints as it finishes and a failing part does not hide the others' figures.
    // Targets are reported, not enforced: a benchmark that did not exercise what it claims fails.
    const only = process.env.BENCH_UI_PARTS?.split(',');
    for (const part of [formRender, keystrokeRenders, childTableTyping, designerDrag].filter((candidate) => !only || only.includes(candidate.name))) {
      try {
        await part(browser, server.url);
      } catch (error) {
        console.error(`\n${part.name} failed:`, error);
        process.exitCode = 1;
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  uiBench().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
