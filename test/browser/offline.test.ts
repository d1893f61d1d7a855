import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, getBrowser, watchPage } from './harness';
import { serveStatic } from './staticServer';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
/** Served under a sub-path, as on a shared static host: every URL of the app must be relative. */
const PREFIX = '/kort/indsatskort/';
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(DIST, PREFIX);
});
afterAll(async () => {
  server.close();
  await closeBrowser();
});

const mapState = (page: Page, state: string) =>
  page.waitForFunction((s) => document.body?.dataset.mapState === s, state, { timeout: 45_000 });

/** Opens the app in a fresh context with service workers allowed and waits for the worker to be active. */
async function firstVisit(path = '') {
  const context = await (await getBrowser()).newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  watchPage(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}${path}`);
  await mapState(page, 'idle');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  return { context, page, errors };
}

describe('the offline app', () => {
  it('serves a web app manifest with icons, under a sub-path', async () => {
    const { context, page } = await firstVisit();
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await fetch(new URL(href ?? '', server.url))).json();
    expect(manifest.short_name).toBe('Indsatskort');
    expect(manifest.icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of manifest.icons) {
      const res = await fetch(new URL(icon.src, new URL(href ?? '', server.url)));
      expect(res.status, icon.src).toBe(200);
    }
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    expect(scope).toBe(server.url);
    await context.close();
  });

  it('opens again with the network off: map, rings, list and a dialog', async () => {
    const { context, page, errors } = await firstVisit();
    await context.setOffline(true);
    await page.reload();
    await mapState(page, 'idle');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.locator('.maplibregl-marker[data-marker]').count()).toBe(10);
    await page.locator('.area-list [data-area="mjoelnerparken"]').click();
    await expect.poll(() => page.locator('.area-dialog').isVisible()).toBe(true);
    expect(await page.locator('.area-dialog h2').textContent()).toContain('Mjølnerparken');
    // A permalink never visited before opens offline too (the query is ignored by the precache).
    await page.goto(`${server.url}?lang=en&omraade=hoergaarden`);
    await mapState(page, 'idle');
    expect(await page.locator('.area-dialog h2').textContent()).toContain('Hørgården');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('tells the user on the next visit that a new deployment is ready, and reloads into it', async () => {
    const { context, page } = await firstVisit();
    // A new deployment: the service worker's bytes change, as they do when any precached file changes.
    server.transform.set('sw.js', (b) => Buffer.concat([b, Buffer.from('\n// next deployment\n')]));
    try {
      await page.reload();
      const notice = page.locator('.update-notice');
      await notice.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await notice.textContent()).toContain('Ny version – Genindlæs');
      const waiting = page.waitForEvent('load');
      await notice.getByRole('button', { name: 'Genindlæs' }).click();
      await waiting;
      await mapState(page, 'idle');
      expect(await page.locator('.update-notice').count()).toBe(0);
    } finally {
      server.transform.clear();
      await context.close();
    }
  }, 180_000);
});
