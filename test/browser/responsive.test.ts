import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { goodRaw } from '../fixtures/dataFiles';
import { axeViolations } from './a11y';
import { closeBrowser, openApp } from './harness';
import {
  chartProblems,
  dialogAndRing,
  dialogClipped,
  intersects,
  mapSettled,
  mapShare,
  SCREEN_SIZES,
  sidewaysScroll,
  smallTargets,
} from './layout';

/**
 * Issue 10: every screen from a 360 px phone to a 1920 px projector. One page per size checks the layout, the
 * header actions, the map's share of the first screen, every area's dialog, the charts, touch targets and axe.
 * SCREENSHOTS=1 also writes test/screenshots/layout-WxH.png and dialog-WxH.png.
 */
afterAll(closeBrowser);

/** What "Om sagen" / "Om kortet" should show on opening: their top, focus on the title, Luk in reach. */
const AT_TOP = { scrollTop: 0, focus: 'H2', closeInView: true };
/** Where a long dialog stands on opening: its scroll, the focused element and whether its Luk is on screen. */
const dialogStart = (page: Page, selector: string) =>
  page.locator(`${selector}[open]`).evaluate((d) => {
    const box = d.getBoundingClientRect();
    const close = (d.querySelector('.about__close') as HTMLElement).getBoundingClientRect();
    return {
      scrollTop: d.scrollTop,
      focus: document.activeElement?.tagName,
      closeInView: close.top >= box.top && close.bottom <= Math.min(box.bottom, window.innerHeight) + 0.5,
    };
  });

const AREA_IDS = (goodRaw().areas as { features: { properties: { id: string } }[] }).features.map(
  (f) => f.properties.id,
);
const ACTIONS = [
  'presentation-button',
  'export-button',
  'print-button',
  'download',
  'copy-link-button',
  'lang-switch',
  'outline-button',
  'case-button',
  'about-button',
];
/** Below this width the header has a Menu; from 600 px Præsentation and English stay beside it. */
const MENU_BELOW = 1500;

const SIZES = SCREEN_SIZES;

const handle = (page: Page, script: string) => page.evaluate(script);

/** Every header action is on screen, directly or after opening the Menu (which Escape closes again). */
async function checkHeaderActions(page: Page, width: number): Promise<void> {
  const menu = page.locator('#menu-button');
  const ids = await page
    .locator('#header-actions > *:not([hidden])')
    .evaluateAll((els) => els.map((e) => e.id));
  expect(ids).toEqual(expect.arrayContaining(ACTIONS));
  if (width < MENU_BELOW) {
    expect(await menu.isVisible()).toBe(true);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#about-button').isVisible()).toBe(false);
    for (const id of ['presentation-button', 'lang-switch'])
      expect(await page.locator(`#${id}`).isVisible(), `${id} in the header row`).toBe(width >= 600);
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height, 'one-line header').toBeLessThanOrEqual(60);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await menu.press('Escape');
    expect(await menu.getAttribute('aria-expanded'), 'Escape on the Menu button closes it').toBe('false');
    await menu.click();
    // "Hent data" opens its file list inside the Menu, which stays open; a second press folds the list.
    await page.locator('#download-button').click();
    expect(await menu.getAttribute('aria-expanded'), 'Hent data keeps the Menu open').toBe('true');
    expect(await page.locator('#download-panel').isVisible()).toBe(true);
    // The open file list covers no other action: each one's centre answers to itself, once brought into view
    // within the Menu (which scrolls in itself on a short screen; the page does not move).
    const covered = await page.locator('#header-actions > *:not([hidden])').evaluateAll((els) =>
      els
        .map((el) =>
          el.matches('.download') ? (el.querySelector('button') as HTMLElement) : (el as HTMLElement),
        )
        .filter((el) => el.offsetParent !== null)
        .filter((el) => {
          el.scrollIntoView({ block: 'nearest' });
          const r = el.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !hit || !el.contains(hit);
        })
        .map((el) => el.id || el.textContent),
    );
    expect(covered, 'actions under the open file list').toEqual([]);
    // A file from the list keeps the Menu open (the planner takes the three files one after another).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#download-panel [data-file="coverage"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(await menu.getAttribute('aria-expanded'), 'a file keeps the Menu open').toBe('true');
    // Escape folds the list first, the Menu staying open with focus on "Hent data" (one Escape closed both,
    // helper-33); a second closes the Menu.
    await page.keyboard.press('Escape');
    expect(await page.locator('#download-panel').isVisible(), 'Escape folds the list').toBe(false);
    expect(await menu.getAttribute('aria-expanded'), 'the Menu stays open').toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('download-button');
    await page.locator('#download-button').click();
    // Closing the Menu folds the list, so reopening it shows the actions, not the list.
    await menu.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await page.locator('#download-panel').isVisible(), 'list folded on reopening').toBe(false);
    expect(await page.locator('#download-button').getAttribute('aria-expanded')).toBe('false');
    // A dialog opened from the Menu hands focus back to the Menu button when it closes (its opener went with
    // the closed Menu); before, focus fell to the page.
    await page.locator('#case-button').click();
    await page.locator('dialog.case-view[open]').waitFor();
    // Its time axis is drawn for the room it has, never scaled down: tick texts at 12 px, the figure inside
    // the dialog (narrower than 640 px it scrolls sideways within itself), no name cut at its edges.
    const axis = await page.locator('dialog.case-view').evaluate((dialog) => {
      const svg = dialog.querySelector('svg.case-timeline') as SVGSVGElement;
      const figure = svg.parentElement as HTMLElement;
      const ticks = [...svg.querySelectorAll('.case-timeline__axis text')];
      return {
        tickPx: Math.min(...ticks.map((t) => parseFloat(getComputedStyle(t).fontSize))),
        scale: svg.getBoundingClientRect().width / Number(svg.getAttribute('width')),
        overhang: figure.getBoundingClientRect().right - dialog.getBoundingClientRect().right,
        cut: [...svg.querySelectorAll('text')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            const s = svg.getBoundingClientRect();
            return r.left < s.left - 0.5 || r.right > s.right + 0.5;
          })
          .map((t) => t.textContent),
      };
    });
    expect(axis.tickPx, 'timeline ticks').toBeGreaterThanOrEqual(12);
    expect(axis.scale, 'timeline drawn at its size').toBeCloseTo(1, 2);
    expect(axis.overhang, 'timeline inside the dialog').toBeLessThanOrEqual(0);
    expect(axis.cut, 'timeline texts cut at its edges').toEqual([]);
    expect(await dialogStart(page, 'dialog.case-view'), 'Om sagen on opening').toEqual(AT_TOP);
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { message: 'focus after Om sagen' })
      .toBe('menu-button');
    // Om kortet too opens at its top with its Luk in reach (it opened scrolled to its foot, focus on Luk).
    await menu.click();
    await page.locator('#about-button').click();
    expect(await dialogStart(page, 'dialog.about:not(.case-view)'), 'Om kortet on opening').toEqual(AT_TOP);
    await page.keyboard.press('Escape');
    // So does an action chosen by keyboard that opens no dialog (Kopiér link): the Menu closes, focus stays on it.
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await menu.press('Enter');
    await page.locator('#copy-link-button').press('Enter');
    await expect.poll(() => page.locator('#copy-status').innerText()).toContain('kopieret');
    expect(await page.evaluate(() => document.activeElement?.id), 'focus after Kopiér link').toBe(
      'menu-button',
    );
    await menu.click();
  } else {
    expect(await menu.isVisible()).toBe(false);
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height, 'one-line header').toBeLessThanOrEqual(60);
  }
  for (const id of ids) {
    const box = await page.locator(`#${id}`).boundingBox();
    expect(box, id).not.toBeNull();
    if (!box) continue;
    expect(box.x, id).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, id).toBeLessThanOrEqual(width + 0.5);
    expect(box.y + box.height, id).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);
  }
  if (width < MENU_BELOW) {
    expect(await smallTargets(page, width < 1024 ? 44 : 40, '#header-actions'), 'menu items').toEqual([]);
    await page.locator('#about-button').press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  }
}

/** On a phone "Præsentation" (in the Menu) opens the story as step cards, each with a map picture, not the stage. */
async function checkStoryCards(page: Page, width: number): Promise<void> {
  await page.locator('#menu-button').tap();
  await page.locator('#presentation-button').tap();
  await page.waitForFunction(
    () => document.querySelector<HTMLElement>('.story-cards')?.dataset.ready === 'true',
  );
  expect(await page.evaluate(() => document.body.classList.contains('presentation')), 'stage').toBe(false);
  const cards = await page.locator('.story-card').evaluateAll((els) =>
    els.map((el) => {
      const svg = el.querySelector('.story-card__map svg')?.getBoundingClientRect();
      return { w: el.getBoundingClientRect().right, svgW: svg?.width ?? 0, svgH: svg?.height ?? 0 };
    }),
  );
  expect(cards).toHaveLength((goodRaw().story as { trin: unknown[] }).trin.length);
  for (const c of cards) {
    expect(c.w).toBeLessThanOrEqual(width);
    expect(c.svgW).toBeGreaterThan(0.7 * width);
    expect(c.svgH).toBeGreaterThan(150);
  }
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `test/screenshots/story-cards-${width}.png` });
  await page.locator('.story-cards__close').tap();
  expect(await page.locator('.story-cards').isVisible()).toBe(false);
}

/** Areas opened by a tap (or click) on their ring; the others through their button in the area list. */
const TAPPED = new Set(['mjoelnerparken', 'hoergaarden', 'tingbjerg_utterslevhuse']);

/** Opens an area through its area-list button (a DOM click: the list may be folded away on a phone). */
async function openByList(page: Page, id: string): Promise<void> {
  await page.locator(`.area-list [data-area="${id}"]`).evaluate((b: HTMLElement) => b.click());
  await page.waitForFunction(
    (area) => document.querySelector<HTMLElement>('.area-dialog:not([hidden])')?.dataset.area === area,
    id,
    { timeout: 20_000 },
  );
  await mapSettled(page);
}

/** Opens an area by tapping or clicking its ring in the whole-city view. */
async function openByRing(page: Page, id: string, touch: boolean): Promise<void> {
  await handle(page, 'window.indsatskort.fitAll(false)');
  await mapSettled(page);
  const centre = await page.locator(`[data-marker="${id}"] .area-marker__ring`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    // A ring whose centre another ring's label covers is opened at its top quarter instead.
    const hit = document.elementFromPoint(x, y)?.closest('[data-marker]');
    return hit?.getAttribute('data-marker') === el.parentElement?.dataset.marker
      ? { x, y }
      : { x, y: r.top + r.height / 4 };
  });
  if (touch) await page.touchscreen.tap(centre.x, centre.y);
  else await page.mouse.click(centre.x, centre.y);
  await page.waitForFunction(
    (area) => document.querySelector<HTMLElement>('.area-dialog:not([hidden])')?.dataset.area === area,
    id,
    { timeout: 20_000 },
  );
  await mapSettled(page);
}

describe('every screen from a 360 px phone to a 1920 px screen', () => {
  for (const size of SIZES) {
    const name = `${size.width}×${size.height}${size.touch ? ' (touch)' : ''}`;
    it(`${name}: fits, keeps the map first, opens every area beside it, reflows the charts`, async () => {
      const { page, errors } = await openApp('', size, 'idle', {
        bypassCSP: true,
        touch: size.touch,
        // Camera moves without animation: the same end positions, checked faster.
        reducedMotion: true,
      });
      const { width, height } = size;

      expect(await sidewaysScroll(page, width), 'sideways scroll').toBeLessThanOrEqual(0);
      await checkHeaderActions(page, width);

      const share = await mapShare(page, width, height);
      expect(share, 'map share of the first screen').toBeGreaterThanOrEqual(0.4);
      if (width >= 1024) {
        for (const sel of ['#map-wrap', '.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib']) {
          const box = await page.locator(sel).boundingBox();
          expect((box?.y ?? 0) + (box?.height ?? 0), `${sel} bottom`).toBeLessThanOrEqual(height);
        }
      }
      if (width < 1500) {
        // MapLibre's own compact attribution (no class edits): below 1500 px it starts folded to its "i" button,
        // which opens the text (three lines at most) and folds it again. fit.test.ts checks what either covers.
        expect(await page.locator('.maplibregl-ctrl-attrib.maplibregl-compact').count()).toBe(1);
        const folded = await page.locator('.maplibregl-ctrl-attrib').boundingBox();
        expect(folded?.height ?? 99, 'folded attribution height').toBeLessThanOrEqual(40);
        await page.locator('.maplibregl-ctrl-attrib-button').click();
        const open = await page.locator('.maplibregl-ctrl-attrib').boundingBox();
        expect(open?.height ?? 999, 'open attribution height').toBeLessThanOrEqual(100);
        await page.locator('.maplibregl-ctrl-attrib-button').click();
      }
      if (process.env.SCREENSHOTS)
        await page.screenshot({ path: `test/screenshots/layout-${width}x${height}.png` });

      for (const id of AREA_IDS) {
        if (TAPPED.has(id)) await openByRing(page, id, size.touch);
        else await openByList(page, id);
        expect(await page.evaluate(() => window.scrollY), `${id}: page scrolled`).toBe(0);
        expect(await dialogClipped(page), id).toEqual([]);
        const { dialog, ring, map, title } = await dialogAndRing(page);
        expect(title.top, `${id}: title on screen`).toBeGreaterThanOrEqual(0);
        expect(title.bottom, `${id}: title on screen`).toBeLessThanOrEqual(height);
        if (!ring) throw new Error(`${id}: no selected ring`);
        expect(ring.top, `${id}: ring in the map`).toBeGreaterThanOrEqual(map.top);
        if (width >= 768) expect(intersects(dialog, ring), `${id}: dialog covers the ring`).toBe(false);
        else expect(dialog.top - map.top, `${id}: map visible above the sheet`).toBeGreaterThan(0.3 * height);
        if (process.env.SCREENSHOTS && id === 'mjoelnerparken')
          await page.screenshot({ path: `test/screenshots/dialog-${width}x${height}.png` });
        await page.keyboard.press('Escape');
        expect(await page.locator('.area-dialog').isHidden()).toBe(true);
      }

      if (width < 600) await checkStoryCards(page, width);
      if (width < 900) await page.locator('.sidebar__toggle').click();
      expect(await smallTargets(page), 'touch targets').toEqual([]);
      expect(await chartProblems(page), 'charts').toEqual([]);
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 300_000);
  }
});

describe('touch and print', () => {
  it('gives the credits the control of the new width when a window or tablet crosses 1500 px, both ways', async () => {
    const { page } = await openApp('', { width: 1920, height: 1080 }, 'idle');
    const attrib = page.locator('.maplibregl-ctrl-attrib');
    const compact = page.locator('.maplibregl-ctrl-attrib.maplibregl-compact');
    expect(await compact.count(), 'wide: the credits as text').toBe(0);
    await page.setViewportSize({ width: 768, height: 1024 });
    await compact.waitFor({ timeout: 5000 });
    expect(
      (await attrib.boundingBox())?.height ?? 99,
      'narrow: folded to its (i) button',
    ).toBeLessThanOrEqual(40);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await compact.waitFor({ state: 'detached', timeout: 5000 });
    expect(await attrib.innerText()).toContain('OpenStreetMap');
  });

  it('pinches to zoom and drags to pan the map with fingers (390×844)', async () => {
    const { page } = await openApp('', { width: 390, height: 844 }, 'idle', {
      touch: true,
      reducedMotion: true,
    });
    const camera = () =>
      page.evaluate(() => {
        const m = (
          window as unknown as {
            indsatskort: { map: { getZoom(): number; getCenter(): { lng: number; lat: number } } };
          }
        ).indsatskort.map;
        return { zoom: m.getZoom(), ...m.getCenter() };
      });
    const box = await page.locator('#map').boundingBox();
    if (!box) throw new Error('no map');
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
    const before = await camera();
    await touch('touchStart', [
      { x: cx - 30, y: cy },
      { x: cx + 30, y: cy },
    ]);
    for (let d = 40; d <= 140; d += 20)
      await touch('touchMove', [
        { x: cx - d, y: cy },
        { x: cx + d, y: cy },
      ]);
    await touch('touchEnd', []);
    await mapSettled(page);
    const pinched = await camera();
    expect(pinched.zoom - before.zoom, 'pinch zooms in').toBeGreaterThan(0.5);
    await touch('touchStart', [{ x: cx, y: cy }]);
    for (let d = 20; d <= 120; d += 20) await touch('touchMove', [{ x: cx + d, y: cy + d / 2 }]);
    await touch('touchEnd', []);
    await mapSettled(page);
    const dragged = await camera();
    expect(dragged.lng, 'drag right moves the view west').toBeLessThan(pinched.lng);
    expect(dragged.lat, 'drag down moves the view north').toBeGreaterThan(pinched.lat);
    await page.close();
  });

  it('prints the charts with no overlapping texts and no "kr.." (A4 landscape width)', async () => {
    const { page } = await openApp('', { width: 1123, height: 794 });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))),
    );
    expect(await chartProblems(page)).toEqual([]);
    expect(await page.locator('.budget').innerText()).not.toMatch(/kr\.\./);
    await page.close();
  });
});
