import type { Area } from '../data/schema';
import { INDSATS_TYPES } from '../data/types';
import { type CoverageMatrix, isCovered } from '../derive/coverage';
import { effectiveProposals, isProposed, type Proposal } from '../derive/scenario';
import { searchByName } from '../derive/search';
import { nameParts } from '../draw/nameParts';
import { STRINGS } from '../i18n/strings';
import type { Store } from '../state/store';
import { h } from './dom';
import { proposedSwatch } from './proposalBadge';
import { swatch } from './swatch';

/** One badge per type: filled when covered, outlined "forslag" badge when only proposed, else empty. */
function badges(matrix: CoverageMatrix, id: string, proposals: readonly Proposal[]): HTMLSpanElement[] {
  return INDSATS_TYPES.map((type) => {
    if (isCovered(matrix, id, type)) return swatch(type);
    return isProposed(proposals, id, type) ? proposedSwatch(type) : swatch(type, false);
  });
}

/**
 * The keyboard route to every area: a search field ("Søg område", Enter picks the first hit) over one button per
 * area, opening the same dialog as a map click. Marks the selected area with aria-current.
 */
export function createAreaList(
  areas: readonly Area[],
  /** Read on every redraw: outlines from a file swap in a new matrix (`outlines` changes). */
  source: { readonly matrix: CoverageMatrix },
  store: Store,
  onSelect: (id: string, opener: HTMLElement) => void,
  signal: AbortSignal,
): HTMLElement {
  const t = STRINGS[store.state.lang];
  const items = areas.map((a) => ({ id: a.properties.id, navn: a.properties.navn }));
  const buttons = new Map<string, HTMLButtonElement>();
  const badgeHosts = new Map<string, HTMLSpanElement>();
  const rows = new Map<string, HTMLLIElement>();
  for (const { id, navn } of items) {
    const types = INDSATS_TYPES.filter((type) => isCovered(source.matrix, id, type));
    const host = h('span', { class: 'area-list__badges' });
    badgeHosts.set(id, host);
    const button = h(
      'button',
      {
        type: 'button',
        class: 'area-list__button',
        'data-area': id,
        'aria-label': t.areaButton(navn, types.length),
      },
      h('span', { class: 'area-list__name' }, ...nameParts(navn, 'area-list__name-part')),
      host,
    );
    button.addEventListener('click', () => onSelect(id, button));
    buttons.set(id, button);
    rows.set(id, h('li', {}, button));
  }
  const list = h('ul', {});
  const empty = h('p', { class: 'area-list__empty', hidden: true }, t.searchNoHits);
  const search = h('input', { type: 'search', id: 'area-search', autocomplete: 'off', spellcheck: 'false' });
  let hits = searchByName(items, '');
  const render = () => {
    hits = searchByName(items, search.value);
    list.replaceChildren(...hits.flatMap((id) => rows.get(id) ?? []));
    empty.hidden = hits.length > 0;
  };
  search.addEventListener('input', render);
  search.addEventListener('keydown', (e) => {
    const first = hits[0];
    if (e.key !== 'Enter' || !first) return;
    e.preventDefault();
    onSelect(first, buttons.get(first) ?? search);
  });
  const renderBadges = (proposals: readonly Proposal[]) => {
    const { matrix } = source;
    const effective = effectiveProposals(matrix, proposals);
    for (const { id, navn } of items) {
      const covered = INDSATS_TYPES.filter((type) => isCovered(matrix, id, type)).length;
      const proposed = effective.filter((p) => p.area === id).length;
      badgeHosts.get(id)?.replaceChildren(...badges(matrix, id, effective));
      buttons.get(id)?.setAttribute('aria-label', t.areaButton(navn, covered, proposed));
    }
  };
  store.subscribe((s, prev) => {
    if (s.proposals !== prev.proposals || s.outlines !== prev.outlines) renderBadges(s.proposals);
    if (s.area === prev.area) return;
    for (const [id, b] of buttons) b.setAttribute('aria-current', String(id === s.area));
  }, signal);
  renderBadges(store.state.proposals);
  render();
  return h(
    'nav',
    { class: 'area-list', 'aria-labelledby': 'area-list-title' },
    h('h2', { id: 'area-list-title' }, t.areasTitle),
    h('label', { for: 'area-search', class: 'area-list__search-label' }, t.searchLabel),
    search,
    list,
    empty,
  );
}
