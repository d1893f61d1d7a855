import type { Page } from 'playwright-core';

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
    timeout: 60_000,
  });
  if (!idle) {
    // Boxes do not depend on the canvas resolution: draw the map coarsely so SwiftShader keeps up at 4K.
    await page.evaluate(() =>
      (
        window as unknown as { indsatskort: { map: { setPixelRatio(r: number): void } } }
      ).indsatskort.map.setPixelRatio(0.25),
    );
    return;
  }
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
}

/** Measures the stage as a person sees it: boxes of map, legend, controls, rings and labels. */
export function measureStage(page: Page, places: Record<string, [number, number]>): Promise<StageMeasure> {
  return page.evaluate((places) => {
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
    let smallest = { px: Number.POSITIVE_INFINITY, where: '' };
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>('body *')) {
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!own) continue;
      const rects = el.getClientRects();
      if (rects.length === 0 || [...rects].every((r) => r.width === 0 || r.height === 0)) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const b = el.getBoundingClientRect();
      if (b.bottom < 0 || b.right < 0 || b.top > innerHeight || b.left > innerWidth) continue;
      if (el.closest('.sr-only, [hidden]')) continue;
      const px = Number.parseFloat(style.fontSize);
      if (px < smallest.px)
        smallest = { px, where: `${el.tagName} "${(el.textContent ?? '').slice(0, 30)}"` };
    }
    return {
      zoom: handle.map.getZoom(),
      map: mapBox,
      legend: legendEl ? box(legendEl) : null,
      controls,
      rings,
      labels,
      truth,
      smallestText: smallest,
    };
  }, places);
}
