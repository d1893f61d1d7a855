import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { formatCount, type Lang } from '../i18n/format';
import { STRINGS, TYPE_LABELS } from '../i18n/strings';
import { h } from './dom';
import { swatch } from './swatch';

export interface LegendOptions {
  lang: Lang;
  /** Areas reached per type. */
  counts: Record<IndsatsType, number>;
  /** Number of areas in all. */
  total: number;
  /** Types shown at start. */
  visible: ReadonlySet<IndsatsType>;
  /** Called when a toggle changes. */
  onToggle: (type: IndsatsType, visible: boolean) => void;
}

/** The legend: every type with its swatch, name, "6 af 10" and a show/hide toggle (aria-pressed). */
export function createLegend(opts: LegendOptions): HTMLElement {
  const t = STRINGS[opts.lang];
  const items = INDSATS_TYPES.map((type) => {
    const label = TYPE_LABELS[opts.lang][type];
    const count = formatCount(opts.counts[type], opts.total, opts.lang);
    const button = h(
      'button',
      {
        type: 'button',
        class: 'legend__toggle',
        'aria-pressed': String(opts.visible.has(type)),
        title: t.legendToggle(label.name),
        'data-type': type,
      },
      swatch(type),
      h('span', { class: 'legend__name' }, label.name),
      h('span', { class: 'legend__count' }, count),
    );
    button.addEventListener('click', () => {
      const next = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(next));
      opts.onToggle(type, next);
    });
    return h('li', {}, button);
  });
  return h(
    'section',
    { class: 'legend', 'aria-labelledby': 'legend-title' },
    h('h2', { id: 'legend-title' }, t.legendTitle),
    h('ul', { class: 'legend__list' }, ...items),
  );
}
