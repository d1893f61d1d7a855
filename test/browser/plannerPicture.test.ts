/**
 * The planner's picture and handout as a person sees them (issue 9, second walkthrough): the PNG's rows of text
 * apart and nothing drawn off the map, the scenario title whole, proposals in the legend and the area list, the
 * browser's own print (Ctrl+P) as complete as "Udskriv", the printed link broken only at / ? &, and the words.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, PALETTE } from '../../src/style/palette';
import { EXPORT_LAYOUT } from '../../src/ui/exportLayout';
import { closeBrowser, near, openApp, pdfPages, pixel, rgb } from './harness';
import { drag } from './layout';

afterAll(closeBrowser);

const SCENARIO = '?huller=nv_arbejdsmarked,jobcentre&forslag=jobcentre:bispeparken&omraade=bispeparken';

/** Clicks "Gem som PNG" (through the Menu when the header has folded it) and returns the file. */
async function savePng(page: Page): Promise<{ name: string; png: PNG }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    page.evaluate(() => document.getElementById('export-button')?.click()),
  ]);
  return { name: dl.suggestedFilename(), png: PNG.sync.read(await readFile(await dl.path())) };
}

/** A bright ring/badge colour (not text: dark ink and its grey edges have a low maximum or little chroma). */
const isColour = ([r, g, b]: number[]) =>
  Math.max(r ?? 0, g ?? 0, b ?? 0) >= 120 &&
  Math.max(r ?? 0, g ?? 0, b ?? 0) - Math.min(r ?? 0, g ?? 0, b ?? 0) >= 80;
/** Anything drawn on the white paper (text, its anti-aliased edges, rings). */
const isInk = ([r, g, b]: number[]) => Math.min(r ?? 255, g ?? 255, b ?? 255) < 215;

/** Runs of rows [top, bottom] in which some pixel between x0 and x1 passes `test`. */
function bands(png: PNG, y0: number, y1: number, x0: number, x1: number, test = isInk): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let y = y0; y < y1; y++) {
    let hit = false;
    for (let x = x0; x < x1 && !hit; x++) hit = test(pixel(png, x, y));
    if (hit && start < 0) start = y;
    if (!hit && start >= 0) {
      out.push([start, y - 1]);
      start = -1;
    }
  }
  if (start >= 0) out.push([start, y1 - 1]);
  return out;
}

/** The map's box in the picture (device px): the first row of which the map's whole width is not paper. */
function mapBox(png: PNG, scale: number, width: number, height: number) {
  const x = EXPORT_LAYOUT.margin * scale;
  const w = width * scale;
  for (let y = 0; y < png.height; y++) {
    let paper = 0;
    for (let k = 0; k < w; k += 4) if (near(pixel(png, x + k, y), [255, 255, 255], 2)) paper++;
    if (paper < (w / 4) * 0.05) return { x, y, w, h: height * scale };
  }
  throw new Error('no map in the picture');
}

describe('the PNG of a phone map panned so that areas left it (helper-32)', () => {
  it('390×844: every name whole inside the map, as on screen', { timeout: 240_000 }, async () => {
    const { page } = await openApp('', { width: 390, height: 844 }, 'idle', { reducedMotion: true });
    const size = await page.evaluate(() => {
      const el = document.getElementById('map');
      return { width: el?.clientWidth ?? 0, height: el?.clientHeight ?? 0, dpr: window.devicePixelRatio };
    });
    const box = await page.locator('#map').boundingBox();
    if (!box) throw new Error('no map');
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    for (const [dx, dy] of [
      [-180, 0],
      [0, -100],
    ] as const) {
      await drag(page, [x, y], [dx, dy]);
      await page.waitForTimeout(1200);
    }
    const { png } = await savePng(page);
    const scale = 2 * size.dpr;
    const map = mapBox(png, scale, size.width, size.height);
    // Names are the only near-black ink at the map's edges here: centred under rings near the edge, they were cut
    // there ("undtoftegade"), where the screen shows them whole.
    const edge: string[] = [];
    for (const col of [map.x, map.x + 1, map.x + map.w - 2, map.x + map.w - 1])
      for (let row = map.y; row < map.y + map.h; row++)
        if (Math.max(...pixel(png, col, row).slice(0, 3)) < 70)
          edge.push(`${col / scale},${(row - map.y) / scale}`);
    expect(edge.slice(0, 5), `${edge.length} pixels of ink on the map's side edges (CSS px)`).toEqual([]);
    await page.close();
  });
});

describe('the PNG of a scenario', () => {
  for (const { width, height, lang } of [
    { width: 1024, height: 768, lang: '' },
    { width: 1920, height: 1080, lang: '&lang=en' },
  ])
    it(`at ${width}×${height}${lang}: nothing off the map, every text row apart, the title whole, the proposal named`, {
      timeout: 240_000,
    }, async () => {
      const { page } = await openApp(SCENARIO + lang, { width, height });
      const size = await page.evaluate(() => {
        const el = document.getElementById('map');
        return { width: el?.clientWidth ?? 0, height: el?.clientHeight ?? 0, dpr: window.devicePixelRatio };
      });
      const { name, png } = await savePng(page);
      expect.soft(name).toBe('indsatskort-kort-2011-40035-huller-scenarie.png');
      const scale = 2 * size.dpr;
      const map = mapBox(png, scale, size.width, size.height);
      const m = EXPORT_LAYOUT.margin * scale;
      const legendX = map.x + map.w + m;

      // Off the map, ring colours appear only in the legend's badge column.
      const stray: string[] = [];
      for (let y = 0; y < png.height; y += 2)
        for (let x = 0; x < png.width; x += 2) {
          const onMap = x >= map.x && x < map.x + map.w && y >= map.y && y < map.y + map.h;
          const badgeColumn =
            x >= legendX - 4 && x <= legendX + 30 * scale && y >= map.y && y < map.y + map.h;
          if (!onMap && !badgeColumn && isColour(pixel(png, x, y))) stray.push(`${x / scale},${y / scale}`);
        }
      expect.soft(stray.slice(0, 5), `${stray.length} coloured pixels off the map (CSS px)`).toEqual([]);
      // The legend column holds no ring either: below its badges only text.
      const legendColour = bands(png, map.y, map.y + map.h, legendX + 30 * scale, png.width, isColour);
      expect.soft(legendColour, 'coloured rows in the legend’s text column').toEqual([]);

      // Under the map: separate lines of text (credits, then notes), none taller than one 13 px line.
      const under = bands(png, map.y + map.h + 1, png.height, m, png.width - m);
      expect.soft(under.length, 'text lines under the map').toBeGreaterThanOrEqual(4);
      for (const [top, bottom] of under)
        expect.soft((bottom - top + 1) / scale, `a text row at ${top / scale} px`).toBeLessThanOrEqual(16);
      // Over the map: scenario line, title, subtitle, each its own row, and nothing reaching the right edge.
      const over = bands(png, 0, map.y, m, png.width - m);
      expect.soft(over.length).toBeGreaterThanOrEqual(3);
      for (const [top, bottom] of over) expect.soft((bottom - top + 1) / scale).toBeLessThanOrEqual(30);
      expect
        .soft(bands(png, 0, map.y, png.width - m + 2, png.width), 'ink in the right margin of the header')
        .toEqual([]);

      // The legend explains the proposal with an outlined badge in jobcentre green under the six swatches.
      const green = rgb(PALETTE.jobcentre.color);
      const greenRows = bands(png, map.y, map.y + map.h, legendX, legendX + 24 * scale, (p) =>
        near(p, green, 24),
      );
      expect
        .soft(greenRows.length, 'jobcentre-green badges in the legend (the swatch and the proposal)')
        .toBe(2);
      await page.close();
    });

  it('shows the proposal among the area list’s badges, outlined, and says it', {
    timeout: 120_000,
  }, async () => {
    const { page } = await openApp(SCENARIO, { width: 1024, height: 768 });
    const button = page.locator('.area-list [data-area="bispeparken"]');
    expect(await button.getAttribute('aria-label')).toBe('Bispeparken, 2 indsatstyper + 1 forslag');
    const badge = button.locator('.area-list__badges .swatch--proposed');
    expect(await badge.count()).toBe(1);
    expect(await badge.innerText()).toBe('J');
    await page.getByRole('button', { name: /^Fjern forslag/ }).click();
    await expect.poll(() => badge.count()).toBe(0);
    expect(await button.getAttribute('aria-label')).toBe('Bispeparken, 2 indsatstyper');
    await page.close();
  });
});

/** Share of a rendered PDF page in a colour. */
function share(png: PNG, hex: string): number {
  const want = rgb(hex);
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (near([png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0], want, 6)) n++;
  return n / (png.width * png.height);
}

describe('the browser’s own print (Ctrl+P, no "Udskriv")', () => {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ])
    it(`prints the map picture on the first page at ${size.width}×${size.height}`, {
      timeout: 180_000,
    }, async () => {
      const { page } = await openApp('?huller=jobcentre', size);
      const { first } = await pdfPages(page);
      expect(share(first, BASE.water), 'share of page 1 in water colour').toBeGreaterThan(0.02);
      expect(share(first, BASE.park), 'share of page 1 in park colour').toBeGreaterThan(0.005);
      // The whole picture is on page 1: its last rows (credits, the gap note) end above the page's foot.
      const ink = bands(first, 0, first.height, 0, first.width);
      expect((ink.at(-1)?.[1] ?? first.height) / first.height).toBeLessThan(0.97);
      await page.close();
    });
});

/** Basemap colours: a pixel in one of them is map, never paper, text or a legend badge. */
const MAP_COLOURS = [
  BASE.sea,
  BASE.water,
  BASE.land,
  BASE.kommune,
  BASE.frederiksberg,
  BASE.neighbour,
  BASE.park,
].map(rgb);
const isMap = (p: number[]) => MAP_COLOURS.some((c) => near(p, c, 6));

/** The box of the page's map picture: the columns and rows with at least 40 basemap pixels (page pixels). */
function mapRegion(png: PNG): { x0: number; x1: number; y0: number; y1: number } {
  const cols = new Array<number>(png.width).fill(0);
  const rows = new Array<number>(png.height).fill(0);
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++)
      if (isMap(pixel(png, x, y))) {
        cols[x] = (cols[x] ?? 0) + 1;
        rows[y] = (rows[y] ?? 0) + 1;
      }
  const dense = (counts: number[]) => counts.flatMap((n, i) => (n >= 40 ? [i] : []));
  const xs = dense(cols);
  const ys = dense(rows);
  return { x0: xs[0] ?? 0, x1: xs.at(-1) ?? 0, y0: ys[0] ?? 0, y1: ys.at(-1) ?? 0 };
}

/** A4 landscape inside the print margins (297 × 210 mm less 2 × 10 mm and 2 × 8 mm), in CSS px. */
const PRINTABLE = { width: (277 * 96) / 25.4, height: (194 * 96) / 25.4 };

/** Checks PDF page 1's map picture: ≥ 60 % of the printable width, the screen map's aspect, sea and land in it. */
function expectLargeMap(first: PNG, screenAspect: number, path: string): void {
  const region = mapRegion(first);
  const widthMm = ((region.x1 - region.x0 + 1) / first.width) * 297;
  expect(widthMm / 277, `${path}: map picture’s share of the printable width`).toBeGreaterThanOrEqual(0.6);
  const aspect = (region.x1 - region.x0 + 1) / (region.y1 - region.y0 + 1);
  expect(aspect / screenAspect, `${path}: aspect printed / on screen`).toBeCloseTo(1, 1);
  const inRegion = (hex: string) => {
    let n = 0;
    for (let y = region.y0; y <= region.y1; y += 2)
      for (let x = region.x0; x <= region.x1; x += 2) if (near(pixel(first, x, y), rgb(hex), 6)) n++;
    return n;
  };
  expect(inRegion(BASE.water), `${path}: water pixels in the map picture`).toBeGreaterThan(500);
  expect(inRegion(BASE.land) + inRegion(BASE.kommune), `${path}: land pixels`).toBeGreaterThan(500);
}

describe('the printed first page with gap mode and a proposal (third walkthrough)', () => {
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 768 },
  ])
    it(`at ${size.width}×${size.height}: title, a large map, legend, gap, chosen initiatives and link on page 1, apart`, {
      timeout: 240_000,
    }, async () => {
      const { page } = await openApp(SCENARIO, size);
      const screenAspect = await page.evaluate(() => {
        const el = document.getElementById('map');
        return (el?.clientWidth ?? 0) / (el?.clientHeight ?? 1);
      });
      // The browser's own print ('beforeprint' first).
      const { first, firstText } = await pdfPages(page);
      expectLargeMap(first, screenAspect, 'beforeprint');
      // Page 1 as text: title, legend, scenario, gap sentence, chosen initiatives and the link.
      const words = firstText.replace(/\s+/g, ' ');
      for (const expected of [
        'Indsatskort: indsatser i Københavns 10 særligt udsatte boligområder',
        'Scenarie – ikke besluttet',
        'NV arbejdsmarked (6 af 10)',
        'Jobcentre (4 af 10 + 1 forslag)',
        'Omridset mærke = forslag',
        'ikke omfattet af NV arbejdsmarked eller jobcentre: Akacieparken, Blågården, Sjælør Boulevard',
        'Valgte indsatser',
        'Fremskudt beskæftigelsesindsats ved etablering af jobcentre',
        'Link til denne visning',
      ])
        expect.soft(words, 'page 1').toContain(expected);

      // Print styles first (as print preview or emulated print media may apply them before 'beforeprint'):
      // the picture is redrawn then, and must still show the map, not a collapsed one.
      await page.emulateMedia({ media: 'print' });
      expectLargeMap((await pdfPages(page)).first, screenAspect, 'print media first');

      // The print layout as boxes, on a viewport as wide as the printable page: nothing overlaps, all on page 1.
      await page.setViewportSize({
        width: Math.round(PRINTABLE.width),
        height: Math.round(PRINTABLE.height),
      });
      const boxes = await page.evaluate(() =>
        Object.fromEntries(
          ['#print-head', '#print-map', '#print-legend', '#print-notes', '#print-credits'].map((sel) => {
            const r = document.querySelector(sel)?.getBoundingClientRect();
            return [sel, { x: r?.x ?? 0, y: r?.y ?? 0, w: r?.width ?? 0, h: r?.height ?? 0 }];
          }),
        ),
      );
      const names = Object.keys(boxes);
      for (const [i, a] of names.entries())
        for (const b of names.slice(i + 1)) {
          const p = boxes[a];
          const q = boxes[b];
          if (!p || !q) continue;
          const apart = p.x + p.w <= q.x || q.x + q.w <= p.x || p.y + p.h <= q.y || q.y + q.h <= p.y;
          expect.soft(apart, `${a} and ${b} overlap`).toBe(true);
        }
      for (const [sel, box] of Object.entries(boxes)) {
        expect.soft(box.h, `${sel} has a height`).toBeGreaterThan(0);
        expect.soft(box.y + box.h, `${sel} ends on page 1`).toBeLessThanOrEqual(PRINTABLE.height);
      }
      expect(boxes['#print-map']?.w ?? 0, '#print-map’s width').toBeGreaterThanOrEqual(0.6 * PRINTABLE.width);
      await page.close();
    });
});

describe('the printed handout’s words', () => {
  it('breaks the link only after "/" or before "?" and "&", and says "eller jobcentre" in lower case', {
    timeout: 180_000,
  }, async () => {
    const { page } = await openApp(SCENARIO, { width: 1280, height: 800 });
    const { text } = await pdfPages(page);
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.startsWith('Link til denne visning:'));
    const link = [lines[start] ?? ''];
    for (let i = start + 1; i < lines.length && /^[&?\w%=.:/-]+$/.test(lines[i] ?? ''); i++)
      link.push(lines[i] ?? '');
    expect(link.join('').replace(/\s/g, '')).toContain('forslag=jobcentre%3Abispeparken');
    for (let i = 1; i < link.length; i++)
      expect(
        /\/\s*$/.test(link[i - 1] ?? '') || /^[?&]/.test(link[i] ?? ''),
        `link broken between "${link[i - 1]}" and "${link[i]}"`,
      ).toBe(true);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      'ikke omfattet af NV arbejdsmarked eller jobcentre: Akacieparken, Blågården, Sjælør Boulevard',
    );
    expect(flat).not.toMatch(/omfattet af [^.:]*Jobcentre/);
    expect(flat).not.toMatch(/ og jobcentre/);
    await page.close();
  });

  it('in the area dialog: one figure per site type (named site, from the area’s point), nearest area between points, km to one decimal', {
    timeout: 120_000,
  }, async () => {
    const { page } = await openApp('?omraade=bispeparken', { width: 1280, height: 800 });
    const dialog = await page.getByRole('dialog', { name: 'Bispeparken' }).innerText();
    expect
      .soft(dialog)
      .toMatch(/Nærmeste TV-overvågede sted\s+Aldersrogade, 1,2 km fra områdets punkt \(± 0,3 km\)/);
    expect.soft(dialog).toMatch(/Nærmeste jobcenter\s+Mjølnerparken, 1,1 km fra områdets punkt \(± 0,3 km\)/);
    expect
      .soft(dialog, 'a second TV or jobcenter figure')
      .not.toMatch(/område med (TV-overvågning|jobcentre)/);
    expect
      .soft(dialog)
      .toMatch(/Nærmeste område med SV profilinstitutioner: [^,]+, \d+,\d km mellem områdernes punkter/);
    expect.soft(dialog, 'a distance without its decimal').not.toMatch(/(^|[^,\d])\d+ km/);
    expect.soft(dialog).not.toMatch(/\b0 m\b/);
    await page.close();
  });
});
