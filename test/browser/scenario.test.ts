import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from './harness';
import { intersects } from './layout';

afterAll(closeBrowser);

const jobCount = (page: Page) => page.locator('.legend [data-type="jobcentre"] .legend__count').innerText();
const proposedSegments = (page: Page) =>
  page.locator('.area-marker[data-marker="bispeparken"] .ring__seg--proposed[data-type="jobcentre"]').count();

/** Clicks a download button and returns the file's suggested name and bytes. */
async function save(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  return { name: dl.suggestedFilename(), bytes: await readFile(await dl.path()) };
}
const pngHeight = async (page: Page) =>
  PNG.sync.read((await save(page, () => page.getByRole('button', { name: 'Gem som PNG' }).click())).bytes)
    .height;
async function coverageFile(page: Page) {
  if ((await page.locator('#download-button').getAttribute('aria-expanded')) !== 'true')
    await page.getByRole('button', { name: 'Hent data' }).click();
  const file = await save(page, () => page.locator('[data-file="coverage"]').click());
  return { name: file.name, text: file.bytes.toString('utf8') };
}

describe('Hvad nu hvis (scenario)', () => {
  it('adds a proposal: counts, gap, table, ring, permalink, files and picture change; removing restores all', {
    timeout: 300_000,
  }, async () => {
    const { page, errors } = await openApp('?huller=jobcentre');
    const plainHeight = await pngHeight(page);
    expect(await jobCount(page)).toBe('4 af 10');
    await page.getByLabel('Indsats', { exact: true }).selectOption('jobcentre');
    await page.getByLabel('Område', { exact: true }).selectOption('bispeparken');
    await page.getByRole('button', { name: 'Tilføj forslag' }).click();

    await expect.poll(() => jobCount(page)).toBe('4 af 10 + 1 forslag');
    expect(await page.locator('.legend__proposed').innerText()).toContain('forslag');
    const summary = await page.locator('.gap__summary').innerText();
    expect(summary).toMatch(/^5 af 10 områder er ikke omfattet af jobcentre/);
    expect(summary).not.toMatch(/jobcentre: [^.]*Bispeparken/);
    expect(summary).toContain('Forslag, ikke besluttet: jobcentre i Bispeparken.');
    const cell = page.locator('tr[data-area="bispeparken"] td[data-type="jobcentre"]');
    expect(await cell.textContent()).toContain('Nej – forslag');
    expect(await page.locator('tr[data-area="bispeparken"]').isHidden()).toBe(true);
    expect(await page.locator('table.coverage tfoot td[data-type="jobcentre"]').innerText()).toBe('0 af 5');
    expect(await proposedSegments(page)).toBe(1);
    expect(await page.locator('.scenario-banner').innerText()).toBe('Scenarie – ikke besluttet');
    const search = await page.evaluate(() => window.location.search);
    expect(decodeURIComponent(search)).toContain('forslag=jobcentre:bispeparken');

    const scenarioCsv = await coverageFile(page);
    expect(scenarioCsv.name).toBe('indsatskort-daekning-2011-40035-huller-scenarie.csv');
    expect(scenarioCsv.text).toContain('Scenarie – ikke besluttet. Forslag: jobcentre i Bispeparken.');
    // The picture gets the scenario line over its title (28 CSS px) and one more note line (the scenario's,
    // 20 CSS px) under the sources, at scale 2.
    expect(await pngHeight(page)).toBe(plainHeight + 2 * (28 + 20));
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    const { PDFParse } = await import('pdf-parse');
    const text = (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text.replace(/\s+/g, ' ');
    expect(text).toContain('Scenarie – ikke besluttet');
    expect(text).toContain('Forslag: jobcentre i Bispeparken');

    await page.getByRole('button', { name: 'Fjern forslag: Jobcentre i Bispeparken' }).click();
    await expect.poll(() => jobCount(page)).toBe('4 af 10');
    // The last proposal's Fjern is gone with it: focus goes to Tilføj forslag, not to the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tilføj forslag');
    expect(await page.locator('.gap__summary').innerText()).toMatch(/^6 af 10 .*Bispeparken/);
    expect(await cell.textContent()).toBe('– Nej');
    expect(await page.locator('tr[data-area="bispeparken"]').isVisible()).toBe(true);
    expect(await proposedSegments(page)).toBe(0);
    expect(await page.locator('.scenario-banner').isHidden()).toBe(true);
    expect(await page.evaluate(() => window.location.search)).not.toContain('forslag');
    expect((await coverageFile(page)).name).toBe('indsatskort-daekning-2011-40035-huller.csv');
    expect(await pngHeight(page)).toBe(plainHeight);
    expect(errors).toEqual([]);
    await page.close();

    const again = await openApp(search);
    expect(await jobCount(again.page)).toBe('4 af 10 + 1 forslag');
    expect(await again.page.locator('.scenario__list li').innerText()).toContain(
      'Jobcentre i Bispeparken (forslag)',
    );
    expect(await proposedSegments(again.page)).toBe(1);
    await again.page.close();
  });

  it('on a phone: brings the map and its banner back after a proposal; a proposal on a dimmed ring keeps full strength', {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await openApp('?huller=jobcentre', { width: 390, height: 844 }, 'idle', {
      touch: true,
      reducedMotion: true,
    });
    await page.locator('#sidebar button[aria-expanded]').first().tap();
    // Gap mode's result is in the panel, the map scrolled away above it: the button brings the map back.
    const mapTop = () =>
      page.evaluate(() => document.getElementById('map-wrap')?.getBoundingClientRect().top);
    await page.getByRole('button', { name: 'Vis hullerne på kortet' }).scrollIntoViewIfNeeded();
    expect(await mapTop(), 'map scrolled away').toBeLessThan(-100);
    await page.getByRole('button', { name: 'Vis hullerne på kortet' }).tap();
    await expect
      .poll(async () => Math.abs((await mapTop()) ?? 999), { message: 'map in view' })
      .toBeLessThan(2);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('CANVAS');
    // Aldersrogade has a jobcentre, so gap mode dims it; SV profilinstitutioner is proposed there.
    await page.getByLabel('Indsats', { exact: true }).selectOption('sv_profilinstitutioner');
    await page.getByLabel('Område', { exact: true }).selectOption('aldersrogade');
    await page.getByRole('button', { name: 'Tilføj forslag' }).tap();
    const banner = page.locator('.scenario-banner');
    await expect.poll(() => banner.isVisible()).toBe(true);
    const inView = async () => {
      const box = await banner.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 844;
    };
    expect(await inView(), 'the panel scrolled the banner away').toBe(false);
    await page.getByRole('button', { name: 'Vis scenariet på kortet' }).tap();
    await expect.poll(inView, { message: 'banner in view' }).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('scenario-banner');
    // One line, covering no area's ring.
    const under = await banner.evaluate((b) => {
      const r = b.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('#map [data-marker]')]
        .filter((m) => {
          const s = (m.querySelector('.area-marker__ring svg') as Element).getBoundingClientRect();
          return s.left < r.right && r.left < s.right && s.top < r.bottom && r.top < s.bottom;
        })
        .map((m) => m.dataset.marker);
    });
    expect(under, 'rings under the banner').toEqual([]);
    expect((await banner.boundingBox())?.height).toBeLessThan(36);
    // Opacity as a person sees it: the product of the element's and its ancestors' opacities.
    const seen = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        let o = 1;
        for (let e: Element | null = el; e && !e.matches('.area-marker'); e = e.parentElement)
          o *= Number(getComputedStyle(e).opacity);
        return o;
      });
    const ring = '.area-marker[data-marker="aldersrogade"] .ring';
    expect(await page.locator('.area-marker[data-marker="aldersrogade"]').getAttribute('class')).toContain(
      'area-marker--dim',
    );
    expect(await seen(`${ring} .ring__seg--proposed`), 'proposed segment').toBe(1);
    expect(await seen(`${ring} .ring__letter--proposed`), 'proposed letter').toBe(1);
    expect(await seen(`${ring} .ring__seg--on[data-type="jobcentre"]`), 'decided segment').toBeLessThan(0.5);
    expect(
      await seen('.area-marker[data-marker="aldersrogade"] .area-marker__label'),
      'dimmed name',
    ).toBeLessThan(0.5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names a proposal in its area’s dialog, and no longer once it is removed', {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await openApp('?forslag=jobcentre:bispeparken&omraade=bispeparken');
    const gaps = page.locator('.area-dialog .not-covered');
    await expect.poll(() => gaps.innerText()).toContain('Jobcentre (foreslået, ikke besluttet)');
    await page.getByRole('button', { name: 'Fjern forslag: Jobcentre i Bispeparken' }).click();
    await expect.poll(() => gaps.innerText()).not.toContain('foreslået');
    expect(await gaps.innerText()).toContain('Jobcentre');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the banner off the open dialog, and no text shows under the dialog’s Luk', {
    timeout: 180_000,
  }, async () => {
    for (const size of [
      { width: 1024, height: 768 },
      { width: 768, height: 1024 },
      { width: 1366, height: 768 },
    ]) {
      const { page } = await openApp('?forslag=jobcentre:bispeparken&omraade=bispeparken', size);
      const box = (sel: string) =>
        page.locator(sel).evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
      const [banner, dialog] = [await box('.scenario-banner'), await box('.area-dialog')];
      expect(intersects(banner, dialog), `${size.width}: banner over the dialog`).toBe(false);
      // Scrolled half-way, the strip between Luk's foot and the dialog's inner edge is plain paper.
      const strip = await page.locator('.area-dialog').evaluate((el) => {
        el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
        const close = (el.querySelector('.area-dialog__close') as HTMLElement).getBoundingClientRect();
        const inner = el.getBoundingClientRect();
        const border = Number.parseFloat(getComputedStyle(el).borderBottomWidth);
        return {
          x: close.left,
          y: close.bottom + 1,
          width: close.width,
          height: inner.bottom - border - close.bottom - 1,
        };
      });
      expect(strip.height, `${size.width}: padding under Luk`).toBeGreaterThan(2);
      const png = PNG.sync.read(await page.screenshot({ clip: strip }));
      let ink = 0;
      for (let i = 0; i < png.data.length; i += 4)
        if ((png.data[i] ?? 0) + (png.data[i + 1] ?? 0) + (png.data[i + 2] ?? 0) < 600) ink++;
      expect(ink, `${size.width}: dark pixels under Luk`).toBe(0);
      await page.close();
    }
  });

  it('ignores unknown proposals in the address with the one notice', { timeout: 180_000 }, async () => {
    const { page } = await openApp('?forslag=jobcentre:christiania,bogus:bispeparken,jobcentre:bispeparken');
    expect(await page.locator('#notice').innerText()).toContain(
      'forslag=jobcentre:christiania, forslag=bogus:bispeparken',
    );
    expect(await page.locator('#notice').count()).toBe(1);
    expect(await jobCount(page)).toBe('4 af 10 + 1 forslag');
    await page.close();
  });
});
