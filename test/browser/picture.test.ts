import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { AREA_NAMES } from '../fixtures/dataFiles';
import { closeBrowser, getBrowser, pixel, screenshotPixels, watchPage } from './harness';

afterAll(closeBrowser);

const SIZE = { width: 1280, height: 800 };
const NAMES = [...AREA_NAMES].sort();

/** Centres of the rings (page px) by area id: the picture's, or the live map's markers. */
function ringCentres(page: Page, selector: string, attr: string): Promise<Record<string, [number, number]>> {
  return page.evaluate(
    ({ selector, attr }) =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>(selector)].map((el) => {
          const r = (el.querySelector('.area-marker__ring') as HTMLElement).getBoundingClientRect();
          return [el.getAttribute(attr) ?? '', [r.left + r.width / 2, r.top + r.height / 2]];
        }),
      ),
    { selector, attr },
  );
}

describe('the map picture', () => {
  it('is in the page with no script at all: the ten names, the rings and the basemap, at the map', async () => {
    const context = await (await getBrowser()).newContext({ viewport: SIZE, javaScriptEnabled: false });
    const page = await context.newPage();
    // With no script the preloaded data is never used: Chromium says so a few seconds after load, which a slow
    // run reaches before the page closes.
    watchPage(page, [/was preloaded using link preload but not used within a few seconds/]);
    await page.goto(inject('baseUrl'));
    const labels = page.locator('.map-picture .area-marker__label');
    // The name is in parts, as on the live markers ("Tingbjerg/", "Utterslevhuse").
    const names = await labels.evaluateAll((els) =>
      els.map((el) => [...el.querySelectorAll('.area-marker__name')].map((n) => n.textContent).join('')),
    );
    expect(names.sort()).toEqual(NAMES);
    // The two hand-placed areas say so under their names, as the live markers do.
    expect(
      await page
        .locator('.map-picture .area-marker__basis')
        .evaluateAll((els) =>
          els.map(
            (el) =>
              `${[...(el.parentElement?.querySelectorAll('.area-marker__name') ?? [])].map((n) => n.textContent).join('')}: ${el.textContent}`,
          ),
        ),
    ).toEqual(['Akacieparken: håndplaceret', 'Sjælør Boulevard: håndplaceret']);
    for (const label of await labels.all()) expect(await label.isVisible()).toBe(true);
    // Every name lies inside the map's box.
    const map = await page.locator('#map').boundingBox();
    for (const label of await labels.all()) {
      const b = await label.boundingBox();
      expect(b && map && b.x >= map.x && b.x + b.width <= map.x + map.width).toBe(true);
    }
    // The rings are drawn in colour and the land is the palette's land colour (screenshot pixels).
    const png = await screenshotPixels(page);
    // A point inside a coloured segment's fill (a wedge's box centre can fall outside the wedge), on screen.
    const inside = await page
      .locator('[data-picture-marker="hoergaarden"] .ring__seg--on')
      .first()
      .evaluate((el) => {
        const path = el as SVGPathElement;
        const box = path.getBBox();
        const ctm = path.getScreenCTM();
        for (let fy = 0.2; fy <= 0.8; fy += 0.1)
          for (let fx = 0.2; fx <= 0.8; fx += 0.1) {
            const p = new DOMPoint(box.x + fx * box.width, box.y + fy * box.height);
            if (ctm && path.isPointInFill(p)) {
              const s = p.matrixTransform(ctm);
              return { x: s.x, y: s.y };
            }
          }
        return null;
      });
    expect(inside, 'a point inside the segment').not.toBeNull();
    const [r, g, b] = pixel(png, inside?.x ?? 0, inside?.y ?? 0);
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeGreaterThan(60);
    await context.close();
  });

  // The picture's basemap is drawn a margin beyond the areas' box; on a phone on its side (a map four times as wide
  // as tall) or upright (more padding below than above) that margin fell short, and the picture showed its sea-blue
  // ground where the live map then drew land.
  it.each([
    { width: 390, height: 844 },
    { width: 360, height: 740 },
    { width: 844, height: 390 },
    { width: 667, height: 375 },
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ])('draws its basemap to every edge of the map (%o)', async (size) => {
    const context = await (await getBrowser()).newContext({ viewport: size, javaScriptEnabled: false });
    const page = await context.newPage();
    watchPage(page);
    await page.goto(inject('baseUrl'));
    const { map, drawn } = await page.evaluate(() => {
      const m = document.getElementById('map')?.getBoundingClientRect();
      const d = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
      // The filled basemap shapes drawn as paths in place (the land carries the check). A layer drawn again
      // through <use> (its paths in <defs>, which have no box) is not measured; outlines (fill none) are skipped.
      for (const path of document.querySelectorAll('.map-picture__base g > path')) {
        if (path.closest('g[fill]')?.getAttribute('fill') === 'none') continue;
        const r = path.getBoundingClientRect();
        if (r.width === 0) continue;
        d.left = Math.min(d.left, r.left);
        d.top = Math.min(d.top, r.top);
        d.right = Math.max(d.right, r.right);
        d.bottom = Math.max(d.bottom, r.bottom);
      }
      return { map: m && { left: m.left, top: m.top, right: m.right, bottom: m.bottom }, drawn: d };
    });
    if (!map) throw new Error('no #map');
    const short = Object.entries({
      left: drawn.left - map.left,
      top: drawn.top - map.top,
      right: map.right - drawn.right,
      bottom: map.bottom - drawn.bottom,
    })
      .filter(([, gap]) => gap > 1)
      .map(([edge, gap]) => `${edge}: ${Math.round(gap)} px of ground`);
    expect(short).toEqual([]);
    await context.close();
  });

  // A phone on its side too: there the compact rings carry their names beside them, and the picture's names were
  // set in another font than the live ones, so the decluttered rings moved 7-8 px at the hand-over.
  it.each([SIZE, { width: 844, height: 390 }, { width: 390, height: 844 }, { width: 360, height: 740 }])(
    'is shown at the first paint, then gives way to the live map in the same place with no layout shift (%o)',
    async (size) => {
      const page = await (await getBrowser()).newPage({ viewport: size });
      watchPage(page);
      // A string: the test transform would wrap inner functions in a helper the page lacks.
      await page.addInitScript(`
      window.shifts = 0;
      window.shifted = [];
      window.pictureAtFirstPaint = null;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.shifts += e.value;
          for (const s of e.sources) window.shifted.push(s.node ? s.node.nodeName + '.' + s.node.className : '?');
        }
      }).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (e.name === 'first-contentful-paint') window.pictureAtFirstPaint = !!document.getElementById('map-picture');
      }).observe({ type: 'paint', buffered: true });
    `);
      await page.goto(inject('baseUrl'));
      // Picture rings, once the script has decluttered them for this map size (before the live map is idle).
      await page.waitForFunction(() => performance.getEntriesByName('indsatskort:panels').length > 0);
      expect(await page.evaluate(() => document.body.dataset.mapState)).toBe('loading');
      const picture = await ringCentres(page, '[data-picture-marker]', 'data-picture-marker');
      expect(Object.keys(picture)).toHaveLength(10);
      const timing = await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            new PerformanceObserver((list) => resolve(list.getEntries().length)).observe({
              type: 'element',
              buffered: true,
            }),
          ),
      );
      expect(timing).toBeGreaterThanOrEqual(10);
      await page.waitForFunction(() => document.body?.dataset.mapState === 'idle');
      await page.waitForFunction(() => !document.querySelector('.map-picture'));
      const live = await ringCentres(page, '.maplibregl-marker[data-marker]', 'data-marker');
      for (const [id, [x, y]] of Object.entries(picture)) {
        const [lx, ly] = live[id] ?? [Number.NaN, Number.NaN];
        expect(Math.abs(lx - x), `${id} x`).toBeLessThanOrEqual(2);
        expect(Math.abs(ly - y), `${id} y`).toBeLessThanOrEqual(2);
      }
      const w = (await page.evaluate(
        '({ shifts: window.shifts, shifted: window.shifted.join(", "), pictureAtFirstPaint: window.pictureAtFirstPaint })',
      )) as { shifts: number; shifted: string; pictureAtFirstPaint: boolean };
      expect(w.pictureAtFirstPaint).toBe(true);
      expect(w.shifts, w.shifted).toBe(0);
      await page.close();
    },
  );

  it('is not shown when the address asks for another view (camera, area, story step), before any app script', async () => {
    const context = await (await getBrowser()).newContext({ viewport: SIZE });
    const page = await context.newPage();
    // The app's own script never runs: only the page's inline guard can hide the picture. Chromium reports each
    // aborted script (and module preload) as a failed load; nothing else may be logged.
    watchPage(page, [/^Failed to load resource: net::ERR_FAILED$/]);
    await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
    for (const query of ['?kort=12.55,55.69,14', '?omraade=hoergaarden', '?praesentation=1&trin=4']) {
      await page.goto(`${inject('baseUrl')}${query}`);
      expect(await page.locator('.map-picture').isVisible(), query).toBe(false);
    }
    await page.goto(`${inject('baseUrl')}?lang=en`);
    expect(await page.locator('.map-picture').isVisible()).toBe(true);
    await context.close();
  });
});
