import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { type CoverageMatrix, uncoveredAreas } from '../derive/coverage';
import type { Lang } from '../i18n/format';
import { STRINGS, TYPE_LABELS } from '../i18n/strings';
import type { Store } from '../state/store';
import { h } from './dom';
import { swatch } from './swatch';

/** "NV arbejdsmarked eller jobcentre". */
function typeList(types: readonly IndsatsType[], lang: Lang): string {
  const names = types.map((t) => TYPE_LABELS[lang][t].name);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${STRINGS[lang].or} ${names.at(-1)}`;
}

/** The sentence that sums up gap mode: "6 af 10 områder er ikke omfattet af jobcentre: …". */
export function gapSentence(
  types: readonly IndsatsType[],
  matrix: CoverageMatrix,
  names: Record<string, string>,
  lang: Lang,
): string {
  const ids = uncoveredAreas(matrix, types);
  const list = ids
    .map((id) => names[id] ?? id)
    .sort((a, b) => a.localeCompare(b, 'da'))
    .join(', ');
  return STRINGS[lang].gapSentence(ids.length, Object.keys(matrix).length, typeList(types, lang), list);
}

/** Gap mode: a checkbox per type; the chosen types' unreached areas are marked, and a live sentence sums up. */
export function createGapControl(
  store: Store,
  matrix: CoverageMatrix,
  names: Record<string, string>,
): HTMLElement {
  const lang = store.state.lang;
  const t = STRINGS[lang];
  const status = h('p', { class: 'gap__summary', role: 'status' });
  const boxes = INDSATS_TYPES.map((type) => {
    const input = h('input', { type: 'checkbox', name: 'gap', value: type });
    input.checked = store.state.gaps.has(type);
    input.addEventListener('change', () => {
      const gaps = new Set(store.state.gaps);
      if (input.checked) gaps.add(type);
      else gaps.delete(type);
      store.update({ gaps });
    });
    return {
      type,
      input,
      el: h('label', { class: 'gap__option' }, input, swatch(type), ` ${TYPE_LABELS[lang][type].name}`),
    };
  });
  const render = () => {
    const types = INDSATS_TYPES.filter((type) => store.state.gaps.has(type));
    for (const b of boxes) b.input.checked = store.state.gaps.has(b.type);
    status.textContent = types.length > 0 ? gapSentence(types, matrix, names, lang) : '';
  };
  store.subscribe((s, prev) => {
    if (s.gaps !== prev.gaps) render();
  });
  render();
  return h(
    'fieldset',
    { class: 'gap' },
    h('legend', {}, t.gapTitle),
    h('p', { class: 'gap__hint' }, t.gapHint),
    ...boxes.map((b) => b.el),
    status,
  );
}
