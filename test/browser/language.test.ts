import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from './harness';
import { chartProblems } from './layout';

/**
 * Issue 10's walk in the English UI: the case's own Danish words (chart notes, the publishers' credit lines) are
 * marked `lang="da"`, so a screen reader reads them as Danish, and an amount on an axis carries its currency (a
 * bare "16m" read as metres). Place names are names in either language and are not counted.
 */
afterAll(closeBrowser);

/** Words that appear in Danish sentences and never in the English UI's own text. */
const DANISH_WORDS =
  /(^|[\s(])(og|af|i|til|med|fra|det|der|som|for at|udtræk|licens|mio\.|kr\.)(?=[\s,.;:)]|$)/;

describe('English UI', () => {
  it('marks Danish text as Danish and labels axis amounts with DKK', { timeout: 120_000 }, async () => {
    const { page, errors } = await openApp('?lang=en', { width: 1024, height: 768 }, 'idle');
    await page.locator('section.budget').waitFor();
    const found = await page.evaluate((source) => {
      const words = new RegExp(source);
      const unmarked: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        const text = n.textContent ?? '';
        if (!el?.checkVisibility() || !words.test(text)) continue;
        if (el.closest('[lang]')?.getAttribute('lang') !== 'da')
          unmarked.push(`${el.getAttribute('class')}: ${text.trim()}`);
      }
      const ticks = [...document.querySelectorAll('section.budget .tick text')].map(
        (t) => t.textContent ?? '',
      );
      return { unmarked, ticks };
    }, DANISH_WORDS.source);
    expect(found.unmarked).toEqual([]);
    expect(found.ticks.length).toBeGreaterThan(4);
    for (const tick of found.ticks) expect(tick).toMatch(/^DKK \d/);
    // The English amounts are longer than the Danish: no chart text overlaps another or a pointer tick.
    expect(await chartProblems(page)).toEqual([]);
    // The word along a hand-placed area's circle (from zoom 14) is the UI's, as is the line under its name.
    const circleWord = await page.evaluate(() =>
      (
        window as unknown as { indsatskort: { map: { getLayoutProperty(l: string, p: string): unknown } } }
      ).indsatskort.map.getLayoutProperty('area-handplaced-label', 'text-field'),
    );
    expect(circleWord).toBe('hand-placed');
    expect(errors).toEqual([]);
    await page.close();
  });
});
