import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import path from 'node:path';

const probe = path.join(import.meta.dirname, '..', 'browser', 'probe.js');

/** Debian's Chromium, headless; --expose-gc lets a timed mount start from a collected heap. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc'],
  });
}

/** A browser context whose pages get the in-page probe (bench/ui/browser/probe.js) before any script. */
export async function benchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'zh-CN' });
  await context.addInitScript({ path: probe });
  return context;
}

/**
 * Opens `url` and waits until the probe saw `expected` elements matching `watch` painted; returns
 * that moment in ms from navigation start. The URL carries the expectation so the probe watches
 * from the very first frame.
 */
export async function openAndWait(context: BrowserContext, url: string, watch: string, expected: number): Promise<{ page: Page; readyMs: number }> {
  const page = await context.newPage();
  const separator = url.includes('?') ? '&' : '?';
  await page.goto(`${url}${separator}expect=${expected}&watch=${encodeURIComponent(watch)}`);
  await page.waitForFunction('window.__uiBench.ready() !== null', undefined, { timeout: 90_000 });
  const ready = await inPage<{ at: number | null; count: number }>(page, 'window.__uiBench.ready()');
  if (ready.at === null) throw new Error(`${url}: ${ready.count} of ${expected} "${watch}" appeared`);
  return { page, readyMs: ready.at };
}

/** Evaluates an expression against the probe (strings, not functions: tsx's helpers do not exist in the page). */
export function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
