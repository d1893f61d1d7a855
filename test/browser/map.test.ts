import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/data/types';
import { LAYER } from '../../src/style/mapStyle';
import { channels, PALETTE } from '../../src/style/palette';
import { GEO_DIR, goodRaw, goodTexts } from '../fixtures/dataFiles';
import { closeBrowser, openApp, pixel, project, screenshotPixels, settled } from './harness';

const areas = (
  goodRaw().areas as {
    features: {
      properties: { id: string; navn: string; bilag: number };
      geometry: { coordinates: [number, number] };
    }[];
  }
).features;

afterAll(closeBrowser);

describe('the map', () => {
  it('paints the basemap and a dark centre dot at every one of the ten areas', async () => {
    const { page } = await openApp();
    const png = await screenshotPixels(page);
    for (const a of areas) {
      const { x, y } = await project(page, a.geometry.coordinates);
      const [r, g, b] = pixel(png, x, y);
      expect(r + g + b, `${a.properties.navn} at ${x},${y} is ${r},${g},${b}`).toBeLessThan(160);
    }
    // Øresund, east of Refshaleøen: sea or water colour, blue over red.
    const sea = await project(page, [12.63, 55.7]);
    const [r, , b] = pixel(png, sea.x, sea.y);
    expect(b - r).toBeGreaterThan(15);
    await page.close();
  });

  for (const size of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`fits all ten areas in the first view at ${size.width}×${size.height}`, async () => {
      const { page } = await openApp('', size);
      const box = await page.locator('#map').boundingBox();
      if (!box) throw new Error('no map box');
      expect(box.height).toBeGreaterThan(300);
      for (const a of areas) {
        const { x, y } = await project(page, a.geometry.coordinates);
        expect(x, a.properties.navn).toBeGreaterThan(box.x);
        expect(x, a.properties.navn).toBeLessThan(box.x + box.width);
        expect(y, a.properties.navn).toBeGreaterThan(box.y);
        expect(y, a.properties.navn).toBeLessThan(box.y + box.height);
      }
      await page.close();
    });
  }

  it('requests nothing outside its own origin, fails no request and logs no error', async () => {
    const app = await openApp();
    await app.page.locator('.area-list [data-area="blaagaarden"]').click();
    await expect.poll(() => app.page.getByRole('dialog', { name: 'Blågården' }).isVisible()).toBe(true);
    await settled(app.page);
    expect(app.requests.length).toBeGreaterThan(10);
    expect(app.requests.some((u) => u.includes('/data/glyphs/'))).toBe(true);
    expect(app.requests.some((u) => u.endsWith('/data/case/areas.geojson'))).toBe(true);
    const foreign = app.requests.filter((u) => !u.startsWith(app.baseUrl) && !/^(data|blob):/.test(u));
    expect(foreign).toEqual([]);
    expect(app.failures).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.page.close();
  });

  it('shows every source in the attribution control', async () => {
    const { page } = await openApp();
    const text = await page.locator('.maplibregl-ctrl-attrib').innerText();
    for (const s of [
      'Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur, DAGI',
      'Københavns Kommune (CC BY 4.0, 2023)',
      'Rejseplanen – linjeføring forenklet',
      '© OpenStreetMap-bidragydere (ODbL, 2017)',
      'Noto Sans (SIL Open Font License 1.1)',
    ])
      expect(text).toContain(s);
    await page.close();
  });

  it('hides a type’s ring segments when its legend toggle is switched off, and shows them again', async () => {
    const { page } = await openApp();
    const segments = page.locator('.area-marker .ring__seg--on[data-type="nv_arbejdsmarked"]');
    expect(await segments.count()).toBe(6);
    const toggle = page.getByRole('button', { name: /NV arbejdsmarked/ });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await segments.count()).toBe(0);
    expect(await page.locator('.area-marker .ring__seg--hidden[data-type="nv_arbejdsmarked"]').count()).toBe(
      6,
    );
    await toggle.click();
    expect(await segments.count()).toBe(6);
    await page.close();
  });

  it('hides the Hotspot zones in the WebGL map when Hotspot is switched off: layer features and tinted pixels', async () => {
    const { page } = await openApp();
    const points = await zonePointsOnScreen(page);
    expect(points.length, 'zone points clear of the rings').toBeGreaterThan(5);
    const before = await screenshotPixels(page);
    expect(await renderedCount(page, 'hotspot-zone-fill')).toBeGreaterThan(0);
    await page.getByRole('button', { name: /Hotspot/ }).click();
    await settled(page);
    expect(await renderedCount(page, 'hotspot-zone-fill')).toBe(0);
    const after = await screenshotPixels(page);
    // The zone fill is the Hotspot orange at 10 %: without it, blue rises by about 24 on the pale land.
    const cleared = points.filter((p) => pixel(after, p.x, p.y)[2] - pixel(before, p.x, p.y)[2] >= 12);
    expect(cleared.length / points.length, 'share of zone points that lost the orange tint').toBeGreaterThan(
      0.8,
    );
    await page.close();
  });
});

describe('the case’s sites in the WebGL map', () => {
  // Close in on Hothers Plads / Mjølnerparken / Aldersrogade, where the site layers (minzoom 13) draw TV and jobcentre sites.
  const SITES_VIEW = '?kort=12.54450,55.70350,15.00';
  for (const { type, layers } of [
    { type: 'tv_overvaagning', layers: [LAYER.siteTv, LAYER.siteTvLetter] },
    { type: 'jobcentre', layers: [LAYER.siteJobcentre, LAYER.siteJobcentreLetter] },
  ] as const) {
    it(`hides the ${type} site dots and letters when the type is switched off, and shows them again`, async () => {
      const { page } = await openApp(SITES_VIEW, undefined, 'idle', { data: siteData(type) });
      // The DOM rings stand over some sites; the test is about the canvas, so they are hidden.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('.area-marker'))
          el.style.visibility = 'hidden';
      });
      const colour = channels(PALETTE[type].color);
      const near = (c: [number, number, number]) => Math.hypot(...c.map((v, i) => v - (colour[i] ?? 0))) < 40;
      const dots = await siteDots(page, layers[0]);
      expect(dots.length, `${type} dots drawn`).toBeGreaterThan(0);
      for (const layer of layers) expect(await renderedCount(page, layer), layer).toBeGreaterThan(0);
      const before = await screenshotPixels(page);
      expect(
        dots.filter((p) => near(pixel(before, p.x, p.y))),
        'dots in the type’s colour',
      ).toEqual(dots);

      const toggle = page.locator(`.legend__toggle[data-type="${type}"]`);
      await toggle.click();
      await settled(page);
      for (const layer of layers) expect(await renderedCount(page, layer), layer).toBe(0);
      const off = await screenshotPixels(page);
      expect(
        dots.filter((p) => near(pixel(off, p.x, p.y))),
        'dots left in the type’s colour',
      ).toEqual([]);

      await toggle.click();
      await settled(page);
      const again = await screenshotPixels(page);
      expect(
        dots.filter((p) => near(pixel(again, p.x, p.y))),
        'dots back in the type’s colour',
      ).toEqual(dots);
      await page.close();
    });
  }
});

/**
 * The sites file as served: the case's own for TV (Hothers Plads lies apart from every area), and for jobcentre
 * one with Mjølnerparken's jobcentre moved 250 m east, since the case's jobcentre sites all lie at their areas'
 * points, where the ring stands for them and the site layer draws nothing.
 */
function siteData(type: 'tv_overvaagning' | 'jobcentre'): Record<string, string> {
  if (type === 'tv_overvaagning') return {};
  const sites = JSON.parse(goodTexts().sites) as {
    features: { properties: { id: string }; geometry: { coordinates: number[] } }[];
  };
  const moved = sites.features.find((f) => f.properties.id === 'jc_mjoelnerparken');
  if (!moved) throw new Error('no jc_mjoelnerparken in sites.geojson');
  moved.geometry.coordinates = [12.5466, 55.7029];
  return { [DATA_FILES.sites]: JSON.stringify(sites) };
}

/** Screen points of a site layer's rendered dots (page coordinates). */
const siteDots = (page: import('playwright-core').Page, layer: string) =>
  page.evaluate((id) => {
    const map = (
      window as unknown as {
        indsatskort: {
          map: {
            queryRenderedFeatures(o: object): { geometry: { coordinates: [number, number] } }[];
            project(l: [number, number]): { x: number; y: number };
            getContainer(): HTMLElement;
          };
        };
      }
    ).indsatskort.map;
    const box = map.getContainer().getBoundingClientRect();
    return map.queryRenderedFeatures({ layers: [id] }).map((f) => {
      const p = map.project(f.geometry.coordinates);
      return { x: Math.round(box.left + p.x), y: Math.round(box.top + p.y) };
    });
  }, layer);

/** How many features of a layer the map has drawn in its current view. */
const renderedCount = (page: import('playwright-core').Page, layer: string) =>
  page.evaluate(
    (id) =>
      (
        window as unknown as { indsatskort: { map: { queryRenderedFeatures(o: object): unknown[] } } }
      ).indsatskort.map.queryRenderedFeatures({ layers: [id] }).length,
    layer,
  );

/** Screen points well inside the Hotspot zones (≥ 150 m from their edge), at least 80 px from every ring. */
async function zonePointsOnScreen(page: import('playwright-core').Page): Promise<{ x: number; y: number }[]> {
  const zones = JSON.parse(readFileSync(join(GEO_DIR, 'build', 'hotspot_zones.geojson'), 'utf8'));
  const inside: [number, number][] = [];
  for (const zone of zones.features) {
    const [w, s, e, n] = turf.bbox(zone);
    const edge = turf.polygonToLine(zone);
    for (let lon = w; lon < e; lon += 0.003) {
      for (let lat = s; lat < n; lat += 0.002) {
        const pt = turf.point([lon, lat]);
        const lines = edge.type === 'FeatureCollection' ? edge.features : [edge];
        const far = lines.every((l) => turf.pointToLineDistance(pt, l as never, { units: 'meters' }) > 150);
        if (far && turf.booleanPointInPolygon(pt, zone)) inside.push([lon, lat]);
      }
    }
  }
  const rings = await page.locator('.area-marker').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }),
  );
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('no map box');
  const points = await Promise.all(inside.map((ll) => project(page, ll)));
  return points.filter(
    (p) =>
      p.x > box.x + 10 &&
      p.x < box.x + box.width - 10 &&
      p.y > box.y + 10 &&
      p.y < box.y + box.height - 10 &&
      rings.every((r) => Math.hypot(r.x - p.x, r.y - p.y) > 80),
  );
}

describe('the areas by keyboard', () => {
  it('reaches the first area button with Tab from the top of the page', async () => {
    const { page } = await openApp();
    let name = '';
    for (let i = 0; i < 40 && !name.startsWith('Akacieparken'); i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(name).toMatch(/^Akacieparken/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: 'Akacieparken' }).isVisible()).toBe(true);
    await page.close();
  });

  it('opens every area’s dialog with Enter, shows its bilag, and gives focus back on Escape', async () => {
    const { page } = await openApp();
    for (const a of areas) {
      const { navn, bilag, id } = a.properties;
      const button = page.locator(`.area-list [data-area="${id}"]`);
      expect(await button.getAttribute('aria-label')).toMatch(new RegExp(`^${navn}`));
      await button.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: navn });
      await expect.poll(() => dialog.isVisible(), { message: navn }).toBe(true);
      expect(await dialog.innerText()).toContain(`Bilag ${bilag} – Initiativaftale`);
      expect(await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null)).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.area)).toBe(
        id,
      );
    }
    await page.close();
  });

  it('opens an area’s dialog from a click on the map', async () => {
    const { page } = await openApp();
    const hoer = areas.find((a) => a.properties.id === 'hoergaarden');
    if (!hoer) throw new Error('no Hørgården');
    const { x, y } = await project(page, hoer.geometry.coordinates);
    const zoomOf = () =>
      page.evaluate(() =>
        (window as unknown as { indsatskort: { map: { getZoom(): number } } }).indsatskort.map.getZoom(),
      );
    const before = await zoomOf();
    await page.mouse.click(x, y);
    await expect.poll(() => page.getByRole('dialog', { name: 'Hørgården' }).isVisible()).toBe(true);
    await expect.poll(zoomOf).toBeGreaterThan(before + 1);
    // Closing goes back to the view from before the dialog, with focus on the map it was opened from.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Hørgården' }).isVisible()).toBe(false);
    await expect.poll(zoomOf, { timeout: 10_000 }).toBeCloseTo(before, 2);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(
      true,
    );
    await page.close();
  });
});

describe('the "Om kortet" panel', () => {
  it('shows the case, its decisions, totals and where the numbers do not add up', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Om kortet' }).click();
    const panel = page.getByRole('dialog', { name: 'Om kortet og sagen' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    const text = await panel.innerText();
    for (const s of [
      '2011-40035',
      '23,476 mio. kr.',
      '80 mio. kr.',
      '660.000 kr.',
      '393.000 kr.',
      '23,5 mio. kr.',
      'Mikkel Warming',
      'Ayfer Baykal',
      '4. april 2011',
      '5. april 2011',
    ]) {
      expect(text).toContain(s);
    }
    await page.close();
  });
});
