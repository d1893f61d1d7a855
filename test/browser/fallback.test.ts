import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BASE } from '../../src/style/palette';
import { goodRaw } from '../fixtures/dataFiles';
import { axeViolations } from './a11y';
import { launchChromium } from './chromium';
import { near, rgb, watchPage } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium(['--disable-webgl', '--disable-webgl2']);
});
afterAll(() => browser.close());

async function openFallback(bypassCSP = false) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP });
  watchPage(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => document.body?.dataset.mapState === 'fallback', null, { timeout: 20_000 });
  return { page, errors };
}

describe('without WebGL', () => {
  it('draws the simplified SVG map with all ten areas, their rings and a visible note', async () => {
    const { page, errors } = await openFallback();
    expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2'))).toBe(false);
    expect(await page.locator('.svg-map .svg-area').count()).toBe(10);
    expect(await page.locator('.svg-map .svg-area .ring').count()).toBe(10);
    // The basemap: one path per bydel and the water, and those colours on the screen.
    const bydele = (goodRaw().bydele as { features: unknown[] }).features.length;
    expect(await page.locator(`.svg-map g[fill="${BASE.kommune}"] path`).count()).toBe(bydele);
    expect(await page.locator(`.svg-map g[fill="${BASE.water}"] path`).count()).toBeGreaterThan(0);
    const png = PNG.sync.read(await page.locator('.svg-map').screenshot());
    const share = (hex: string) => {
      let n = 0;
      for (let i = 0; i < png.data.length; i += 4)
        if (near([png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0], rgb(hex), 4)) n++;
      return n / (png.width * png.height);
    };
    expect(share(BASE.kommune), 'share of the map in bydel colour').toBeGreaterThan(0.2);
    expect(share(BASE.water), 'share of the map in water colour').toBeGreaterThan(0.005);
    expect(await page.locator('.svg-map__note').innerText()).toContain('Forenklet kort');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens every area’s dialog from the list, and from a click on its ring', async () => {
    const { page } = await openFallback();
    const ids = await page
      .locator('.area-list [data-area]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.area ?? ''));
    expect(ids).toHaveLength(10);
    for (const id of ids) {
      await page.locator(`.area-list [data-area="${id}"]`).click();
      expect(await page.locator(`.area-dialog[data-area="${id}"]`).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('.svg-area[data-marker="hoergaarden"]').click();
    expect(await page.getByRole('dialog', { name: 'Hørgården' }).isVisible()).toBe(true);
    await page.close();
  });

  it('follows gap mode and has no axe violations', async () => {
    const { page } = await openFallback(true);
    await page.getByRole('checkbox', { name: 'Jobcentre' }).check();
    expect(await page.locator('.svg-area--gap').count()).toBe(6);
    const violations = await axeViolations(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    await page.close();
  });

  it('draws outlines brought in from a file and marks their areas "fra fil"', async () => {
    const { page } = await openFallback();
    await page
      .locator('#outline-file')
      .setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'outlines', 'omraader.geojson'));
    await page.waitForFunction(() => document.body?.dataset.outlines === 'done');
    await page.getByRole('button', { name: 'Luk' }).click();
    expect(await page.locator('.svg-map__outlines path').count()).toBe(5);
    expect(await page.locator('[data-marker="mjoelnerparken"] .svg-area__basis').textContent()).toBe(
      'fra fil',
    );
    // The outline's dark line is on screen where the path is.
    const box = await page.locator('.svg-map__outlines path[data-outline="hoergaarden"]').boundingBox();
    expect(box && box.width > 2 && box.height > 2).toBe(true);
    await page.close();
  });
});
