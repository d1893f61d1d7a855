import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataDir } from '../../geo/check-data';
import { DATA_FILES, type DataFileKey } from '../../src/data/types';
import { goodTexts } from '../fixtures/dataFiles';
import { closeBrowser, openApp, pixel, project, screenshotPixels } from './harness';

afterAll(closeBrowser);

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'outlines');

/** Waits until the outline import has finished (matched something, or nothing). */
const waitImported = (page: Page) =>
  page.waitForFunction(() => ['done', 'none'].includes(document.body?.dataset.outlines ?? ''), null, {
    timeout: 30_000,
  });

/** Number of rendered features of the file-outline layer, once the map is idle again. */
async function renderedOutlines(page: Page): Promise<number> {
  await page.waitForFunction(() => document.body?.dataset.mapState === 'idle');
  return page.evaluate(() => {
    const map = (
      window as unknown as {
        indsatskort: { map: { queryRenderedFeatures(o: object): { properties: { id: string } }[] } };
      }
    ).indsatskort.map;
    return new Set(map.queryRenderedFeatures({ layers: ['outline-file-line'] }).map((f) => f.properties.id))
      .size;
  });
}

describe('bring your own outlines', () => {
  it('loads a file from the button: draws the matched outlines, lists the unmatched one, saves a valid areas.geojson', async () => {
    const { page } = await openApp('', { width: 1280, height: 800 });
    expect(await renderedOutlines(page)).toBe(0);
    await page.locator('#outline-file').setInputFiles(join(FIXTURES, 'omraader.geojson'));
    await waitImported(page);
    const dialog = page.getByRole('dialog', { name: /Afgrænsninger fra fil: omraader\.geojson/ });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('li[data-area]').count()).toBe(5);
    expect(await dialog.locator('.outline-import__unmatched li').innerText()).toContain('Ukendt Boligområde');
    const sjaeloer = await dialog.locator('li[data-area="sjaeloer_boulevard"]').innerText();
    expect(sjaeloer).toMatch(/Valby \(største overlap, 8\d\s%/);
    expect(sjaeloer).toContain('afledt geografisk');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Gem som areas.geojson' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('areas.geojson');
    const saved = readFileSync((await download.path()) ?? '', 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'outline-dl-'));
    const texts = { ...goodTexts(), areas: saved };
    for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
      mkdirSync(dirname(join(dir, DATA_FILES[key])), { recursive: true });
      writeFileSync(join(dir, DATA_FILES[key]), texts[key]);
    }
    expect(checkDataDir(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
    expect(
      JSON.parse(saved).features.filter((f: { geometry: { type: string } }) => f.geometry.type !== 'Point'),
    ).toHaveLength(5);

    await dialog.getByRole('button', { name: 'Luk' }).click();
    // All five matched outlines are drawn in the overview.
    expect(await renderedOutlines(page)).toBe(5);
    // Zoom to Hørgården's outline and find its dark line on screen, beside the area's ring.
    const hoer = JSON.parse(readFileSync(join(FIXTURES, 'omraader.geojson'), 'utf8')).features[0].geometry
      .coordinates[0] as [number, number][];
    await page.evaluate((ring) => {
      const map = (window as unknown as { indsatskort: { map: { fitBounds(b: unknown, o: object): void } } })
        .indsatskort.map;
      map.fitBounds([ring[0], ring[2]], { padding: 120, animate: false });
    }, hoer);
    expect(await renderedOutlines(page)).toBeGreaterThan(0);
    const west = hoer[0] as [number, number];
    const westMid = await project(page, [west[0], (west[1] + (hoer[3]?.[1] ?? west[1])) / 2]);
    const png = await screenshotPixels(page);
    const dark = [-2, -1, 0, 1, 2].some((dx) => pixel(png, westMid.x + dx, westMid.y).every((c) => c < 70));
    expect(dark, `outline pixel near ${westMid.x},${westMid.y}`).toBe(true);
    await page.close();
  });

  it('takes a file dropped on the map and lists every problem of an invalid ring by feature and path', async () => {
    const { page, requests, baseUrl } = await openApp('', { width: 1280, height: 800 });
    const text = readFileSync(join(FIXTURES, 'ugyldig-ring.geojson'), 'utf8');
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'ugyldig-ring.geojson', { type: 'application/geo+json' }));
      const target = document.getElementById('map-wrap');
      target?.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      target?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await waitImported(page);
    const dialog = page.getByRole('dialog', { name: /ugyldig-ring\.geojson/ });
    const problems = await dialog.locator('.outline-import__problems li').allInnerTexts();
    expect(problems).toEqual([
      expect.stringMatching(/^feature 0: features\.0\.geometry\.coordinates\.0\b.*four or more positions/),
      expect.stringMatching(
        /^feature 0: features\.0\.geometry\.coordinates\.0\.0\b.*First and last positions/,
      ),
      expect.stringMatching(
        /^feature 0: features\.0\.geometry\.coordinates\.0\.2\b.*First and last positions/,
      ),
    ]);
    expect(await dialog.locator('.outline-import__unmatched li').innerText()).toContain('Lundtoftegade');
    expect(await dialog.locator('li[data-area]').count()).toBe(1);
    // The valid feature (Akacieparken) is drawn; the invalid one is not.
    expect(await renderedOutlines(page)).toBe(1);
    // Nothing is uploaded: every request stays on the app's own origin.
    expect(requests.filter((u) => !u.startsWith(baseUrl) && !/^(data|blob):/.test(u))).toEqual([]);
    await page.close();
  });

  it('writes "håndplaceret" along the circle of a hand-placed area, and not around a block-centroid one', async () => {
    const labelled = async (query: string) => {
      const { page } = await openApp(query, { width: 1280, height: 800 });
      const ids = await page.evaluate(() => {
        const map = (
          window as unknown as {
            indsatskort: { map: { queryRenderedFeatures(o: object): { properties: { id: string } }[] } };
          }
        ).indsatskort.map;
        return [
          ...new Set(
            map.queryRenderedFeatures({ layers: ['area-handplaced-label'] }).map((f) => f.properties.id),
          ),
        ];
      });
      await page.close();
      return ids;
    };
    expect(await labelled('?kort=12.5,55.6685,15')).toEqual(['akacieparken']);
    expect(await labelled('?kort=12.545,55.70,15')).toEqual([]);
  });
});
