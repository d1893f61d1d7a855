import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { isCovered } from '../derive/coverage';
import type { Derived } from '../derive/derived';
import { effectiveProposals, isProposed, type Proposal, proposalKey } from '../derive/scenario';
import { STRINGS, TYPE_LABELS } from '../i18n/strings';
import type { Store } from '../state/store';
import { h, showMapButton } from './dom';
import { proposedSwatch } from './proposalBadge';

/**
 * "Hvad nu hvis": pick a type and an area, add it as a proposal, remove it again. Proposals live in the view
 * state (and so the permalink) only. A banner over the map says "Scenarie – ikke besluttet" while any exist.
 */
export function createScenarioControl(
  d: Derived,
  store: Store,
  mapWrap: HTMLElement,
  signal: AbortSignal,
): HTMLElement {
  const lang = store.state.lang;
  const t = STRINGS[lang];
  const typeSelect = h(
    'select',
    { id: 'scenario-type' },
    ...INDSATS_TYPES.map((type) => h('option', { value: type }, TYPE_LABELS[lang][type].name)),
  );
  const areas = [...d.data.areas].sort((a, b) => a.properties.navn.localeCompare(b.properties.navn, 'da'));
  const areaSelect = h(
    'select',
    { id: 'scenario-area' },
    ...areas.map((a) => h('option', { value: a.properties.id }, a.properties.navn)),
  );
  const add = h('button', { type: 'button', class: 'scenario__add' }, t.scenarioAdd);
  const status = h('p', { class: 'scenario__status', role: 'status' });
  const list = h('ul', { class: 'scenario__list' });
  const banner = h('p', { class: 'scenario-banner', hidden: true, tabindex: -1 }, t.scenarioTitle);
  mapWrap.append(banner);
  // Below 900 px the panel has scrolled the map and its banner away: this brings them back, focus on the banner.
  const showMap = showMapButton(t.scenarioShowMap, mapWrap, () => banner, signal);

  // A new gaps set too, so every view that follows gap mode (map, table, sentence) recomputes its gap.
  const setProposals = (proposals: Proposal[]) =>
    store.update({ proposals, gaps: new Set(store.state.gaps) });
  add.addEventListener('click', () => {
    const type = typeSelect.value as IndsatsType;
    const area = areaSelect.value;
    if (isCovered(d.matrix, area, type)) {
      status.textContent = t.scenarioAlreadyCovered;
      return;
    }
    if (!isProposed(store.state.proposals, area, type))
      setProposals([...store.state.proposals, { type, area }]);
  });
  const render = () => {
    const proposals = effectiveProposals(d.matrix, store.state.proposals);
    list.replaceChildren(
      ...proposals.map((p) => {
        const what = t.proposalItem(TYPE_LABELS[lang][p.type].name, d.names[p.area] ?? p.area);
        const remove = h(
          'button',
          { type: 'button', class: 'scenario__remove', 'aria-label': t.scenarioRemove(what) },
          t.scenarioRemoveShort,
        );
        remove.addEventListener('click', () => {
          const at = [...list.children].findIndex((li) => li.contains(remove));
          setProposals(store.state.proposals.filter((q) => proposalKey(q) !== proposalKey(p)));
          // The button is gone with its row: focus moves to the next proposal's Fjern (else the last one's,
          // else Tilføj forslag) instead of falling to the page.
          const left = list.querySelectorAll<HTMLButtonElement>('.scenario__remove');
          (left[Math.min(at, left.length - 1)] ?? add).focus();
        });
        return h(
          'li',
          { 'data-proposal': proposalKey(p) },
          proposedSwatch(p.type),
          ` ${what} (${t.proposalWord}) `,
          remove,
        );
      }),
    );
    status.textContent = proposals.length > 0 ? t.scenarioList(`${proposals.length}`) : '';
    banner.hidden = proposals.length === 0;
    showMap.hidden = proposals.length === 0;
    document.body.dataset.scenario = String(proposals.length > 0);
  };
  store.subscribe((s, prev) => {
    if (s.proposals !== prev.proposals) render();
  }, signal);
  render();
  return h(
    'fieldset',
    { class: 'scenario' },
    h('legend', {}, t.scenarioHeading),
    h('p', { class: 'gap__hint' }, t.scenarioHint),
    h('label', { for: 'scenario-type' }, t.scenarioType),
    typeSelect,
    h('label', { for: 'scenario-area' }, t.scenarioArea),
    areaSelect,
    add,
    list,
    status,
    showMap,
  );
}
