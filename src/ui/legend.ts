import { INDSATS_TYPES } from '../data/types';
import type { CoverageMatrix } from '../derive/coverage';
import { typeCounts } from '../derive/scenario';
import { countLabel } from '../i18n/gapText';
import { STRINGS, TYPE_LABELS } from '../i18n/strings';
import type { Store } from '../state/store';
import { h } from './dom';
import { proposedSwatch } from './proposalBadge';
import { swatch } from './swatch';

/**
 * The legend: every type with its swatch, name, "6 af 10" (derived coverage apart: "0 af 10 + 4 afledt"; in a
 * scenario "4 af 10 + 1 forslag", with a note on the outlined proposal badge) and a show/hide toggle (aria-pressed).
 */
export function createLegend(
  store: Store,
  /** Read on every redraw: outlines from a file swap in a new matrix (`outlines` changes). */
  source: { readonly matrix: CoverageMatrix },
  total: number,
  /** The page's lifetime: aborting it ends the subscription. */
  signal: AbortSignal,
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
      h('span', { class: 'legend__count' }),
    );
    button.addEventListener('click', () => {
      const visible = new Set(store.state.visible);
      if (visible.has(type)) visible.delete(type);
      else visible.add(type);
      store.update({ visible });
    });
    return { type, button };
  });
  const proposedNote = h('p', { class: 'legend__proposed', hidden: true });
  const render = () => {
    const counts = typeCounts(source.matrix, store.state.proposals);
    for (const { type, button } of buttons) {
      button.setAttribute('aria-pressed', String(store.state.visible.has(type)));
      const count = button.querySelector('.legend__count');
      if (count) count.textContent = countLabel(counts[type], total, lang);
    }
    const proposed = INDSATS_TYPES.find((type) => counts[type].proposed > 0);
    proposedNote.hidden = !proposed;
    proposedNote.replaceChildren(...(proposed ? [proposedSwatch(proposed), t.legendProposed] : []));
  };
  store.subscribe((s, prev) => {
    if (s.visible !== prev.visible || s.proposals !== prev.proposals || s.outlines !== prev.outlines)
      render();
  }, signal);
  render();
  return h(
    'section',
    { class: 'legend', 'aria-labelledby': 'legend-title' },
    h('h2', { id: 'legend-title' }, t.legendTitle),
    h('ul', { class: 'legend__list' }, ...buttons.map(({ button }) => h('li', {}, button))),
    proposedNote,
    // Shown only while a ring is folded on the map (style.css).
    h('p', { class: 'legend__folded' }, t.legendFolded),
  );
}
