import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from './harness';

/**
 * Issue 10, the third walkthrough: on the 1366×768 laptop (and 1920×1080) the coverage table fits its box with
 * no sideways scroll and no text sticking out of its cell; narrower, it scrolls with the area names kept in view.
 */
afterAll(closeBrowser);

describe('coverage table: fits a laptop, scrolls with sticky names below that', () => {
  for (const lang of ['da', 'en']) {
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      it(`${lang} ${size.width}×${size.height}: no sideways scroll, every text inside its cell`, async () => {
        const { page } = await openApp(lang === 'en' ? '?lang=en' : '', size, 'idle');
        const seen = await page.evaluate(() => {
          const box = document.querySelector('.coverage-scroll') as HTMLElement;
          const out: string[] = [];
          for (const cell of document.querySelectorAll<HTMLElement>('table.coverage th, table.coverage td')) {
            const r = cell.getBoundingClientRect();
            for (const el of [cell, ...cell.querySelectorAll<HTMLElement>('*')]) {
              const e = el.getBoundingClientRect();
              if (e.width === 0) continue;
              if (e.right > r.right + 0.5 || e.left < r.left - 0.5 || el.scrollWidth > el.clientWidth + 1)
                out.push(`"${(el.textContent ?? '').trim().slice(0, 30)}" sticks out`);
            }
          }
          return { overflow: box.scrollWidth - box.clientWidth, cut: out };
        });
        expect(seen.overflow, 'sideways scroll (px)').toBeLessThanOrEqual(0);
        expect(seen.cut).toEqual([]);
        if (process.env.SCREENSHOTS && lang === 'da')
          await page
            .locator('.coverage-scroll')
            .screenshot({ path: `test/screenshots/coverage-${size.width}.png` });
        await page.close();
      });
    }
  }

  it('da 1024×768: the table scrolls sideways and the area names stay at its left edge', async () => {
    const { page } = await openApp('', { width: 1024, height: 768 }, 'idle');
    const seen = await page.evaluate(() => {
      const box = document.querySelector('.coverage-scroll') as HTMLElement;
      box.scrollLeft = 200;
      const name = document.querySelector('table.coverage tbody th') as HTMLElement;
      return {
        overflow: box.scrollWidth - box.clientWidth,
        scrolled: box.scrollLeft,
        gap: name.getBoundingClientRect().left - box.getBoundingClientRect().left,
      };
    });
    expect(seen.overflow).toBeGreaterThan(0);
    expect(seen.scrolled).toBeGreaterThan(0);
    expect(Math.abs(seen.gap), 'name column at the left edge').toBeLessThanOrEqual(1);
    await page.close();
  });
});
