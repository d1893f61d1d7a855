import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, pixel, screenshotPixels } from './harness';
import { waitMap, waitStage } from './stage';

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

describe('hand-outs from the stage', () => {
  it('exports what the audience sees: the stage rings in place, the step title and the gap line', async () => {
    const { page } = await openApp('?praesentation=1&trin=7', { width: 1024, height: 768 }, 'loading');
    await waitStage(page, 7, true);
    const shot = await screenshotPixels(page);
    const rings = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-area-ring]')].map((el) => {
        const r = el.getBoundingClientRect();
        const map = document.getElementById('map')?.getBoundingClientRect();
        return { x: r.x - (map?.x ?? 0), y: r.y - (map?.y ?? 0), r: r.width / 2, page: { x: r.x, y: r.y } };
      }),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gem som PNG' }).click(),
    ]);
    const png = PNG.sync.read(readFileSync(await download.path()));
    // Layout of src/ui/exportPng.ts at scale 2: 16 px margin; the header's height depends on how its lines wrap,
    // so the map's top is found in the picture: the first of 20 rows in a row that are map (neither the white
    // page nor dark text) in four columns at the map's left edge.
    const mapLike = (y: number) =>
      [19, 27, 35, 43].every((x) => {
        const [r, g, b] = pixel(png, x * 2, y);
        return Math.max(r, g, b) < 245 && Math.min(r, g, b) > 90;
      });
    let top = 0;
    while (top < png.height / 2 && !Array.from({ length: 20 }, (_, i) => mapLike(top + i)).every(Boolean))
      top++;
    const header = top / 2;
    expect(header, 'map top in the picture (CSS px)').toBeGreaterThan(60);
    let same = 0;
    let tried = 0;
    for (const ring of rings) {
      for (let a = 0; a < 12; a++) {
        const angle = (a / 12) * 2 * Math.PI;
        const d = ring.r * 0.8;
        const sx = ring.page.x + ring.r + Math.cos(angle) * d;
        const sy = ring.page.y + ring.r + Math.sin(angle) * d;
        if (sx < 0 || sy < 0 || sx >= shot.width || sy >= shot.height - 240) continue;
        const ex = (16 + ring.x + ring.r + Math.cos(angle) * d) * 2;
        const ey = (header + ring.y + ring.r + Math.sin(angle) * d) * 2;
        const p = pixel(shot, sx, sy);
        const e = pixel(png, ex, ey);
        tried++;
        if (Math.hypot(p[0] - e[0], p[1] - e[1], p[2] - e[2]) < 60) same++;
      }
    }
    expect(tried).toBeGreaterThan(30);
    expect(same / tried, `${same} of ${tried} ring samples alike`).toBeGreaterThan(0.8);
    // The gap line in words is drawn in dark red in the legend column.
    const mapWidth = await page.evaluate(() => document.getElementById('map')?.clientWidth ?? 0);
    let red = 0;
    for (let x = (16 + mapWidth + 16) * 2; x < png.width; x += 2)
      for (let y = (header + 250) * 2; y < (header + 360) * 2; y += 2) {
        const [r, g, b] = pixel(png, x, y);
        if (r > 70 && r < 120 && g < 30 && b < 40) red++;
      }
    expect(red, 'gap line pixels').toBeGreaterThan(50);
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
