import { readFile } from 'node:fs/promises';
import { check } from '@placemarkio/check-geojson';
import { dsvFormat } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { INDSATS_TYPES } from '../../src/data/types';
import { isCovered } from '../../src/derive/coverage';
import { TYPE_LABELS } from '../../src/i18n/strings';
import { realData } from '../fixtures/dataset';
import { closeBrowser, openApp } from './harness';

afterAll(closeBrowser);

const { data, matrix, names } = realData();
const GAP = '?huller=nv_arbejdsmarked,jobcentre';
const GAP_LIST = 'NV arbejdsmarked eller jobcentre: Akacieparken, Blågården, Sjælør Boulevard';

async function pdfPages(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const { PDFParse } = await import('pdf-parse');
  return (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).pages.map((p) => p.text);
}

/** Clicks one of "Hent data"'s files and returns its suggested name and its text. */
async function download(page: Page, file: string): Promise<{ name: string; text: string }> {
  if ((await page.locator('#download-button').getAttribute('aria-expanded')) !== 'true')
    await page.getByRole('button', { name: 'Hent data' }).click();
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-file="${file}"]`).click(),
  ]);
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), 'utf8') };
}

describe('the gap, stated everywhere', () => {
  it('names initiatives and areas in the table caption and counts the footer over the rows shown', {
    timeout: 180_000,
  }, async () => {
    const { page } = await openApp(GAP);
    const caption = await page.locator('table.coverage caption').innerText();
    expect(caption).toContain(GAP_LIST);
    expect(caption).not.toContain('hvert af de 10');
    expect(await page.locator('table.coverage tbody tr:not([hidden])').count()).toBe(3);
    const foot = page.locator('table.coverage tfoot');
    expect(await foot.locator('td[data-type="nv_arbejdsmarked"]').innerText()).toBe('0 af 3');
    expect(await foot.locator('td[data-type="jobcentre"]').innerText()).toBe('0 af 3');
    expect(await foot.locator('td[data-type="flyttehjaelp"]').innerText()).toBe('3 af 3');
    expect(await foot.innerText()).not.toContain('af 10');
    expect(await foot.locator('th').innerText()).toContain('de 3 viste');
    // Leaving gap mode restores the plain caption and the counts over all ten.
    await page.getByRole('checkbox', { name: 'NV arbejdsmarked' }).uncheck();
    await page.getByRole('checkbox', { name: 'Jobcentre' }).uncheck();
    await expect.poll(() => page.locator('table.coverage caption').innerText()).toContain('hvert af de 10');
    expect(await foot.locator('td[data-type="jobcentre"]').innerText()).toBe('4 af 10');
    await page.close();
  });

  it('prints the gap sentence, the chosen initiatives, nearest help and the link', {
    timeout: 180_000,
  }, async () => {
    const { page } = await openApp(GAP, { width: 1280, height: 800 });
    const pages = (await pdfPages(page)).map((p) => p.replace(/\s+/g, ' '));
    const text = pages.join(' ');
    // The first page (map, gap, chosen initiatives) says where the nearest help is: on page 2, which has it.
    expect(pages[0]).toContain('Nærmeste hjælp for hvert område, der ikke er omfattet: side 2.');
    expect(pages[0]).not.toContain('Blågården – nærmeste');
    expect(pages[1]).toContain('Blågården – nærmeste område med NV arbejdsmarked');
    expect(text).toContain(GAP_LIST);
    expect(text).toContain('Valgte indsatser');
    expect(text).toContain('Styrket arbejdsmarkedsindsats i seks særligt udsatte boligområder');
    expect(text).toContain('Fremskudt beskæftigelsesindsats ved etablering af jobcentre');
    expect(text).toContain('Blågården – nærmeste område med NV arbejdsmarked: Lundtoftegade, 1,5 km');
    expect(text).toContain('Link til denne visning');
    expect(text.replace(/ /g, '')).toContain('huller=nv_arbejdsmarked%2Cjobcentre');
    await page.close();
  });
});

describe('Hent data', () => {
  it('gives the coverage as Danish-Excel CSV: BOM, ";", ten rows, æøå intact, Ja/Nej as the matrix', {
    timeout: 180_000,
  }, async () => {
    const { page } = await openApp(GAP);
    const { name, text } = await download(page, 'coverage');
    expect(name).toBe('indsatskort-daekning-2011-40035-huller.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = dsvFormat(';').parse(text.slice(1));
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r.område).sort()).toEqual(Object.values(names).sort());
    expect(text).toContain('Blågården');
    expect(text).toContain('Sjælør Boulevard');
    expect(text).toContain('Hørgården');
    for (const row of rows) {
      const id = row.område_id ?? '';
      for (const type of INDSATS_TYPES)
        expect(row[TYPE_LABELS.da[type].name]?.startsWith('Ja'), `${id} ${type}`).toBe(
          isCovered(matrix, id, type),
        );
      expect(row.sag).toBe('2011-40035');
      expect(row.kilde).toContain('BR-sag 2011-40035');
    }
    const gapCol = 'hul i sagen (uden forslag): ikke omfattet af NV arbejdsmarked eller jobcentre';
    expect(rows.filter((r) => r[gapCol] === 'Ja').map((r) => r.område)).toEqual([
      'Akacieparken',
      'Blågården',
      'Sjælør Boulevard',
    ]);
    // The other two files of a gap view say it too, in their names and in every row or area.
    const inis = await download(page, 'initiatives');
    expect(inis.name).toBe('indsatskort-indsatser-2011-40035-huller.csv');
    for (const row of dsvFormat(';').parse(inis.text.slice(1)))
      expect(row['huller (som i appen)']).toContain(GAP_LIST);
    const areas = await download(page, 'areas');
    expect(areas.name).toBe('indsatskort-omraader-2011-40035-huller.geojson');
    const fc = check(areas.text) as unknown as { features: { properties: Record<string, unknown> }[] };
    expect(new Set(fc.features.map((f) => f.properties.hul_indsatser))).toEqual(
      new Set(['NV arbejdsmarked eller jobcentre']),
    );
    await page.close();
  });

  it('gives the areas as valid GeoJSON and the initiatives as CSV, both with case number and source', {
    timeout: 180_000,
  }, async () => {
    const { page } = await openApp();
    const areas = await download(page, 'areas');
    expect(areas.name).toBe('indsatskort-omraader-2011-40035.geojson');
    const fc = check(areas.text) as unknown as {
      sag: string;
      features: { geometry: unknown; properties: Record<string, unknown> }[];
    };
    expect(fc.sag).toBe('2011-40035');
    expect(fc.features).toHaveLength(10);
    expect(fc.features.map((f) => f.geometry)).toEqual(data.areas.map((a) => a.geometry));
    expect(fc.features.map((f) => f.properties.navn)).toContain('Sjælør Boulevard');
    for (const f of fc.features)
      for (const type of INDSATS_TYPES)
        expect(String(f.properties[type]).startsWith('Ja')).toBe(
          isCovered(matrix, String(f.properties.id), type),
        );
    const inis = await download(page, 'initiatives');
    expect(inis.name).toBe('indsatskort-indsatser-2011-40035.csv');
    const rows = dsvFormat(';').parse(inis.text.slice(1));
    expect(rows.map((r) => r.navn)).toEqual(data.initiatives.map((i) => i.navn));
    expect(rows.map((r) => r.sagens_ordlyd)).toEqual(data.initiatives.map((i) => i.kilde));
    expect(rows.every((r) => r.kilde?.includes('BR-sag 2011-40035'))).toBe(true);
    await page.close();
  });
});

describe('Kopiér link', () => {
  it('puts the permalink on the clipboard, says so, and the link restores the view', {
    timeout: 180_000,
  }, async () => {
    const { page, baseUrl } = await openApp(`${GAP}&omraade=blaagaarden`);
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await page.getByRole('button', { name: 'Kopiér link' }).click();
    await expect.poll(() => page.locator('#copy-status').innerText()).toContain('kopieret');
    expect(await page.locator('#copy-status').getAttribute('role')).toBe('status');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.evaluate(() => window.location.href));
    expect(copied).toContain('huller=nv_arbejdsmarked%2Cjobcentre');
    await page.close();
    const again = await openApp(new URL(copied).search);
    expect(await again.page.getByRole('checkbox', { name: 'Jobcentre' }).isChecked()).toBe(true);
    expect(await again.page.getByRole('dialog', { name: 'Blågården' }).isVisible()).toBe(true);
    await again.page.close();
  });
});
