import { caseTimeline } from '../charts/caseTimeline';
import type { Initiative, TimelineEvent } from '../data/schema';
import type { Dataset } from '../data/validate';
import { formatDate, type Lang } from '../i18n/format';
import { STRINGS, TYPE_LABELS } from '../i18n/strings';
import { focusTitleAtTop, h } from './dom';

/** Widest time axis, in CSS pixels (the dialog is at most 760 px wide). */
const MAX_TIMELINE_WIDTH = 700;
/**
 * Narrowest: below it the events' names ("Udrulning med boligorganisationerne (efteråret 2011)") no longer fit
 * beside their marks, so on a phone the figure scrolls sideways inside the dialog instead (the list under it
 * gives the same dates as text). The axis is never scaled down, so its text stays at its 12 px on a phone.
 */
const MIN_TIMELINE_WIDTH = 640;
/** Each view's redraw of its time axis for the width the opened dialog gives it. */
const fitTimeline = new WeakMap<HTMLDialogElement, () => void>();

/** "5. april 2011", "5.–15. april 2011", "maj 2011" or "ca. juni–juli 2011", as the case dates the event. */
export function eventDate(e: TimelineEvent, lang: Lang): string {
  const month = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
  if (e.praecision === 'dag')
    return e.fra === e.til
      ? formatDate(e.fra, lang)
      : `${formatDate(e.fra, lang)} – ${formatDate(e.til, lang)}`;
  const span = month(e.fra) === month(e.til) ? month(e.fra) : `${month(e.fra)} – ${month(e.til)}`;
  return e.praecision === 'omtrentlig' ? `${lang === 'da' ? 'ca.' : 'c.'} ${span}` : span;
}

const row = (term: string, ...value: (Node | string)[]) => [h('dt', {}, term), h('dd', {}, ...value)];

function initiativeBlock(ini: Initiative, lang: Lang): HTMLElement {
  const t = STRINGS[lang];
  const details = [
    ...row(t.responsible, ini.ansvarlig ? h('span', { lang: 'da' }, ini.ansvarlig) : t.noResponsible),
  ];
  if (ini.indhold && ini.indhold.length > 0)
    details.push(
      ...row(t.content, ...ini.indhold.map((q) => h('q', { lang: 'da', class: 'case-view__quote' }, q))),
    );
  else details.push(...row(t.quote, h('q', { lang: 'da' }, ini.kilde)));
  if (ini.finansiering?.kilde)
    details.push(...row(t.financingQuote, h('q', { lang: 'da' }, ini.finansiering.kilde)));
  return h(
    'li',
    { 'data-initiative': ini.id },
    // The type goes before the case's own name unless that name already begins with it ("TV-overvågning: …").
    h(
      'h4',
      {},
      ini.navn.startsWith(TYPE_LABELS.da[ini.type].name) ? '' : `${TYPE_LABELS[lang][ini.type].name}: `,
      h('span', { lang: 'da' }, ini.navn),
    ),
    h('dl', {}, ...details),
  );
}

/**
 * The "Om sagen" dialog: the indstilling and who recommends it to whom, the committees and their recommendations,
 * the signatories, bilag 1–15, each initiative's content and applicant where the case names them, and the case's
 * dates on a d3 time axis with the same dates as a list.
 */
export function createCaseView(data: Dataset, lang: Lang): HTMLDialogElement {
  const t = STRINGS[lang];
  const c = data.caseInfo;
  const close = h('button', { type: 'button', class: 'about__close' }, t.close);
  const events = [...c.tidslinje].sort((a, b) => a.fra.localeCompare(b.fra) || a.til.localeCompare(b.til));
  const timeline = (width: number) => caseTimeline(events, { width, lang, label: t.caseTimelineLabel });
  const figure = h('figure', { class: 'case-view__timeline' }, timeline(MAX_TIMELINE_WIDTH));
  const dialog = h(
    'dialog',
    { class: 'about case-view', 'aria-labelledby': 'case-view-title' },
    h('h2', { id: 'case-view-title', tabindex: -1 }, t.caseTitle),
    h('p', { lang: 'da' }, h('strong', {}, `Sag ${c.sag_nr}: `), c.titel),
    h('h3', {}, t.caseIndstilling),
    h('p', { lang: 'da', class: 'case-view__indstilling' }, c.indstiller, ' ', h('q', {}, c.indstilling)),
    h('h3', {}, t.caseCommittees),
    h(
      'ul',
      {},
      ...c.beslutninger.map((b) =>
        h(
          'li',
          {},
          h('span', { lang: 'da' }, b.organ),
          `, ${formatDate(b.dato, lang)}: `,
          h('q', { lang: 'da' }, b.tekst),
        ),
      ),
    ),
    h('p', { class: 'case-view__note' }, t.caseCommitteeNote),
    h('h3', {}, t.caseSignatories),
    h('p', { lang: 'da' }, c.underskrivere.join(', ')),
    h('h3', {}, t.caseTimeline),
    figure,
    h(
      'ol',
      { class: 'case-view__events' },
      ...events.map((e) =>
        h(
          'li',
          { 'data-event': e.id },
          h('strong', {}, eventDate(e, lang)),
          ` – ${lang === 'da' ? e.navn : e.navn_en}: `,
          h('q', { lang: 'da' }, e.tekst),
        ),
      ),
    ),
    h('h3', {}, t.caseInitiatives),
    h(
      'ul',
      { class: 'case-view__initiatives' },
      ...data.initiatives.map((ini) => initiativeBlock(ini, lang)),
    ),
    h('h3', {}, t.caseBilag),
    h(
      'ol',
      { class: 'case-view__bilag', lang: 'da' },
      ...data.bilag.map((b) => h('li', { value: b.nr }, b.titel)),
    ),
    close,
  );
  close.addEventListener('click', () => dialog.close());
  fitTimeline.set(dialog, () => {
    const room = Math.floor(figure.clientWidth);
    const width = Math.max(MIN_TIMELINE_WIDTH, Math.min(MAX_TIMELINE_WIDTH, room || MAX_TIMELINE_WIDTH));
    if (figure.firstElementChild?.getAttribute('width') !== String(width))
      figure.replaceChildren(timeline(width));
  });
  return dialog;
}

/** Opens the view at its top, with focus on its title (the close button sits at the end of a long text). */
export function openCaseView(dialog: HTMLDialogElement): void {
  dialog.showModal();
  fitTimeline.get(dialog)?.();
  focusTitleAtTop(dialog);
}
