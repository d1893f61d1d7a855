import { afterAll, describe, expect, inject, it } from 'vitest';
import { BASE } from '../../src/style/palette';
import { goodRaw, goodTexts } from '../fixtures/dataFiles';
import { axeViolations } from './a11y';
import {
  closeBrowser,
  cspViolations,
  getBrowser,
  headerAction,
  KNOWN_PLACES,
  near,
  openApp,
  pixel,
  project,
  rgb,
  screenshotPixels,
  settled,
  watchPage,
} from './harness';

afterAll(closeBrowser);

describe('Content-Security-Policy', () => {
  it('is strict in the built page: no unsafe-inline or unsafe-eval, own origin only', async () => {
    const { page } = await openApp();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    await page.close();
  });

  it('is not violated by loading, selecting, gap mode, presentation or PNG export', async () => {
    const { page, errors } = await openApp();
    await page.locator('.area-list [data-area="mjoelnerparken"]').click();
    await page.keyboard.press('Escape');
    await page.getByRole('checkbox', { name: 'Jobcentre' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByRole('button', { name: 'Gem som PNG' }).click(),
    ]);
    expect(await download.path()).toBeTruthy();
    await page.getByRole('button', { name: 'Præsentation' }).click();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.locator('.story__count').innerText())
      .toBe(`2/${(goodRaw().story as { trin: unknown[] }).trin.length}`);
    await settled(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('accessibility audit (axe-core, WCAG 2.1 AA)', () => {
  const states: [string, string, ((p: import('playwright-core').Page) => Promise<void>) | null][] = [
    ['the first view', '', null],
    ['an open popover', '', async (p) => p.locator('.area-list [data-area="hoergaarden"]').click()],
    ['the table', '', async (p) => p.locator('table.coverage').scrollIntoViewIfNeeded()],
    ['gap mode', '?huller=jobcentre', null],
    [
      'the "Om kortet" panel',
      '',
      async (p) => (await headerAction(p, p.getByRole('button', { name: 'Om kortet' }))).click(),
    ],
  ];
  for (const [name, path, act] of states) {
    it(`finds no violations in ${name}`, async () => {
      const { page } = await openApp(path, { width: 1280, height: 800 }, 'idle', { bypassCSP: true });
      if (act) await act(page);
      await settled(page);
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      await page.close();
    });
  }
});

describe('hostile names', () => {
  it('shows markup in a name as literal text in the list, table, map label and dialog', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">Mjølner';
    const areas = JSON.parse(goodTexts().areas);
    const f = areas.features.find(
      (x: { properties: { id: string } }) => x.properties.id === 'mjoelnerparken',
    );
    f.properties.navn = hostile;
    const page = await (await getBrowser()).newPage({ viewport: { width: 1280, height: 800 } });
    watchPage(page);
    await page.route('**/data/case/areas.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(areas) }),
    );
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => document.body?.dataset.mapState === 'idle');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('table.coverage button[data-area="mjoelnerparken"]').innerText()).toBe(hostile);
    expect(await page.locator('[data-marker="mjoelnerparken"] .area-marker__label').innerText()).toContain(
      hostile,
    );
    await page.locator('.area-list [data-area="mjoelnerparken"]').click();
    expect(await page.locator('#area-dialog-title').innerText()).toBe(hostile);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    await page.close();
  });
});

describe('WebGL context loss', () => {
  it('draws the map again after WEBGL_lose_context and restore (sea and park pixels), and the areas still open', async () => {
    const { page } = await openApp();
    const places = { sea: BASE.water, park: BASE.park } as const;
    const at = {
      sea: await project(page, KNOWN_PLACES.sea),
      park: await project(page, KNOWN_PLACES.park),
    };
    await page.evaluate(async () => {
      const map = (
        window as unknown as {
          indsatskort: {
            map: {
              getCanvas(): HTMLCanvasElement;
              once(e: string): Promise<unknown>;
              triggerRepaint(): void;
            };
          };
        }
      ).indsatskort.map;
      const ext = map.getCanvas().getContext('webgl2')?.getExtension('WEBGL_lose_context');
      if (!ext) throw new Error('no WEBGL_lose_context');
      const lost = map.once('webglcontextlost');
      ext.loseContext();
      await lost;
      // Restoring is allowed only once the 'webglcontextlost' dispatch has finished: the next task.
      await new Promise((r) => setTimeout(r));
      const restored = map.once('webglcontextrestored');
      ext.restoreContext();
      await restored;
    });
    await settled(page);
    const png = await screenshotPixels(page);
    for (const place of ['sea', 'park'] as const) {
      const got = pixel(png, at[place].x, at[place].y);
      expect(near(got, rgb(places[place])), `${place} after restore is ${got}, not ${places[place]}`).toBe(
        true,
      );
    }
    await page.locator('.area-list [data-area="blaagaarden"]').click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Blågården' }).isVisible()).toBe(true);
    await page.close();
  });
});

describe('keyboard-only use', () => {
  it('reaches every control with Tab, each with a visible focus outline', async () => {
    const { page } = await openApp('', { width: 1280, height: 800 });
    const seen = new Set<string>();
    const unmarked: string[] = [];
    for (let i = 0; i < 70; i++) {
      await page.keyboard.press('Tab');
      const info = (await page.evaluate(`(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const key = el.id || el.getAttribute('data-area') || el.getAttribute('data-type') || el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30);
        return { key, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
      })()`)) as { key: string; outline: boolean } | null;
      if (!info) continue;
      seen.add(info.key);
      if (!info.outline) unmarked.push(info.key);
      // Below 1500 px most header actions wait in the Menu: a keyboard user opens it with Enter and tabs on.
      if (
        info.key === 'menu-button' &&
        (await page.locator('#menu-button').getAttribute('aria-expanded')) === 'false'
      )
        await page.keyboard.press('Enter');
    }
    for (const id of [
      'presentation-button',
      'export-button',
      'print-button',
      'lang-switch',
      'download-button',
      'copy-link-button',
      'outline-button',
      'case-button',
      'about-button',
      'menu-button',
      'area-search',
    ]) {
      expect(seen, id).toContain(id);
    }
    expect(
      [...seen].filter((k) => k.startsWith('Akacieparken') || k === 'nv_arbejdsmarked').length,
    ).toBeGreaterThan(0);
    expect(seen).toContain('Zoom ind');
    expect(unmarked).toEqual([]);
    await page.close();
  });
});
