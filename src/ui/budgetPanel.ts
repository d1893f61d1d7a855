import type { Dataset } from '../data/validate';
import type { Lang } from '../i18n/format';
import { h } from './dom';

/** Narrowest and widest chart drawn (CSS px). */
const MIN_WIDTH = 280;
const MAX_WIDTH = 1100;

/**
 * The budget section, redrawn for the width its box gets (a ResizeObserver on the box): a phone gets charts laid
 * out for a phone, a laptop one for its width. Without ResizeObserver (jsdom) it is drawn once at the widest size.
 */
export function responsiveBudget(data: Dataset, lang: Lang): HTMLElement {
  const host = h('div', { class: 'budget-host' });
  let drawn = 0;
  // The charts (d3's scale, axis and selection) are a chunk of their own, fetched when the section is first laid out.
  const draw = async (available: number) => {
    const width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(available)));
    if (width === drawn) return;
    drawn = width;
    const { budgetFigure } = await import('../charts/budgetFigure');
    if (width === drawn) host.replaceChildren(budgetFigure(data, lang, width));
  };
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box && box.width > 0) void draw(box.width);
    }).observe(host);
  } else void draw(MAX_WIDTH);
  return host;
}
