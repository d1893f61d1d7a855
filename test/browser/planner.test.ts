import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { goodRaw } from '../fixtures/dataFiles';
import { closeBrowser, openApp, pixel, project, screenshotPixels, settled } from './harness';

afterAll(closeBrowser);

const visibleRowIds = (page: import('playwright-core').Page) =>
  page
    .locator('table.coverage tbody tr:not([hidden])')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-area')));

describe('the coverage table', () => {
  it('has a "Dækning" caption, ten area rows and a cell per type saying Ja or Nej', async () => {
    const { page } = await openApp();
    expect(await page.locator('table.coverage caption').innerText()).toContain('Dækning');
    expect(await page.locator('table.coverage tbody tr').count()).toBe(10);
    const row = page.locator('table.coverage tbody tr[data-area="hoergaarden"]');
    expect(await row.locator('td[data-type="jobcentre"]').innerText()).toContain('Ja');
    expect(await row.locator('td[data-type="nv_arbejdsmarked"]').innerText()).toContain('Nej');
    expect(await page.locator('table.coverage tfoot').innerText()).toContain('6 af 10');
    await page.close();
  });

  it('opens the area’s dialog from a row and marks the row; a map click marks its row too', async () => {
    const { page } = await openApp();
    await page.locator('table.coverage button[data-area="bispeparken"]').click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Bispeparken' }).isVisible()).toBe(true);
    expect(await page.locator('tr[data-area="bispeparken"]').getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('Escape');
    // Escape gives focus back to the row button, which scrolls the table into view: go back up to the map.
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      (window as unknown as { indsatskort: { fitAll(animate: boolean): void } }).indsatskort.fitAll(false);
    });
    const hoer = await project(page, [12.595665, 55.6583]);
    await page.mouse.click(hoer.x, hoer.y);
    await expect
      .poll(() => page.locator('tr[data-area="hoergaarden"]').getAttribute('aria-current'))
      .toBe('true');
    await page.close();
  });

  it('sorts by number of initiative types, most first', async () => {
    const { page } = await openApp();
    await page.getByRole('button', { name: 'Antal indsatstyper' }).click();
    const first = await visibleRowIds(page);
    expect(first.slice(0, 2).sort()).toEqual(['aldersrogade', 'mjoelnerparken']);
    expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1);
    await page.close();
  });
});

describe('gap mode', () => {
  it('for jobcentre lists exactly the six areas without one, in the table, the sentence and on the map', async () => {
    const { page } = await openApp();
    await page.getByRole('checkbox', { name: 'Jobcentre' }).check();
    const expected = [
      'akacieparken',
      'bispeparken',
      'blaagaarden',
      'gadelandet_husumgaard',
      'lundtoftegade',
      'sjaeloer_boulevard',
    ];
    await expect.poll(async () => (await visibleRowIds(page)).sort()).toEqual(expected);
    expect(await page.locator('.gap__summary').innerText()).toMatch(
      /^6 af 10 områder er ikke omfattet af jobcentre: Akacieparken/,
    );
    const marked = await page
      .locator('.area-marker--gap')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.marker));
    expect(marked.sort()).toEqual(expected);
    expect(await page.locator('.area-marker--gap .area-marker__gap').first().innerText()).toContain(
      'ikke omfattet',
    );
    await page.close();
  });

  it('hatches exactly the jobcentre gaps in the WebGL map: the hatch layer and its pixels', async () => {
    const { page } = await openApp('', { width: 1024, height: 768 });
    await page.getByRole('checkbox', { name: 'Jobcentre' }).check();
    // An area without a jobcentre (Blågården, the smallest circle: 100 m) and one with one (Hørgården).
    for (const [id, hatched] of [
      ['blaagaarden', true],
      ['hoergaarden', false],
    ] as const) {
      const { hits, dark } = await hatchAt(page, id);
      expect(hits, `${id}: features of the hatch layer under its centre`).toEqual(hatched ? [id] : []);
      if (hatched) expect(dark, `${id}: share of hatch-dark pixels beside its ring`).toBeGreaterThan(0.1);
      else expect(dark, `${id}: share of hatch-dark pixels beside its ring`).toBeLessThan(0.02);
    }
    await page.close();
  });
});

const areaCentres = Object.fromEntries(
  (
    goodRaw().areas as {
      features: { properties: { id: string }; geometry: { coordinates: [number, number] } }[];
    }
  ).features.map((f) => [f.properties.id, f.geometry.coordinates]),
);

/**
 * Zooms to an area (zoom 16: its precision circle is ≥ 74 px across, the ring 48 px) and reports the hatch layer's
 * features under its centre and the share of dark pixels in a 20 px box inside the circle, left of the ring.
 */
async function hatchAt(page: Page, id: string): Promise<{ hits: string[]; dark: number }> {
  const centre = areaCentres[id];
  if (!centre) throw new Error(`no area ${id}`);
  await page.evaluate(
    (c) =>
      (window as unknown as { indsatskort: { map: { jumpTo(o: object): void } } }).indsatskort.map.jumpTo({
        center: c,
        zoom: 16,
      }),
    centre,
  );
  await settled(page);
  const hits = await page.evaluate((c) => {
    const map = (
      window as unknown as {
        indsatskort: {
          map: {
            project(l: [number, number]): { x: number; y: number };
            queryRenderedFeatures(
              p: object,
              o: object,
            ): { properties: { id: string }; state: { gap?: boolean } }[];
          };
        };
      }
    ).indsatskort.map;
    // The hatch layer draws every area, opaque only where the 'gap' feature-state is set.
    return map
      .queryRenderedFeatures(map.project(c), { layers: ['area-gap'] })
      .filter((f) => f.state.gap === true)
      .map((f) => f.properties.id);
  }, centre);
  const { x, y } = await project(page, centre);
  const png = await screenshotPixels(page);
  let dark = 0;
  let all = 0;
  for (let px = x - 64; px < x - 44; px++) {
    for (let py = y - 10; py < y + 10; py++) {
      const [r, g, b] = pixel(png, px, py);
      if (r + g + b < 360) dark++;
      all++;
    }
  }
  return { hits, dark: dark / all };
}

describe('search', () => {
  for (const q of ['hoergaarden', 'Horgarden', 'hørgården']) {
    it(`finds Hørgården from "${q}" and opens it with Enter`, async () => {
      const { page } = await openApp();
      const box = page.getByRole('searchbox', { name: 'Søg område' });
      await box.fill(q);
      const first = page.locator('.area-list li button').first();
      expect(await first.getAttribute('data-area')).toBe('hoergaarden');
      await box.press('Enter');
      await expect.poll(() => page.getByRole('dialog', { name: 'Hørgården' }).isVisible()).toBe(true);
      await page.close();
    });
  }
});

describe('permalink', () => {
  it('restores area, visible types and gap mode, and survives a round trip through the address', async () => {
    const { page } = await openApp('?omraade=hoergaarden&vis=nv_arbejdsmarked,jobcentre&huller=jobcentre');
    expect(await page.getByRole('dialog', { name: 'Hørgården' }).isVisible()).toBe(true);
    expect(await page.locator('.legend [data-type="jobcentre"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.legend [data-type="hotspot"]').getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByRole('checkbox', { name: 'Jobcentre' }).isChecked()).toBe(true);
    await page.locator('.legend [data-type="hotspot"]').click();
    await page.evaluate(() =>
      (window as unknown as { indsatskort: { map: { jumpTo(o: object): void } } }).indsatskort.map.jumpTo({
        center: [12.58, 55.66],
        zoom: 12.25,
      }),
    );
    await expect
      .poll(() =>
        page.evaluate(() => new URLSearchParams(window.location.search).get('kort')?.split(',').map(Number)),
      )
      .toEqual([12.58, 55.66, 12.25]);
    const search = await page.evaluate(() => window.location.search);
    expect(search).toContain('huller=jobcentre');
    expect(search).toContain('kort=');
    await page.close();

    const again = await openApp(search);
    expect(await again.page.getByRole('dialog', { name: 'Hørgården' }).isVisible()).toBe(true);
    expect(await again.page.locator('.legend [data-type="hotspot"]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(
      await again.page.locator('.legend [data-type="sv_profilinstitutioner"]').getAttribute('aria-pressed'),
    ).toBe('false');
    expect(await again.page.getByRole('checkbox', { name: 'Jobcentre' }).isChecked()).toBe(true);
    const camera = new URLSearchParams(search).get('kort')?.split(',').map(Number) ?? [];
    const zoom = await again.page.evaluate(() =>
      (window as unknown as { indsatskort: { map: { getZoom(): number } } }).indsatskort.map.getZoom(),
    );
    expect(camera).toEqual([12.58, 55.66, 12.25]);
    expect(zoom).toBeCloseTo(12.25, 2);
    // Opened by the address, the dialog had no opener: closed, it leaves focus on the map, not on the page's body.
    await again.page.locator('.area-dialog__close').click();
    expect(await again.page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS');
    await again.page.close();
  });

  it('ignores unknown values with one notice and still draws the map', async () => {
    const { page, errors } = await openApp('?omraade=christiania&vis=bogus&kort=999,1,1&lang=xx');
    const notice = page.locator('#notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain('omraade=christiania');
    expect(await page.locator('.area-marker').count()).toBe(10);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the budget picture', () => {
  it('draws both charts as figures with captions and text alternatives', async () => {
    const { page } = await openApp();
    const charts = page.locator('figure.budget-figure svg[role="img"]');
    expect(await charts.count()).toBe(2);
    expect(await charts.first().getAttribute('aria-label')).toContain('7,8 mio. kr.');
    expect(await charts.nth(1).getAttribute('aria-label')).toContain('660.000 kr.');
    expect(await page.locator('figure.budget-figure figcaption').count()).toBe(2);
    await page.close();
  });
});
