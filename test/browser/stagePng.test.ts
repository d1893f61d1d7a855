/**
 * The stage's hand-out (issue 8 point 6): "Gem som PNG" on the stage saves what the audience sees. The PNG is
 * compared with a screenshot of the stage taken just before: the map with its rings, group markers, labels and
 * legend (sampled pixel by pixel), each label's words inside its box (none spilling onto a ring), the step's
 * title and its gap line in words above the map, and the case's words and sources below it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPORT_FONT, EXPORT_LAYOUT } from '../../src/ui/exportLayout';
import { closeBrowser, openApp, pixel, rgb, screenshotPixels } from './harness';
import { waitStage } from './stage';

afterAll(closeBrowser);

type Box = { x: number; y: number; width: number; height: number };
interface Screen {
  map: Box;
  rings: { cx: number; cy: number; r: number }[];
  labels: Box[];
  swatches: { cx: number; cy: number; r: number; type: string }[];
  title: number;
  /** The gap line's width in the picture's font, or null outside gap steps. */
  gap: number | null;
  quotes: number;
}

const story = (JSON.parse(readFileSync('geo/case/story.json', 'utf8')) as { trin: unknown }).trin as {
  titel: { da: string };
  huller: string[];
}[];

/** What the stage shows, in page pixels, and the widths the PNG's title and gap line must have. */
function readScreen(page: Page, font: string, gapLine: string | null): Promise<Screen> {
  return page.evaluate(
    ([font, gapLine]) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      const width = (text: string, f: string) => {
        ctx.font = f;
        return ctx.measureText(text).width;
      };
      const count = document.querySelector('.story__count')?.textContent ?? '';
      const title = document.querySelector('.story__title')?.textContent ?? '';
      const types = [...document.querySelectorAll('.stage-legend__item[data-type] .swatch')].map((el) => {
        const b = box(el);
        const type = (el.closest('[data-type]') as HTMLElement).dataset.type ?? '';
        return { cx: b.x + b.width / 2, cy: b.y + b.height / 2, r: b.width / 2, type };
      });
      return {
        map: box(document.getElementById('map') as HTMLElement),
        rings: [...document.querySelectorAll('[data-area-ring]')].map((el) => {
          const b = box(el);
          return { cx: b.x + b.width / 2, cy: b.y + b.height / 2, r: b.width / 2 };
        }),
        labels: [...document.querySelectorAll('[data-area-label]')].map(box),
        swatches: types,
        title: width(`Trin ${count}: ${title}`, `700 24px ${font}`),
        gap: gapLine ? width(gapLine, `700 18px ${font}`) : null,
        quotes: document.querySelectorAll('.story__quotes blockquote').length,
      };
    },
    [font, gapLine] as const,
  );
}

/** The mean colour of the PNG's `s`×`s` block under CSS point (x, y) of the picture. */
function at(png: PNG, s: number, x: number, y: number): [number, number, number] {
  const sum = [0, 0, 0];
  for (let dy = 0; dy < s; dy++)
    for (let dx = 0; dx < s; dx++) {
      const p = pixel(png, Math.floor(x * s) + dx, Math.floor(y * s) + dy);
      for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (p[c] ?? 0);
    }
  return sum.map((v) => v / (s * s)) as [number, number, number];
}
/** The mean colour of a `size`-px square (CSS px of the picture, top-left at x, y) of a picture at scale `s`. */
function mean(png: PNG, s: number, x: number, y: number, size: number): [number, number, number] {
  const sum = [0, 0, 0];
  const n = Math.round(size * s);
  for (let dy = 0; dy < n; dy++)
    for (let dx = 0; dx < n; dx++) {
      const p = pixel(png, Math.round(x * s) + dx, Math.round(y * s) + dy);
      for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (p[c] ?? 0);
    }
  return sum.map((v) => v / (n * n)) as [number, number, number];
}
const diff = (a: readonly number[], b: readonly number[]) =>
  Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0));
const dark = (p: readonly number[]) => Math.max(...p) < 90;

/** Rows (CSS px of the picture) of the bands in [y0, y1) holding a pixel that `test` accepts. */
function bands(
  png: PNG,
  s: number,
  y0: number,
  y1: number,
  test: (p: number[]) => boolean,
): [number, number][] {
  const m = EXPORT_LAYOUT.margin * s;
  const out: [number, number][] = [];
  let start = -1;
  for (let y = Math.round(y0 * s); y < Math.round(y1 * s); y++) {
    let hit = false;
    for (let x = m; x < png.width - m && !hit; x++) hit = test(pixel(png, x, y));
    if (hit && start < 0) start = y;
    if (!hit && start >= 0) {
      out.push([start / s, y / s]);
      start = -1;
    }
  }
  if (start >= 0) out.push([start / s, y1]);
  return out;
}

/** The rightmost pixel (CSS px from the picture's left margin) in rows [y0, y1) that `test` accepts. */
function inkRight(png: PNG, s: number, y0: number, y1: number, test: (p: number[]) => boolean): number {
  let right = -1;
  for (let y = Math.round(y0 * s); y < Math.round(y1 * s); y++)
    for (let x = png.width - 1; x > right; x--)
      if (test(pixel(png, x, y))) {
        right = x;
        break;
      }
  return right / s - EXPORT_LAYOUT.margin;
}

const NOTE_INK = (p: number[]) =>
  (p[0] ?? 0) > 60 && (p[0] ?? 0) < 130 && (p[1] ?? 0) < 40 && (p[2] ?? 0) < 50;

async function exportStep(n: number, size: { width: number; height: number }) {
  const { page } = await openApp(`?praesentation=1&trin=${n}`, size, 'loading');
  await waitStage(page, n, true);
  const shot = await screenshotPixels(page);
  const gaps = await gapWords(n);
  const screen = await readScreen(page, EXPORT_FONT, gaps ? `Skraveret: ikke omfattet af ${gaps}` : null);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Gem som PNG' }).click(),
  ]);
  // The file says which step it is, so the hand-outs of several steps keep apart.
  expect(download.suggestedFilename()).toBe(`indsatskort-trin-${n}-2011-40035.png`);
  const png = PNG.sync.read(readFileSync(await download.path()));
  await page.close();
  return { shot, screen, png };
}

describe('the PNG of a stage step', () => {
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ])
    for (const n of [7, 1])
      it(`is what the audience sees: step ${n} at ${size.width}×${size.height}`, async () => {
        const { shot, screen, png } = await exportStep(n, size);
        const { map } = screen;
        // The stage's legend lies over its map, so the picture is the map's width plus its margins.
        const s = png.width / (map.width + 2 * EXPORT_LAYOUT.margin);
        expect(s, 'picture scale').toBeCloseTo(2, 1);
        const left = EXPORT_LAYOUT.margin;
        // Where the map lies in the picture: the offset at which the picture's map best matches the screen's.
        const grid: [number, number][] = [];
        for (let y = 4; y < map.height - 4; y += 16)
          for (let x = 4; x < map.width - 4; x += 16) grid.push([x, y]);
        const mismatch = (top: number, points: readonly [number, number][]) =>
          points.filter(
            ([x, y]) => diff(pixel(shot, map.x + x, map.y + y), at(png, s, left + x, top + y)) > 60,
          ).length / points.length;
        let top = 0;
        let best = 1;
        for (let t = 40; t < png.height / s - map.height; t++) {
          const m = mismatch(t, grid);
          if (m < best) [best, top] = [m, t];
        }
        // (b) The map: pixel by pixel (every 4 px) the picture's map is the screen's map, legend and markers.
        const fine: [number, number][] = [];
        for (let y = 1; y < map.height - 1; y += 4)
          for (let x = 1; x < map.width - 1; x += 4) fine.push([x, y]);
        const mapMismatch = mismatch(top, fine);
        expect(mapMismatch, `share of map samples unlike the screen (map at y ${top})`).toBeLessThan(0.06);
        // Every ring in its place, with its colours: 12 samples at 0.8 r and its centre.
        let alike = 0;
        let tried = 0;
        for (const ring of screen.rings)
          for (let a = 0; a <= 12; a++) {
            const d = a === 12 ? 0 : ring.r * 0.8;
            const sx = ring.cx + Math.cos((a / 12) * 2 * Math.PI) * d;
            const sy = ring.cy + Math.sin((a / 12) * 2 * Math.PI) * d;
            if (sx < map.x || sy < map.y || sx >= map.x + map.width || sy >= map.y + map.height) continue;
            tried++;
            const seen = mean(shot, 1, sx - 1, sy - 1, 3);
            if (diff(seen, mean(png, s, left + sx - 1 - map.x, top + sy - 1 - map.y, 3)) < 40) alike++;
          }
        expect(tried).toBeGreaterThan(40);
        expect(alike / tried, `${alike} of ${tried} ring samples alike`).toBeGreaterThan(0.85);
        // (a) Each label: its box as on screen, and its words inside it — no ink in the picture beside the box
        // (where the stage shows the ring or map) that the screen does not have there.
        for (const label of screen.labels) {
          // Text is rasterised differently at 1× and 2×, so the words are compared by where their ink lies in
          // the box (its extent) and how much of it there is.
          const ink = (sample: (x: number, y: number) => readonly number[]) => {
            const found = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity, count: 0 };
            // Inside the box less its rounded corners (the map shows there, its lines sharper at 2×).
            for (let y = Math.ceil(label.y) + 3; y < label.y + label.height - 3; y += 0.5)
              for (let x = Math.ceil(label.x) + 3; x < label.x + label.width - 3; x += 0.5)
                if (dark(sample(x, y))) {
                  found.count++;
                  found.left = Math.min(found.left, x);
                  found.right = Math.max(found.right, x);
                  found.top = Math.min(found.top, y);
                  found.bottom = Math.max(found.bottom, y);
                }
            return found;
          };
          const seen = ink((x, y) => pixel(shot, x, y));
          const drawn = ink((x, y) => pixel(png, (left + x - map.x) * s, (top + y - map.y) * s));
          const where = `label at ${Math.round(label.x)},${Math.round(label.y)}`;
          expect(drawn.count / seen.count, `${where}: ink in the box`).toBeGreaterThan(0.7);
          expect(drawn.count / seen.count, `${where}: ink in the box`).toBeLessThan(1.4);
          for (const side of ['left', 'right', 'top', 'bottom'] as const)
            expect(Math.abs(drawn[side] - seen[side]), `${where}: words' ${side} edge`).toBeLessThanOrEqual(
              3,
            );
          let spilled = 0;
          let beside = 0;
          for (let y = label.y + 4; y < label.y + label.height - 4; y++)
            for (const x of [
              ...Array.from({ length: 24 }, (_, i) => label.x - 2 - i),
              ...Array.from({ length: 24 }, (_, i) => label.x + label.width + 2 + i),
            ]) {
              if (x < map.x || x >= map.x + map.width) continue;
              beside++;
              const p = at(png, s, left + x - map.x, top + y - map.y);
              if (dark(p) && !dark(pixel(shot, x, y))) spilled++;
            }
          expect(
            spilled / Math.max(beside, 1),
            `label at ${label.x},${label.y}: ink beside its box`,
          ).toBeLessThan(0.02);
        }
        // The step's legend over the map: every type's swatch in its colour (to the right of its letter).
        expect(screen.swatches.length).toBeGreaterThan(0);
        const palette = (await import('../../src/style/palette')).PALETTE as Record<
          string,
          { color: string }
        >;
        for (const sw of screen.swatches) {
          const p = at(png, s, left + sw.cx + sw.r * 0.7 - map.x, top + sw.cy - map.y);
          expect(diff(p, rgb(palette[sw.type]?.color ?? '#000000')), `swatch ${sw.type}`).toBeLessThan(40);
        }
        // The step's title on the first row above the map, as wide as its words in the picture's font.
        const header = bands(png, s, 0, top - 2, (p) => dark(p));
        expect(header.length, 'text rows above the map').toBeGreaterThanOrEqual(2);
        const [t0, t1] = header[0] ?? [0, 0];
        expect(inkRight(png, s, t0, t1, dark), 'title width').toBeCloseTo(screen.title, -1);
        // The gap line in words (dark red) under it, only in a gap step, naming the initiatives.
        const gapRows = bands(png, s, t1, top - 2, NOTE_INK);
        if (story[n - 1]?.huller.length) {
          expect(gapRows.length, 'gap line rows').toBeGreaterThan(0);
          const [g0, g1] = gapRows[0] ?? [0, 0];
          expect(inkRight(png, s, g0, g1, NOTE_INK), 'gap line width').toBeCloseTo(
            Math.min(screen.gap ?? 0, map.width),
            -1,
          );
        } else expect(gapRows, 'no gap line outside gap steps').toEqual([]);
        // Below the map: the case's words (one row at least per quote) and the sources.
        const below = bands(png, s, top + map.height + 2, png.height / s, (p) => Math.max(...p) < 120);
        expect(below.length, 'text rows below the map').toBeGreaterThanOrEqual(screen.quotes + 2);
      }, 180_000);
});

/** The gap types in words as the app joins them ("NV arbejdsmarked, SV profilinstitutioner eller TV-overvågning"). */
async function gapWords(n: number): Promise<string> {
  const { TYPE_LABELS } = await import('../../src/i18n/strings');
  const names: string[] = (story[n - 1]?.huller ?? []).map(
    (t) => (TYPE_LABELS.da as Record<string, { name: string }>)[t]?.name ?? t,
  );
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} eller ${names.at(-1)}` : (names[0] ?? '');
}
