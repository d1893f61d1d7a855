import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, getBrowser, watchPage } from './harness';

afterAll(closeBrowser);

describe('a map style that cannot load', () => {
  it('falls back to the SVG map with a notice, rather than staying in "loading"', async () => {
    const page = await (await getBrowser()).newPage({ viewport: { width: 1280, height: 800 } });
    watchPage(page);
    // The basemap's tiles answer 500 (MapLibre takes a 404 tile as empty): it reports an error before 'load'.
    await page.route('**/data/build/tiles/**', (route) => route.fulfill({ status: 500, body: 'broken' }));
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => document.body?.dataset.mapState === 'fallback', null, {
      timeout: 30_000,
    });
    expect(await page.locator('.svg-map .svg-area').count()).toBe(10);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    const alert = page.getByRole('alert');
    expect(await alert.isVisible()).toBe(true);
    expect(await alert.innerText()).toContain('Kortet kunne ikke vises');
    await page.close();
  });
});
