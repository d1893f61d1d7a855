import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { SplitCount } from '../derive/coverage';
import { formatSplitCount } from '../i18n/format';
import { STRINGS, TYPE_LABELS } from '../i18n/strings';
import type { Store } from '../state/store';
import { h } from './dom';
import { swatch } from './swatch';

/**
 * The legend: every type with its swatch, name, "6 af 10" (derived coverage apart: "0 af 10 + 4 afledt") and a
 * show/hide toggle (aria-pressed).
 */
export function createLegend(
  store: Store,
  counts: Record<IndsatsType, SplitCount>,
  total: number,
): HTMLElement {
  const lang = store.state.lang;
  const t = STRINGS[lang];
  const buttons = INDSATS_TYPES.map((type) => {
    const label = TYPE_LABELS[lang][type];
    const button = h(
      'button',
      { type: 'button', class: 'legend__toggle', title: t.legendToggle(label.name), 'data-type': type },
      swatch(type),
      h('span', { class: 'legend__name' }, label.name),
      h('span', { class: 'legend__count' }, formatSplitCount(counts[type], lang, total)),
    );
    button.addEventListener('click', () => {
      const visible = new Set(store.state.visible);
      if (visible.has(type)) visible.delete(type);
      else visible.add(type);
      store.update({ visible });
    });
    return { type, button };
  });
  const render = () => {
    for (const { type, button } of buttons)
      button.setAttribute('aria-pressed', String(store.state.visible.has(type)));
  };
  store.subscribe((s, prev) => {
    if (s.visible !== prev.visible) render();
  });
  render();
  return h(
    'section',
    { class: 'legend', 'aria-labelledby': 'legend-title' },
    h('h2', { id: 'legend-title' }, t.legendTitle),
    h('ul', { class: 'legend__list' }, ...buttons.map(({ button }) => h('li', {}, button))),
  );
}
