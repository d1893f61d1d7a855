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
      expect.soft(name).toBe('indsatskort-kort-2011-40035-scenarie.png');
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

  it('in the area dialog: site distance from the area’s point, nearest area between points, km to one decimal', {
    timeout: 120_000,
  }, async () => {
    const { page } = await openApp('?omraade=bispeparken', { width: 1280, height: 800 });
    const dialog = await page.getByRole('dialog', { name: 'Bispeparken' }).innerText();
    expect.soft(dialog).toMatch(/Nærmeste TV-overvågede sted\s+\d+,\d km fra områdets punkt/);
    expect
      .soft(dialog)
      .toMatch(/Nærmeste område med TV-overvågning: [^,]+, \d+,\d km mellem områdernes punkter/);
    expect.soft(dialog).toMatch(/Nærmeste område med jobcentre: /);
    expect.soft(dialog, 'a distance without its decimal').not.toMatch(/(^|[^,\d])\d+ km/);
    expect.soft(dialog).not.toMatch(/\b0 m\b/);
    await page.close();
  });
});
