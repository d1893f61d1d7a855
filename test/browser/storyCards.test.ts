import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { goodRaw } from '../fixtures/dataFiles';
import { closeBrowser, openApp } from './harness';
import { SCREEN_SIZES } from './layout';

/**
 * Issue 10, the last walkthrough: on a phone the story's cards show each step's map picture with every text in it
 * (area labels, ring letters) at least 12 CSS px as rendered, no label or letter over another area's label or
 * ring, and every area the picture shows named in text on its card (Danish and English).
 */
afterAll(closeBrowser);

const PHONES = SCREEN_SIZES.filter((s) => s.width < 600);
const NAMES: Record<string, string> = Object.fromEntries(
  (goodRaw().areas as { features: { properties: { id: string; navn: string } }[] }).features.map((f) => [
    f.properties.id,
    f.properties.navn,
  ]),
);
/** Smallest rendered text in a card's picture, CSS px. */
const MIN_TEXT = 12;

/** Every problem in the cards' pictures, as "card N: what". */
function pictureProblems(page: Page, names: Record<string, string>, min: number): Promise<string[]> {
  return page.evaluate(
    ([names, min]) => {
      const meets = (a: DOMRect, b: DOMRect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      const out: string[] = [];
      for (const card of document.querySelectorAll<HTMLElement>('.story-card')) {
        const at = `card ${card.dataset.step}`;
        const svg = card.querySelector<SVGSVGElement>('.story-card__map svg.svg-map');
        if (!svg) {
          out.push(`${at}: no picture`);
          continue;
        }
        // Rendered size: the font size times the scale from the text's own units to the screen (viewBoxes, CSS).
        for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
          const m = t.getScreenCTM();
          const px = Number.parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 0);
          if (px < min - 0.05) out.push(`${at}: "${t.textContent}" ${px.toFixed(1)} px`);
        }
        const markers = [...svg.querySelectorAll<SVGGElement>('[data-marker]')];
        const texts = markers.flatMap((g) =>
          [...g.querySelectorAll('text')].map((el) => ({
            id: g.dataset.marker ?? '',
            what: `${g.dataset.marker} "${el.textContent}"`,
            box: el.getBoundingClientRect(),
          })),
        );
        const rings = markers.map((g) => ({
          id: g.dataset.marker ?? '',
          box: g.querySelector('svg.ring')?.getBoundingClientRect() ?? new DOMRect(),
        }));
        for (const [i, a] of texts.entries()) {
          for (const b of texts.slice(i + 1))
            if (a.id !== b.id && meets(a.box, b.box)) out.push(`${at}: ${a.what} × ${b.what}`);
          for (const r of rings)
            if (r.id !== a.id && meets(a.box, r.box)) out.push(`${at}: ${a.what} × ${r.id} ring`);
        }
        // Every area drawn is named on the card: by its label in the picture, or by its number there and the key.
        const key = new Map(
          [...card.querySelectorAll<HTMLElement>('.story-card__key [data-number]')].map((li) => [
            li.dataset.number ?? '',
            li.textContent ?? '',
          ]),
        );
        const shown = new Set<string>();
        for (const g of markers) {
          const id = g.dataset.marker ?? '';
          const label = g.querySelector('.svg-area__label')?.textContent ?? '';
          const name = names[id] ?? id;
          if (label === name) continue;
          const n = label.match(/^\d+/)?.[0] ?? '';
          shown.add(n);
          if (!n || !key.get(n)?.includes(name))
            out.push(`${at}: ${id} labelled "${label}", key says "${key.get(n)}"`);
          if (g.classList.contains('svg-area--gap') !== (key.get(n)?.includes('⊘') ?? false))
            out.push(`${at}: ${id} gap mark differs between picture and key`);
        }
        for (const n of key.keys()) if (!shown.has(n)) out.push(`${at}: key lists ${n}, not in the picture`);
      }
      return out;
    },
    [names, min] as const,
  );
}

describe("the phone story cards' pictures are readable", () => {
  for (const size of PHONES) {
    for (const lang of ['da', 'en'] as const) {
      it(`${size.width}×${size.height} (${lang}): every text ≥ ${MIN_TEXT} px, nothing over another area, every area named`, async () => {
        const { page, errors } = await openApp(lang === 'en' ? '?lang=en' : '', size, 'idle', {
          touch: true,
          reducedMotion: true,
        });
        await page.locator('#menu-button').tap();
        await page.locator('#presentation-button').tap();
        await page.waitForFunction(
          () => document.querySelector<HTMLElement>('.story-cards')?.dataset.ready === 'true',
        );
        expect(await page.locator('.story-card').count()).toBe(
          (goodRaw().story as { trin: unknown[] }).trin.length,
        );
        expect(await pictureProblems(page, NAMES, MIN_TEXT)).toEqual([]);
        if (process.env.SCREENSHOTS) {
          const cards = page.locator('.story-card');
          for (let i = 0; i < (await cards.count()); i++)
            await cards.nth(i).screenshot({ path: `.scratch/story-card-${size.width}-${lang}-${i + 1}.png` });
        }
        expect(errors).toEqual([]);
        await page.close();
      }, 120_000);
    }
  }
});
