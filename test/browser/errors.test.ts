import { afterAll, describe, expect, inject, it } from 'vitest';
import { DATA_FILES, type DataFileKey } from '../../src/data/types';
import { applyBroken, BROKEN_CASES, fileOf } from '../fixtures/broken';
import { goodTexts } from '../fixtures/dataFiles';
import { closeBrowser, getBrowser, watchPage } from './harness';

afterAll(closeBrowser);

describe('broken data in the browser', () => {
  const good = goodTexts();
  for (const c of BROKEN_CASES) {
    it(`shows an alert naming ${fileOf(c)} for ${c.name}, and no map`, async () => {
      const texts = applyBroken(good, c);
      const page = await (await getBrowser()).newPage({ viewport: { width: 1280, height: 800 } });
      watchPage(page);
      const key = c.key as DataFileKey;
      await page.route(`**/data/${DATA_FILES[key]}`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: texts[key] }),
      );
      await page.goto(inject('baseUrl'));
      await page.waitForFunction(() => document.body?.dataset.mapState === 'error', null, {
        timeout: 20_000,
      });
      const alert = page.getByRole('alert');
      expect(await alert.isVisible()).toBe(true);
      const text = await alert.innerText();
      expect(text).toContain(fileOf(c));
      expect(text).toMatch(c.expect.message);
      expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
      await page.close();
    });
  }
});
