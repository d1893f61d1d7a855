import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from './harness';
import { type Box, waitMap, waitStage } from './stage';

afterAll(closeBrowser);

const story = (JSON.parse(readFileSync('geo/case/story.json', 'utf8')) as { trin: unknown }).trin as {
  titel: { da: string };
  noter: { da: string };
}[];
const total = story.length;
const count = (page: import('playwright-core').Page) => page.locator('.story__count').innerText();
const presenting = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.body.classList.contains('presentation'));
const camera = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const map = (
      window as unknown as {
        indsatskort: { map: { getZoom(): number; getCenter(): { lng: number; lat: number } } };
      }
    ).indsatskort.map;
    return { zoom: map.getZoom(), ...map.getCenter() };
  });

describe('the clicker', () => {
  it('goes forward with Space whatever has focus, shows a fitting fact card, and Esc closes it before leaving', async () => {
    const { page } = await openApp(
      '?huller=nv_arbejdsmarked&kort=12.56000,55.68000,12.20',
      { width: 1024, height: 768 },
      'loading',
    );
    await waitMap(page);
    const before = await camera(page);
    await page.getByRole('button', { name: 'Præsentation' }).click();
    await waitStage(page, 1);
    expect(await count(page)).toBe(`1/${total}`);
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('presentation-button');
    await page.keyboard.press('Space');
    expect(await count(page)).toBe(`2/${total}`);
    expect(await presenting(page)).toBe(true);
    // A mouse click leaves focus on "→"; Space must still go exactly one step forward.
    await page.getByRole('button', { name: 'Næste' }).click();
    await page.keyboard.press('Space');
    expect(await count(page)).toBe(`4/${total}`);
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    expect(await count(page)).toBe(`3/${total}`);

    // A ring clicked during the talk: a fact card with every value readable at ≥ 24 px.
    await waitStage(page, 3);
    await page.locator('[data-area-ring~="sjaeloer_boulevard"]').click();
    const card = page.locator('.stage-facts');
    await card.waitFor();
    const fit = await card.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const cells = [...el.querySelectorAll('th, td, button')].map((c) => c.getBoundingClientRect());
      const small = [...el.querySelectorAll('th, td, button, span')]
        .filter((c) => c.textContent?.trim() && !c.closest('.sr-only'))
        .map((c) => Number.parseFloat(getComputedStyle(c).fontSize));
      return {
        clipped: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
        outside: cells.filter(
          (c) =>
            c.left < box.left - 0.5 ||
            c.right > box.right + 0.5 ||
            c.bottom > Math.min(box.bottom, innerHeight) + 0.5 ||
            c.top < box.top - 0.5,
        ).length,
        cells: cells.length,
        smallest: Math.min(...small),
        text: (el as HTMLElement).innerText,
      };
    });
    expect(fit.clipped).toBe(false);
    expect(fit.outside).toBe(0);
    expect(fit.cells).toBeGreaterThan(10);
    expect(fit.smallest).toBeGreaterThanOrEqual(24);
    expect(fit.text).toContain('Sjælør Boulevard');
    // The next PageDown closes the card and goes on.
    await page.keyboard.press('PageDown');
    expect(await card.count()).toBe(0);
    expect(await count(page)).toBe(`4/${total}`);
    // Esc closes a card first, then leaves.
    await waitStage(page, 4);
    await page.locator('[data-area-ring~="tingbjerg_utterslevhuse"]').click();
    await card.waitFor();
    await page.keyboard.press('Escape');
    expect(await card.count()).toBe(0);
    expect(await presenting(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await presenting(page)).toBe(false);
    // Leaving restores the view from before: gap types, all types shown, camera.
    const search = await page.evaluate(() => window.location.search);
    expect(search).toContain('huller=nv_arbejdsmarked');
    expect(search).not.toContain('vis=');
    const after = await camera(page);
    expect(Math.abs(after.zoom - before.zoom)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(after.lng - before.lng)).toBeLessThan(0.001);
    expect(Math.abs(after.lat - before.lat)).toBeLessThan(0.001);
    await page.close();
  }, 120_000);

  it('restores the fitted desk view on leaving when the desk had no saved camera', async () => {
    // Opened without `kort=`: the desk map is fitted to the ten areas. Leaving must fit the desk map again,
    // not the full-screen stage map it was a moment before.
    const { page } = await openApp('?huller=nv_arbejdsmarked', { width: 1024, height: 768 });
    const before = await camera(page);
    await page.getByRole('button', { name: 'Præsentation' }).click();
    await waitStage(page, 1);
    await page.keyboard.press('PageDown');
    await waitStage(page, 2);
    await page.keyboard.press('Escape');
    expect(await presenting(page)).toBe(false);
    const after = await camera(page);
    expect(Math.abs(after.zoom - before.zoom), `zoom ${before.zoom} → ${after.zoom}`).toBeLessThanOrEqual(
      0.05,
    );
    expect(Math.abs(after.lng - before.lng)).toBeLessThan(0.001);
    expect(Math.abs(after.lat - before.lat)).toBeLessThan(0.001);
    await page.close();
  }, 120_000);
});

describe('the fact card on the stage', () => {
  /** Areas whose Hotspot coverage comes only from a 2023 stand-in zone (geo/build/hotspot_zones.geojson). */
  const DERIVED_HOTSPOT = ['akacieparken', 'aldersrogade', 'blaagaarden', 'mjoelnerparken'];
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
  ])
    it(`keeps off the clicked marker, inside the map, and marks derived values at ${size.width}×${size.height}`, async () => {
      // Step 6 at 1024×768 has a five-area group marker in the middle, where the whole card fits nowhere beside it.
      const { page } = await openApp('?praesentation=1&trin=6', size, 'loading');
      await waitStage(page, 6);
      const ringsNow = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('[data-area-ring]')].map(
            (el) => el.dataset.areaRing ?? '',
          ),
        );
      const step6 = await ringsNow();
      await page.locator('.story').focus();
      await page.keyboard.press('PageDown');
      await waitStage(page, 7);
      const groups = await ringsNow();
      expect(groups.length).toBeGreaterThan(2);
      const card = page.locator('.stage-facts');
      for (const [n, ids] of [...step6.map((g) => [6, g] as const), ...groups.map((g) => [7, g] as const)]) {
        if (n === 6 && (await count(page)) !== `6/${total}`) {
          await page.keyboard.press('PageUp');
          await waitStage(page, 6);
        }
        if (n === 7 && (await count(page)) !== `7/${total}`) {
          await page.keyboard.press('PageDown');
          await waitStage(page, 7);
        }
        await page.locator(`[data-area-ring="${ids}"]`).click();
        await card.waitFor();
        const seen = await page.evaluate((ids) => {
          const box = (el: Element | null) => {
            const r = el?.getBoundingClientRect();
            return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
          };
          const el = document.querySelector<HTMLElement>('.stage-facts');
          const map = document.getElementById('map')?.getBoundingClientRect();
          const sizes = [...(el?.querySelectorAll('th, td, p, button') ?? [])]
            .filter((c) => c.textContent?.trim())
            .map((c) => Number.parseFloat(getComputedStyle(c).fontSize));
          return {
            card: box(el),
            ring: box(document.querySelector(`[data-area-ring="${ids}"]`)),
            label: box(document.querySelector(`[data-area-label="${ids}"]`)),
            map: map
              ? { x: map.x, y: map.y, width: map.width, height: Math.min(map.bottom, innerHeight) - map.y }
              : null,
            // Cut sideways, or cut at the bottom without the card being one made shorter to scroll (below).
            clipped: el ? el.scrollWidth > el.clientWidth + 1 : true,
            scrolls: el ? el.scrollHeight > el.clientHeight + 1 : false,
            shortened: el?.style.maxHeight !== '',
            close: box(el?.querySelector('.stage-facts__close') ?? null),
            smallest: Math.min(...sizes),
            text: el?.innerText ?? '',
          };
        }, ids);
        const where = `step ${n}: card of ${ids}`;
        const { card: c, ring, label, map } = seen;
        if (!c || !ring || !map) throw new Error(`${where}: card, ring or map missing`);
        const apart = (a: Box, b: Box) =>
          a.x + a.width <= b.x + 0.5 ||
          b.x + b.width <= a.x + 0.5 ||
          a.y + a.height <= b.y + 0.5 ||
          b.y + b.height <= a.y + 0.5;
        expect(apart(c, ring), `${where} covers its ring`).toBe(true);
        // (A name the stage left out for want of room has no label.)
        if (label) expect(apart(c, label), `${where} covers its label`).toBe(true);
        expect(c.x, `${where} left of the map`).toBeGreaterThanOrEqual(map.x - 0.5);
        expect(c.y, `${where} above the map`).toBeGreaterThanOrEqual(map.y - 0.5);
        expect(c.x + c.width, `${where} right of the map`).toBeLessThanOrEqual(map.x + map.width + 0.5);
        expect(c.y + c.height, `${where} below the map`).toBeLessThanOrEqual(map.y + map.height + 0.5);
        expect(seen.clipped, `${where} clips its values`).toBe(false);
        // Only a card that fits nowhere whole beside its marker is shorter: its rows scroll inside, its close
        // button stays in sight, and it is still at least 160 px tall.
        expect(seen.scrolls, `${where} scrolls though it was not shortened`).toBe(seen.shortened);
        if (seen.scrolls) {
          expect(c.height, `${where} height`).toBeGreaterThanOrEqual(160);
          const close = seen.close;
          expect(
            close && close.y >= c.y && close.y + close.height <= c.y + c.height + 0.5,
            `${where}: Luk in sight`,
          ).toBe(true);
        }
        expect(seen.smallest, `${where}: smallest text`).toBeGreaterThanOrEqual(24);
        // A Hotspot value derived from the 2023 zones says so, with the desk dialog's source words.
        const derived = ids.split(' ').some((id) => DERIVED_HOTSPOT.includes(id));
        expect(seen.text.includes('ja*'), `${where}: "ja*"`).toBe(derived);
        if (derived) {
          expect(seen.text).toContain('* Hotspot afledt: ');
          expect(seen.text).toContain("KK's afgrænsning fra 2023 som stedfortræder; afledt geografisk");
        }
        await page.keyboard.press('Escape');
        expect(await card.count()).toBe(0);
      }
      // The next PageDown closes an open card and goes on.
      await page.locator(`[data-area-ring="${groups[0]}"]`).click();
      await card.waitFor();
      await page.keyboard.press('PageDown');
      expect(await card.count()).toBe(0);
      expect(await count(page)).toBe(`8/${total}`);
      await page.close();
    }, 180_000);

  it('says "derived" in English', async () => {
    const { page } = await openApp(
      '?praesentation=1&trin=7&lang=en',
      { width: 1280, height: 720 },
      'loading',
    );
    await waitStage(page, 7);
    await page.locator('[data-area-ring~="akacieparken"]').click();
    const text = await page.locator('.stage-facts').innerText();
    expect(text).toContain('yes*');
    expect(text).toContain('Hotspot derived: Akacieparken in the zone');
    expect(text).toContain("KK's 2023 delineation as a stand-in; derived from geography");
    await page.close();
  }, 120_000);
});

describe('"Talerens visning"', () => {
  it('opens a second window that follows the stage and moves it, over one BroadcastChannel', async () => {
    const { page } = await openApp('?praesentation=1&trin=1', { width: 1024, height: 768 }, 'loading');
    await waitStage(page, 1);
    const [speaker] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Talerens visning (andet vindue)' }).click(),
    ]);
    await speaker.waitForFunction(() => document.body?.dataset.step === '1', null, { timeout: 30_000 });
    const text = await speaker.locator('body').innerText();
    expect(text).toContain(story[0]?.titel.da);
    expect(text).toContain(story[0]?.noter.da);
    expect(text).toContain(story[1]?.titel.da);
    expect(text).toMatch(/Tid på trinnet: 0:0\d/);
    expect(text).toMatch(/Klokken: \d\d[.:]\d\d[.:]\d\d/);
    await speaker.keyboard.press('PageDown');
    await page.waitForFunction(
      (t) => document.querySelector('.story__count')?.textContent === `2/${t}`,
      total,
    );
    await speaker.waitForFunction(() => document.body?.dataset.step === '2');
    await page.keyboard.press('ArrowRight');
    await speaker.waitForFunction(() => document.body?.dataset.step === '3');
    expect(await speaker.locator('.presenter__notes').innerText()).toBe((story[2]?.noter.da ?? '').trim());
    await speaker.close();
    await page.close();
  }, 120_000);
});
