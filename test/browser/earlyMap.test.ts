import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DATA_FILES } from '../../src/data/types';
import { closeBrowser, getBrowser, watchPage } from './harness';

afterAll(closeBrowser);

/** Opens the app with the areas file held back until `release()`: the map may start, the data cannot be in. */
async function openHeld(path: string): Promise<{ page: Page; release: () => void; served: () => boolean }> {
  const page = await (await getBrowser()).newPage({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  watchPage(page);
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let served = false;
  await page.route(`**/data/${DATA_FILES.areas}`, async (route) => {
    await held;
    served = true;
    await route.continue();
  });
  await page.goto(`${inject('baseUrl')}${path}`);
  return { page, release, served: () => served };
}

/** Waits for MapLibre's first frame (the app's performance mark) while the data is still held. */
const firstFrame = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('indsatskort:map-first-frame').length > 0, null, {
    timeout: 20_000,
  });

describe('the live map starts before the data is in (issue 12)', () => {
  it('draws the basemap in the first view while the areas file is still on its way, then the areas', async () => {
    const { page, release, served } = await openHeld('');
    await firstFrame(page);
    expect(served()).toBe(false);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    // Not idle yet: idle means the areas are on the map, and they are not in.
    expect(await page.evaluate(() => document.body.dataset.mapState)).toBe('loading');
    expect(await page.locator('.maplibregl-marker.area-marker').count()).toBe(0);
    // The picture stays until the live map shows the areas.
    expect(await page.locator('#map-picture').count()).toBe(1);
    release();
    await page.waitForFunction(() => document.body.dataset.mapState === 'idle', null, { timeout: 45_000 });
    expect(served()).toBe(true);
    expect(await page.locator('.maplibregl-marker.area-marker').count()).toBe(10);
    const drawn = await page.evaluate(() => {
      const { map } = (window as unknown as { indsatskort: { map: import('maplibre-gl').Map } }).indsatskort;
      return map.querySourceFeatures('anchors').map((f) => f.properties.id);
    });
    expect(new Set(drawn).size).toBe(10);
    await page.close();
  });

  it("starts at a permalink's camera before the data is in, and keeps it", async () => {
    const { page, release, served } = await openHeld('?kort=12.55000,55.69000,12.00');
    await firstFrame(page);
    expect(served()).toBe(false);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(1);
    release();
    await page.waitForFunction(() => document.body.dataset.mapState === 'idle', null, { timeout: 45_000 });
    const view = await page.evaluate(() => {
      const { map } = (window as unknown as { indsatskort: { map: import('maplibre-gl').Map } }).indsatskort;
      return { lon: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() };
    });
    expect(view.lon).toBeCloseTo(12.55, 4);
    expect(view.lat).toBeCloseTo(55.69, 4);
    expect(view.zoom).toBeCloseTo(12, 2);
    await page.close();
  });
});
