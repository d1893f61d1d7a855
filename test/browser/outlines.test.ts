import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataDir } from '../../geo/check-data';
import { DATA_FILES, type DataFileKey } from '../../src/data/types';
import { goodTexts } from '../fixtures/dataFiles';
import { closeBrowser, openApp, pixel, project, screenshotPixels, settled } from './harness';

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
    expect(sjaeloer).toMatch(/Valby \(største overlap vinder: 8\d\s%/);
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
    // The file was chosen through the Menu (closed since): focus goes back to the Menu button, not the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('menu-button');
    // All five matched outlines are drawn in the overview.
    expect(await renderedOutlines(page)).toBe(5);
    // At overview zoom the ring covers its outline, so each matched area's name says "fra fil" (visible, on screen).
    const basis = page.locator('.area-marker__basis:visible');
    const marked = await basis.evaluateAll((els) =>
      els.map((el) => `${el.closest<HTMLElement>('[data-marker]')?.dataset.marker}: ${el.textContent}`),
    );
    expect(marked.sort()).toEqual(
      [
        'akacieparken: håndplaceret',
        'blaagaarden: fra fil',
        'hoergaarden: fra fil',
        'mjoelnerparken: fra fil',
        'sjaeloer_boulevard: fra fil',
        'tingbjerg_utterslevhuse: fra fil',
      ].sort(),
    );
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

  it('recomputes bydel and Hotspot from an outline moved into another bydel: dialog, table and legend follow, a reload restores', async () => {
    const { page } = await openApp('', { width: 1280, height: 800 });
    const tableRow = page.locator('.coverage tr[data-area="bispeparken"]');
    const hotspotCount = page.locator('.legend [data-type="hotspot"] .legend__count');
    const bydelCell = tableRow.locator('td').first();
    expect(await bydelCell.innerText()).toBe('Bispebjerg');
    expect(await tableRow.locator('td[data-type="hotspot"]').innerText()).toContain('Nej');
    expect(await hotspotCount.innerText()).toBe('0 af 10 + 4 afledt');

    // flyttet.geojson gives Bispeparken an outline inside bydel Nørrebro and the Ydre Nørrebro zone.
    await page.locator('#outline-file').setInputFiles(join(FIXTURES, 'flyttet.geojson'));
    await waitImported(page);
    const dialog = page.getByRole('dialog', { name: /flyttet\.geojson/ });
    const notes = await dialog.locator('.outline-import__note').allInnerTexts();
    expect(notes.join(' ')).toMatch(/gælder nu i kort, tabel, forklaring, huller/);
    expect(notes.join(' ')).toMatch(/intet er sendt eller gemt.*Genindlæs siden/);
    await dialog.getByRole('button', { name: 'Luk' }).click();

    // The table: new bydel marked as from the file, Hotspot "Ja (afledt)", the note above it.
    expect(await bydelCell.innerText()).toMatch(/^Nørrebro\s+fra fil: flyttet\.geojson$/);
    expect(await tableRow.locator('td[data-type="hotspot"]').innerText()).toContain('Ja (afledt)');
    expect(await page.locator('.coverage__outlines').innerText()).toContain('fil: flyttet.geojson');
    // The legend counts the new derived Hotspot area apart from the case's.
    expect(await hotspotCount.innerText()).toBe('0 af 10 + 5 afledt');
    // The area's dialog: bydel and distances "afledt geografisk, fra fil: …", Hotspot zone named.
    await page.locator('.area-list__button[data-area="bispeparken"]').click();
    const area = page.locator('.area-dialog');
    await expect.poll(() => area.isVisible()).toBe(true);
    expect(await area.locator('[data-fact="bydel"]').innerText()).toMatch(
      /^\(største overlap vinder: 100\s%\saf afgrænsningen ligger i bydelen; afledt geografisk, fra fil: flyttet\.geojson\)$/,
    );
    const facts = await area.locator('.area-facts').innerText();
    expect(facts).toMatch(/Bydel\s+Nørrebro/);
    expect(await area.locator('.area-from-file').innerText()).toContain('Hotspot-zone (Ydre Nørrebro)');
    expect(await area.locator('.initiative[data-type="hotspot"]').count()).toBe(1);
    // The map: the area's ring now stands on its outline (inside Ydre Nørrebro), with the outline drawn.
    await settled(page);
    expect(await renderedOutlines(page)).toBe(1);
    const dot = await page.evaluate(async () => {
      const map = (
        window as unknown as {
          indsatskort: {
            map: {
              querySourceFeatures(
                s: string,
              ): { properties: { id: string }; geometry: { coordinates: number[] } }[];
            };
          };
        }
      ).indsatskort.map;
      return map.querySourceFeatures('anchors').find((f) => f.properties.id === 'bispeparken')?.geometry
        .coordinates;
    });
    expect(dot?.[0]).toBeCloseTo(12.5445, 3);
    expect(dot?.[1]).toBeCloseTo(55.705, 3);
    // The ring (a DOM marker) stands there too, or is pushed aside with a leader line to it.
    const ring = await page.locator('.area-marker[data-marker="bispeparken"]').boundingBox();
    const centre = await project(page, [12.5445, 55.705]);
    const moved = await page.locator('.area-marker[data-marker="bispeparken"].area-marker--moved').count();
    if (ring && moved === 0) {
      expect(Math.abs(ring.x + ring.width / 2 - centre.x)).toBeLessThan(3);
      expect(Math.abs(ring.y + ring.height / 2 - centre.y)).toBeLessThan(3);
    }

    // Nothing was stored: a reload shows the committed data again.
    await page.reload();
    await page.waitForFunction(() => document.body?.dataset.mapState === 'idle', null, { timeout: 45_000 });
    expect(await bydelCell.innerText()).toBe('Bispebjerg');
    expect(await hotspotCount.innerText()).toBe('0 af 10 + 4 afledt');
    await page.close();
  });

  it('marks both hand-placed areas as such at the overview and at close zoom, and no other area', async () => {
    const HAND_PLACED = { akacieparken: [12.5, 55.6685], sjaeloer_boulevard: [12.525, 55.655] } as const;
    /** The "håndplaceret" lines under the markers' names that a person can see (box on the map, not covered). */
    const visibleMarks = (page: Page) =>
      page.evaluate(() => {
        const map = document.getElementById('map')?.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('.area-marker__basis')].flatMap((el) => {
          const r = el.getBoundingClientRect();
          const inside =
            map &&
            r.width > 0 &&
            r.height >= 10 &&
            r.left >= map.left &&
            r.right <= map.right &&
            r.bottom <= map.bottom;
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          const id = el.closest<HTMLElement>('.area-marker')?.dataset.marker ?? '';
          return inside && top && el.contains(top) && el.textContent === 'håndplaceret' ? [id] : [];
        });
      });
    const circleLabels = (page: Page) =>
      page.evaluate(() => {
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
    // The overview: both marked under their names (their circles are hidden under the rings at this zoom).
    // At 1920 × 1080, where the word along the circle showed and crossed the rings.
    const overview = await openApp('', { width: 1920, height: 1080 });
    expect((await visibleMarks(overview.page)).sort()).toEqual(['akacieparken', 'sjaeloer_boulevard']);
    // …and not along the circle, whose word crossed the rings there.
    expect(await circleLabels(overview.page)).toEqual([]);
    await overview.page.close();
    // Close in on each: the mark under the name and "håndplaceret" along the circle.
    for (const [id, [lon, lat]] of Object.entries(HAND_PLACED)) {
      const { page } = await openApp(`?kort=${lon},${lat},15`, { width: 1280, height: 800 });
      expect(await visibleMarks(page)).toEqual([id]);
      expect(await circleLabels(page)).toEqual([id]);
      await page.close();
    }
    // A block-centroid area close up: neither mark.
    const other = await openApp('?kort=12.545,55.70,15', { width: 1280, height: 800 });
    expect(await visibleMarks(other.page)).toEqual([]);
    expect(await circleLabels(other.page)).toEqual([]);
    await other.page.close();
  });
});
