import { INDSATS_TYPES } from '../data/types';
import { type GapInput, gapSummary } from '../i18n/gapText';
import { STRINGS, TYPE_LABELS } from '../i18n/strings';
import type { Store } from '../state/store';
import { h, showMapButton } from './dom';
import { swatch } from './swatch';

/**
 * Gap mode: a checkbox per type; the chosen types' unreached areas are marked, a live sentence sums up, and a
 * list names, for each gap area, the nearest area each chosen type does reach (derived from geography).
 */
export function createGapControl(
  store: Store,
  input: Omit<GapInput, 'proposals'>,
  mapWrap: HTMLElement,
  signal: AbortSignal,
): HTMLElement {
  const lang = store.state.lang;
  const t = STRINGS[lang];
  const status = h('p', { class: 'gap__summary', role: 'status' });
  const nearest = h('ul', { class: 'gap__nearest' });
  // Below 900 px the map with its marked rings is above, scrolled away: this brings it back, focus on the map.
  const showMap = showMapButton(t.gapShowMap, mapWrap, () => mapWrap.querySelector('canvas'), signal);
  const nearestBox = h(
    'details',
    { class: 'gap__help', open: true, hidden: true },
    h('summary', {}, t.nearestTitle),
    nearest,
  );
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
    const gap = gapSummary({ ...input, proposals: store.state.proposals }, types, lang);
    status.textContent = gap?.sentence ?? '';
    nearest.replaceChildren(...(gap?.nearest ?? []).map((line) => h('li', {}, line)));
    nearestBox.hidden = !gap || gap.nearest.length === 0;
    showMap.hidden = !gap;
  };
  store.subscribe((s, prev) => {
    if (s.gaps !== prev.gaps || s.proposals !== prev.proposals) render();
  }, signal);
  render();
  return h(
    'fieldset',
    { class: 'gap' },
    h('legend', {}, t.gapTitle),
    h('p', { class: 'gap__hint' }, t.gapHint),
    ...boxes.map((b) => b.el),
    status,
    showMap,
    nearestBox,
  );
}
