import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { Derived } from '../derive/derived';
import { effectiveProposals } from '../derive/scenario';
import { formatKr, type Lang } from '../i18n/format';
import { gapSummary, proposalList } from '../i18n/gapText';
import { STATUS_LABELS, STRINGS, TYPE_LABELS } from '../i18n/strings';
import type { Store, ViewState } from '../state/store';
import { h } from './dom';
import { byId } from './page';
import { permalinkUrl } from './plannerActions';

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
 * A link as text that may break only after "/" and before "?" or "&" (a <wbr> there), never inside a word, so
 * the printed link can be read and typed.
 */
export function breakableUrl(url: string): (string | HTMLElement)[] {
  return url.split(/(?<=\/)|(?=[?&])/).flatMap((part, i) => (i === 0 ? [part] : [h('wbr'), part]));
}

/** The handout's text for a view: scenario title and proposals, the gap with its initiatives, the link. */
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
  if (gap) {
    out.push(
      h('p', { class: 'print-notes__gap' }, h('strong', {}, t.gapCaption(gap.sentence))),
      h('h3', {}, t.printChosen),
      h('ul', {}, ...types.map((type) => h('li', {}, chosenLine(d, type, lang)))),
    );
    if (gap.nearest.length > 0)
      out.push(h('h3', {}, t.nearestTitle), h('ul', {}, ...gap.nearest.map((l) => h('li', {}, l))));
  }
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

/** Keeps the print-only notes (#print-notes) equal to the view, so any print carries them. */
export function syncPrintNotes(d: Derived, store: Store): void {
  const host = byId('print-notes');
  const render = () => host.replaceChildren(...printNotes(d, store.state));
  render();
  store.subscribe(render);
}
