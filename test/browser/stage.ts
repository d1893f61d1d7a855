import type { Page } from 'playwright-core';
import { smallestTextPx } from './a11y';

/** The five projector sizes the stage is designed for (DPR 1). */
export const STAGE_SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

/** Waits until the map handle exists (style loaded), without waiting for every tile to be drawn. */
export async function waitMap(page: Page): Promise<void> {
  await page.waitForFunction(() => 'indsatskort' in window, null, { timeout: 60_000 });
}

/**
 * Waits until step `n` has been framed (camera and stage markers are set synchronously then) and, with
 * `idle`, until the map has also drawn it (its 'idle' after the framing; needed for pictures, not for boxes).
 */
export async function waitStage(page: Page, n: number, idle = false): Promise<void> {
  await page.waitForFunction((step) => document.body?.dataset.stage?.startsWith(`${step}@`), n, {
    // A cold load at 3840×2160 on software WebGL (map start, first full-size frame) under load.
    timeout: 180_000,
  });
  // The SVG fallback also frames steps (without a camera): say so instead of failing on the missing map.
  const state = await page.evaluate(() => document.body?.dataset.mapState);
  if (state === 'fallback')
    throw new Error('the WebGL map fell back to SVG (its start ran past LOAD_TIMEOUT_MS, or it failed)');
  if (!idle) {
    // Boxes do not depend on the canvas resolution: draw the map coarsely so SwiftShader keeps up at 4K.
    await page.evaluate(() =>
      (
        window as unknown as { indsatskort: { map: { setPixelRatio(r: number): void } } }
      ).indsatskort.map.setPixelRatio(0.25),
    );
    return;
  }
  // The basemap's names under the step's markers have left (createMap.ts), so the picture no longer changes.
  await page.waitForFunction(() => document.getElementById('map')?.dataset.stageNames === 'settled', null, {
    timeout: 60_000,
  });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (
          window as unknown as {
            indsatskort: {
              map: { once(e: string, f: () => void): void; triggerRepaint(): void; loaded(): boolean };
            };
          }
        ).indsatskort.map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Everything the stage tests measure, in page pixels. */
export interface StageMeasure {
  zoom: number;
  map: Box;
  legend: Box | null;
  controls: Box[];
  rings: { ids: string[]; box: Box; r: number; cx: number; cy: number }[];
  labels: { ids: string[]; box: Box }[];
  /** Each area's true position on screen. */
  truth: Record<string, { x: number; y: number }>;
  smallestText: { px: number; where: string };
  /** How far (px) the caption's words run past its bottom (0 = all of them visible without scrolling). */
  captionOverflow: number;
  /** Empty caption (px) below its last words: the band the map could have had. */
  captionSlack: number;
  /** How far (px) the scale's text runs past its bar (0 = it fits). */
  scaleOverflow: number;
}

/** Measures the stage as a person sees it: boxes of map, legend, controls, rings and labels. */
export async function measureStage(
  page: Page,
  places: Record<string, [number, number]>,
): Promise<StageMeasure> {
  const measured = await page.evaluate((places) => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const handle = (
      window as unknown as {
        indsatskort: {
          map: {
            getZoom(): number;
            project(l: [number, number]): { x: number; y: number };
            getContainer(): HTMLElement;
          };
        };
      }
    ).indsatskort;
    const mapEl = handle.map.getContainer();
    const mapBox = box(mapEl);
    const legendEl = document.querySelector('.stage-legend:not([hidden])');
    const controls = [
      ...document.querySelectorAll('.maplibregl-ctrl-bottom-left > *, .maplibregl-ctrl-bottom-right > *'),
    ]
      .map(box)
      .filter((b) => b.width > 0 && b.height > 0);
    const rings = [...document.querySelectorAll<HTMLElement>('[data-area-ring]')].map((el) => {
      const b = box(el);
      return {
        ids: (el.dataset.areaRing ?? '').split(' '),
        box: b,
        r: b.width / 2,
        cx: b.x + b.width / 2,
        cy: b.y + b.height / 2,
      };
    });
    // A label's box is what its text covers, even where the text overflows the element.
    const union = (boxes: { x: number; y: number; width: number; height: number }[]) => {
      const x = Math.min(...boxes.map((b) => b.x));
      const y = Math.min(...boxes.map((b) => b.y));
      return {
        x,
        y,
        width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
        height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
      };
    };
    const labels = [...document.querySelectorAll<HTMLElement>('[data-area-label]')].map((el) => ({
      ids: (el.dataset.areaLabel ?? '').split(' '),
      box: union([box(el), ...[...el.children].map(box)]),
    }));
    const truth: Record<string, { x: number; y: number }> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-area-ring]')) {
      for (const id of (el.dataset.areaRing ?? '').split(' ')) {
        const ll = places[id];
        if (!ll) continue;
        const p = handle.map.project(ll);
        truth[id] = { x: mapBox.x + p.x, y: mapBox.y + p.y };
      }
    }
    const quotes = document.querySelector<HTMLElement>('.story__quotes');
    const story = document.querySelector<HTMLElement>('.story');
    const bottom = (sel: string) =>
      Math.max(
        0,
        ...[...(story?.querySelectorAll(sel) ?? [])].map((el) => el.getBoundingClientRect().bottom),
      );
    // The words shown last: the quotes' (as far as their box shows them) or the title, count and buttons'.
    const quoteWords = bottom('.story__quotes > *');
    const lastWords = Math.max(
      bottom('.story__title, .story__count, .story__tools'),
      Math.min(quoteWords, quotes?.getBoundingClientRect().bottom ?? quoteWords),
    );
    const scale = document.querySelector<HTMLElement>('.maplibregl-ctrl-scale');
    return {
      scaleOverflow: scale ? Math.max(0, scale.scrollWidth - scale.clientWidth) : 0,
      captionSlack: story ? story.getBoundingClientRect().bottom - lastWords : 0,
      captionOverflow: quotes ? Math.max(0, quotes.scrollHeight - quotes.clientHeight) : 0,
      zoom: handle.map.getZoom(),
      map: mapBox,
      legend: legendEl ? box(legendEl) : null,
      controls,
      rings,
      labels,
      truth,
    };
  }, places);
  return { ...measured, smallestText: await smallestTextPx(page) };
}

const overlap = (a: Box, b: Box, tol = 0.5) =>
  a.x < b.x + b.width - tol &&
  b.x < a.x + a.width - tol &&
  a.y < b.y + b.height - tol &&
  b.y < a.y + a.height - tol;
const inside = (a: Box, b: Box, tol = 0.5) =>
  a.x >= b.x - tol &&
  a.y >= b.y - tol &&
  a.x + a.width <= b.x + b.width + tol &&
  a.y + a.height <= b.y + b.height + tol;
const circleRect = (c: { cx: number; cy: number; r: number }, b: Box, tol = 0.5) => {
  const nx = Math.max(b.x, Math.min(c.cx, b.x + b.width));
  const ny = Math.max(b.y, Math.min(c.cy, b.y + b.height));
  return Math.hypot(c.cx - nx, c.cy - ny) < c.r - tol;
};

/** The smaller stages (a touch tablet upright, an old 800×600 projector): 18 px text, same rules otherwise. */
export const SMALL_STAGE_SIZES = [
  { width: 768, height: 1024, touch: true },
  { width: 800, height: 600, touch: false },
] as const;

/**
 * Every rule of the stage for one step; returns the problems found (empty = the step is framed right).
 * `minText`: the smallest text allowed (24 px on projectors, 18 px on the smaller stage).
 */
export function stageProblems(
  m: StageMeasure,
  fokus: readonly string[],
  allIds: readonly string[],
  viewport: { width: number; height: number },
  minText = 24,
): string[] {
  const problems: string[] = [];
  const share = (m.map.width * m.map.height) / (viewport.width * viewport.height);
  if (share < 0.6) problems.push(`map share ${share.toFixed(2)}`);
  if (m.smallestText.px < minText) problems.push(`text ${m.smallestText.px}px ${m.smallestText.where}`);
  if (m.captionOverflow > 1) problems.push(`caption cut: ${m.captionOverflow}px of words below its edge`);
  if (m.scaleOverflow > 1) problems.push(`scale text ${m.scaleOverflow}px wider than its bar`);
  if (m.captionSlack > 24)
    problems.push(`caption has ${Math.round(m.captionSlack)}px of empty band below its words`);
  const focus = fokus.length > 0 ? fokus : allIds;
  // A group marker may join close neighbours, never most of the step: the audience must see where each area is.
  for (const r of m.rings) {
    const joined = r.ids.filter((id) => focus.includes(id)).length;
    if (joined > Math.max(2, focus.length / 2))
      problems.push(`one marker stands for ${joined} of the step's ${focus.length} areas`);
  }
  const blocked = [...(m.legend ? [m.legend] : []), ...m.controls];
  for (const id of focus) {
    const ring = m.rings.find((r) => r.ids.includes(id));
    const label = m.labels.find((l) => l.ids.includes(id));
    if (!ring || !label) {
      problems.push(`${id}: no ring or label`);
      continue;
    }
    for (const [what, box] of [
      ['ring', ring.box],
      ['label', label.box],
    ] as const) {
      if (!inside(box, m.map)) problems.push(`${id}: ${what} outside the map`);
      if (blocked.some((b) => overlap(box, b))) problems.push(`${id}: ${what} under the legend or a control`);
    }
  }
  const onMap = <T extends { box: Box }>(list: T[]) => list.filter((x) => overlap(x.box, m.map, 0));
  const rings = onMap(m.rings);
  const labels = onMap(m.labels);
  // Any name on the stage, of a step area or not, is read whole or not at all: none is cut by the map's edge.
  for (const l of labels) if (!inside(l.box, m.map)) problems.push(`label ${l.ids} cut by the map's edge`);
  // So is any ring: half a ring at the edge reads as something to the audience.
  for (const r of rings) if (!inside(r.box, m.map)) problems.push(`ring ${r.ids} cut by the map's edge`);
  for (const [i, a] of rings.entries()) {
    for (const id of a.ids) {
      const t = m.truth[id];
      if (t && Math.hypot(t.x - a.cx, t.y - a.cy) > a.r + 0.5)
        problems.push(
          `${id}: ring ${Math.hypot(t.x - a.cx, t.y - a.cy).toFixed(0)} px from its place (r ${a.r})`,
        );
    }
    for (const b of rings.slice(i + 1))
      if (Math.hypot(a.cx - b.cx, a.cy - b.cy) < a.r + b.r - 0.5)
        problems.push(`rings ${a.ids} / ${b.ids} overlap`);
    for (const l of labels) if (circleRect(a, l.box)) problems.push(`ring ${a.ids} / label ${l.ids} overlap`);
  }
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1))
      if (overlap(a.box, b.box)) problems.push(`labels ${a.ids} / ${b.ids} overlap`);
  return problems;
}

/** Where the stage's paging buttons stand now (CSS px, top-left corners). */
export function buttonPlaces(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    for (const cls of ['story__prev', 'story__next']) {
      const r = document.querySelector(`.${cls}`)?.getBoundingClientRect();
      if (r) out[cls] = { x: Math.round(r.x), y: Math.round(r.y) };
    }
    return out;
  });
}

/**
 * The steps at which a paging button stands elsewhere than at step 1 (more than 1 px): a presenter who clicks or
 * taps "→" again at the same place must hit it again, whatever the step's words.
 */
export function buttonsMoved(places: readonly Record<string, { x: number; y: number }>[]): string[] {
  const first = places[0] ?? {};
  const out: string[] = [];
  places.forEach((p, i) => {
    for (const [cls, at] of Object.entries(p)) {
      const was = first[cls];
      if (was && Math.hypot(at.x - was.x, at.y - was.y) > 1)
        out.push(`step ${i + 1}: ${cls} at ${at.x},${at.y} (step 1: ${was.x},${was.y})`);
    }
  });
  return out;
}
