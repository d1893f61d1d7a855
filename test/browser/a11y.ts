import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, injected into the page under test. */
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (WCAG 2.1 A/AA rules, plus `extraRules`) and returns its violations. */
export async function axeViolations(page: Page, extraRules: string[] = []): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (extra) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const rules = Object.fromEntries(extra.map((r) => [r, { enabled: true }]));
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice', ...extra],
      },
      rules,
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  }, extraRules);
}

/** The smallest computed font size (px) of any visible element that shows text of its own. */
export function smallestTextPx(page: Page): Promise<{ px: number; where: string }> {
  return page.evaluate(() => {
    let best = { px: Number.POSITIVE_INFINITY, where: '' };
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>('body *')) {
      const own = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!own) continue;
      const rects = el.getClientRects();
      if (rects.length === 0 || [...rects].every((r) => r.width === 0 || r.height === 0)) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const box = el.getBoundingClientRect();
      if (box.bottom < 0 || box.right < 0 || box.top > innerHeight || box.left > innerWidth) continue;
      if (el.closest('.sr-only, [hidden]')) continue;
      const px = Number.parseFloat(style.fontSize);
      if (px < best.px)
        best = {
          px,
          where: `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
        };
    }
    return best;
  });
}
