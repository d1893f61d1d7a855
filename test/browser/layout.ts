import type { Page } from 'playwright-core';

/** Measurements of what a person sees at one screen size (issue 10), each done inside the page. */

/**
 * Share (0–1) of the first screen (`width` × `height`, the size asked for: a mobile browser zooms out when a page
 * overflows, so innerWidth would hide that) where a finger lands on the map (canvas or markers), on a 20 px grid.
 */
export function mapShare(page: Page, width: number, height: number): Promise<number> {
  return page.evaluate(
    ([w, h]) => {
      const map = document.getElementById('map');
      let hits = 0;
      let total = 0;
      for (let y = 10; y < h; y += 20) {
        for (let x = 10; x < w; x += 20) {
          total++;
          const el = document.elementFromPoint(x, y);
          if (el && map?.contains(el) && !el.closest('.maplibregl-ctrl, .area-dialog')) hits++;
        }
      }
      return hits / total;
    },
    [width, height] as const,
  );
}

/** How far (px) the document is wider than the screen's `width` (not innerWidth: a mobile browser zooms out). */
export const sidewaysScroll = (page: Page, width: number): Promise<number> =>
  page.evaluate((w) => Math.max(document.documentElement.scrollWidth, innerWidth) - w, width);

/** Elements inside the open dialog that are clipped or stick out sideways, as "tag.class: why". */
export function dialogClipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const dialog = document.querySelector<HTMLElement>('.area-dialog:not([hidden])');
    if (!dialog) return ['no open dialog'];
    const box = dialog.getBoundingClientRect();
    const problems: string[] = [];
    if (box.left < -0.5 || box.right > innerWidth + 0.5) problems.push('dialog: outside the screen');
    if (dialog.scrollWidth > dialog.clientWidth + 1) problems.push('dialog: scrolls sideways');
    for (const el of dialog.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      const name = `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').slice(0, 30)}"`;
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) problems.push(`${name}: outside the dialog`);
      const style = getComputedStyle(el);
      if (style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${name}: wider than its box (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return problems;
  });
}

/** Boxes of the open dialog and of the selected area's ring (page px). */
export function dialogAndRing(
  page: Page,
): Promise<{ dialog: DOMRectLike; ring: DOMRectLike | null; map: DOMRectLike; title: DOMRectLike }> {
  return page.evaluate(() => {
    const plain = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const dialog = document.querySelector('.area-dialog:not([hidden])');
    const ring = document.querySelector('.area-marker--selected .area-marker__ring svg');
    const title = document.getElementById('area-dialog-title');
    const map = document.getElementById('map');
    if (!dialog || !title || !map) throw new Error('no dialog');
    return {
      dialog: plain(dialog.getBoundingClientRect()),
      ring: ring ? plain(ring.getBoundingClientRect()) : null,
      map: plain(map.getBoundingClientRect()),
      title: plain(title.getBoundingClientRect()),
    };
  });
}

export interface DOMRectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether two boxes overlap by more than half a pixel both ways. */
export const intersects = (a: DOMRectLike, b: DOMRectLike): boolean =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** In each budget chart: segments ≤ 1 px wide, and pairs of texts whose boxes intersect or leave the chart. */
export function chartProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
    const charts = [...document.querySelectorAll<SVGSVGElement>('svg.budget-chart')];
    if (charts.length < 2) problems.push(`only ${charts.length} charts`);
    for (const svg of charts) {
      const box = svg.getBoundingClientRect();
      const host = svg.parentElement?.getBoundingClientRect();
      if (host && box.right > host.right + 0.5) problems.push('chart wider than its figure');
      for (const rect of svg.querySelectorAll('rect.bar__segment')) {
        const w = rect.getBoundingClientRect().width;
        if (w <= 1) problems.push(`${rect.getAttribute('data-key')}: bar ${w.toFixed(1)} px`);
      }
      const texts = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() !== '')
        .map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }));
      // Read at the size it is drawn: the font size times the SVG's scale on screen.
      const scale = box.width / (svg.viewBox.baseVal?.width || box.width);
      for (const t of texts) {
        if (t.r.left < box.left - 0.5 || t.r.right > box.right + 0.5)
          problems.push(`"${t.text}" leaves the chart`);
      }
      for (const el of svg.querySelectorAll('text')) {
        const px = parseFloat(getComputedStyle(el).fontSize) * scale;
        if ((el.textContent ?? '').trim() !== '' && px < 11.95)
          problems.push(`"${el.textContent}" at ${px.toFixed(1)} px`);
      }
      // A pointer tick keeps 2 px from every text: one that runs into its label reads as a stroke of a letter.
      for (const tick of svg.querySelectorAll('line.bar__tick')) {
        const r = tick.getBoundingClientRect();
        const near = new DOMRect(r.left - 2, r.top, r.width + 4, r.height + 2);
        for (const t of texts) if (overlap(near, t.r)) problems.push(`a tick touches "${t.text}"`);
      }
      // Every label under a bar points to its segment by a tick that ends at the label: beside its first line, or
      // just above it.
      for (const label of svg.querySelectorAll<SVGTextElement>('text.bar__outside-label')) {
        const key = label.dataset.key ?? '';
        const r = label.getBoundingClientRect();
        const tick = svg.querySelector(`line.bar__tick[data-key="${key}"]`)?.getBoundingClientRect();
        const reaches =
          tick &&
          tick.bottom >= r.top - 4 &&
          tick.bottom <= r.bottom &&
          tick.left >= r.left - 8 &&
          tick.left <= r.right + 8;
        if (!reaches) problems.push(`"${label.textContent}" has no tick that reaches it`);
      }
      for (let i = 0; i < texts.length; i++) {
        for (let j = i + 1; j < texts.length; j++) {
          const a = texts[i];
          const b = texts[j];
          if (a && b && overlap(a.r, b.r)) problems.push(`"${a.text}" overlaps "${b.text}"`);
        }
      }
    }
    return problems;
  });
}

/** Visible controls smaller than `min` CSS px either way (inline links in running text excepted, WCAG 2.5.8). */
export function smallTargets(page: Page, min = 24, scope = 'body'): Promise<string[]> {
  return page.evaluate(
    ([minimum, within]) => {
      const selector =
        'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], .area-marker';
      const out: string[] = [];
      for (const el of document.querySelector(within)?.querySelectorAll<HTMLElement>(selector) ?? []) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || el.closest('[hidden], .sr-only, .skip-link')) continue;
        const inline = el.tagName === 'A' && style.display === 'inline';
        if (inline) continue;
        if (r.width < minimum - 0.5 || r.height < minimum - 0.5)
          out.push(
            `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 24)}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`,
          );
      }
      return out;
    },
    [min, scope] as const,
  );
}

/** Waits until the map has stopped moving and the markers have been placed for the new view. */
export async function mapSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !(window as unknown as { indsatskort: { map: { isMoving(): boolean } } }).indsatskort.map.isMoving(),
    null,
    { timeout: 10_000 },
  );
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
  );
}

/**
 * Drags the map with the mouse from `from` by `by` (CSS px) in `steps` equal moves, as a finger or mouse does;
 * `onStep` (if given) runs after each move, before the button is let go.
 */
export async function drag(
  page: Page,
  from: readonly [number, number],
  by: readonly [number, number],
  steps = 6,
  onStep?: (step: number) => Promise<void>,
): Promise<void> {
  const [x, y] = from;
  const [dx, dy] = by;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= steps; step++) {
    await page.mouse.move(x + (dx * step) / steps, y + (dy * step) / steps);
    await onStep?.(step);
  }
  await page.mouse.up();
}

/** The screens of issue 10, from a 360 px phone to a 1920 px desk (phones and the tablet by touch). */
export const SCREEN_SIZES = [
  { width: 360, height: 740, touch: true },
  { width: 390, height: 844, touch: true },
  { width: 768, height: 1024, touch: true },
  { width: 1024, height: 768, touch: false },
  { width: 1366, height: 768, touch: false },
  { width: 1920, height: 1080, touch: false },
] as const;
