import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { Derived } from '../derive/derived';
import { effectiveProposals, typeCounts } from '../derive/scenario';
import { formatKr, type Lang } from '../i18n/format';
import { countLabel, gapSummary, proposalList } from '../i18n/gapText';
import { STATUS_LABELS, STRINGS, TYPE_LABELS } from '../i18n/strings';
import type { Store, ViewState } from '../state/store';
import { h } from './dom';
import { permalinkUrl } from './plannerActions';
import { proposedSwatch } from './proposalBadge';
import { swatch } from './swatch';
import './print.css';

/** "NV arbejdsmarked: Styrket arbejdsmarkedsindsats … (7,8 mio. kr., søgt)" for one chosen type. */
function chosenLine(d: Derived, type: IndsatsType, lang: Lang): string {
  const inis = d.data.initiatives.filter((i) => i.type === type);
  const parts = inis.map((i) => {
    const amount = i.beloeb ? `${formatKr(i.beloeb.total_kr, lang)}, ` : '';
    return `${i.navn} (${amount}${STATUS_LABELS[lang][i.status]})`;
  });
  return `${TYPE_LABELS[lang][type].name}: ${parts.join('; ')}`;
}

/**
 * A link as text that may break only after "/" and before "?" or "&" (a <wbr> there), never inside a part (each
 * part is an unbreakable box unless it alone is wider than the line), so the printed link can be read and typed.
 */
export function breakableUrl(url: string): (string | HTMLElement)[] {
  return url.split(/(?<=\/)|(?=[?&])/).flatMap((part, i) => {
    const box = h('span', { class: 'url-part' }, part);
    return i === 0 ? [box] : [h('wbr'), box];
  });
}

/** The handout's side notes for a view: scenario title and proposals, the gap with its initiatives, the link. */
export function printNotes(d: Derived, state: ViewState): HTMLElement[] {
  const { lang } = state;
  const t = STRINGS[lang];
  const out: HTMLElement[] = [];
  const proposals = effectiveProposals(d.matrix, state.proposals);
  if (proposals.length > 0)
    out.push(
      h('h2', { class: 'print-notes__scenario' }, t.scenarioTitle),
      h('p', {}, t.scenarioList(proposalList(proposals, d.names, lang))),
    );
  const types = INDSATS_TYPES.filter((type) => state.gaps.has(type));
  const gap = gapSummary({ ...d, proposals: state.proposals }, types, lang);
  if (gap)
    out.push(
      h('p', { class: 'print-notes__gap' }, h('strong', {}, t.gapCaption(gap.sentence))),
      h('h3', {}, t.printChosen),
      h('ul', {}, ...types.map((type) => h('li', {}, chosenLine(d, type, lang)))),
      // The nearest help fills its own page after the map; the first page says where to find it.
      ...(gap.nearest.length > 0 ? [h('p', { class: 'print-notes__next' }, t.printNearestNext)] : []),
    );
  out.push(
    h(
      'p',
      { class: 'print-notes__link' },
      `${t.printLink}: `,
      h('span', {}, ...breakableUrl(permalinkUrl(state))),
    ),
  );
  return out;
}

/** The handout's lines after the first page: for each gap area, the nearest help (derived), if any. */
export function printNearest(d: Derived, state: ViewState): HTMLElement[] {
  const t = STRINGS[state.lang];
  const types = INDSATS_TYPES.filter((type) => state.gaps.has(type));
  const gap = gapSummary({ ...d, proposals: state.proposals }, types, state.lang);
  if (!gap || gap.nearest.length === 0) return [];
  return [h('h3', {}, t.nearestTitle), h('ul', {}, ...gap.nearest.map((l) => h('li', {}, l)))];
}

/** The first page's heading: "Scenarie – ikke besluttet" while proposals exist, the title and the decision. */
export function printHead(d: Derived, state: ViewState): HTMLElement[] {
  const t = STRINGS[state.lang];
  const scenario = effectiveProposals(d.matrix, state.proposals).length > 0;
  return [
    ...(scenario ? [h('p', { class: 'print-page__scenario' }, t.scenarioTitle)] : []),
    h('p', { class: 'print-page__title' }, t.exportTitle),
    h('p', { class: 'print-page__subtitle' }, t.exportDecision),
  ];
}

/** The printed legend: each type's badge, name and count as the legend says it; the proposal badge explained. */
export function printLegend(d: Derived, state: ViewState): HTMLElement[] {
  const { lang } = state;
  const t = STRINGS[lang];
  const counts = typeCounts(d.matrix, state.proposals);
  const total = d.data.areas.length;
  const rows = INDSATS_TYPES.map((type) =>
    h(
      'li',
      { class: state.visible.has(type) ? '' : 'print-legend__hidden', 'data-type': type },
      swatch(type),
      ` ${TYPE_LABELS[lang][type].name} (${countLabel(counts[type], total, lang)})`,
    ),
  );
  const proposed = INDSATS_TYPES.find((type) => counts[type].proposed > 0);
  if (proposed) rows.push(h('li', {}, proposedSwatch(proposed), ` ${t.legendProposed}`));
  return [h('h2', {}, t.legendTitle), h('ul', {}, ...rows)];
}

/** Keeps the print-only page (heading, legend, notes, sources, nearest help) equal to the view, so any print carries them. */
export function syncPrintNotes(
  d: Derived,
  store: Store,
  /** The print page's blocks in index.html, looked up by the caller. */
  el: Record<'head' | 'legend' | 'notes' | 'credits' | 'more', HTMLElement>,
  signal: AbortSignal,
): void {
  const render = () => {
    const s = store.state;
    const t = STRINGS[s.lang];
    el.head.replaceChildren(...printHead(d, s));
    el.legend.replaceChildren(...printLegend(d, s));
    el.notes.replaceChildren(...printNotes(d, s));
    el.credits.replaceChildren(`${t.exportCredits} ${t.exportApprox}`);
    el.more.replaceChildren(...printNearest(d, s));
  };
  render();
  store.subscribe(render, signal);
}
