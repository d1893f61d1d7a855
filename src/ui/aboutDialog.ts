import type { Dataset } from '../data/validate';
import type { CaseCheck } from '../derive/budgets';
import { checkSentence } from '../i18n/dataNotes';
import { formatDate, formatKr, formatPeriod, type Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { sourcesList } from './aboutPanel';
import { bilagRef } from './areaContent';
import { h } from './dom';

/** The "Om kortet" panel: the case, decisions, remarks, totals, data notes and sources, as a modal dialog. */
export function createAboutPanel(data: Dataset, checks: readonly CaseCheck[], lang: Lang): HTMLDialogElement {
  const t = STRINGS[lang];
  const c = data.caseInfo;
  const close = h('button', { type: 'button', class: 'about__close' }, t.close);
  const figures = c.tal.map((f) =>
    h(
      'li',
      {},
      h('strong', {}, `${f.omtrentlig ? 'ca. ' : ''}${formatKr(f.kr, lang)}`),
      ` – ${f.navn}${f.periode ? `, ${formatPeriod(f.periode)}` : ''}. `,
      f.bilag.length > 0 ? `${f.bilag.map((nr) => bilagRef(nr, data.bilag, lang)).join('; ')}. ` : '',
      h('q', { lang: 'da' }, f.kilde),
    ),
  );
  const dialog = h(
    'dialog',
    { class: 'about', 'aria-labelledby': 'about-title' },
    h('h2', { id: 'about-title', tabindex: -1 }, t.aboutTitle),
    h('p', { lang: 'da' }, h('strong', {}, `Sag ${c.sag_nr}: `), c.titel),
    h('p', { lang: 'da' }, c.maal_2020),
    h('h3', {}, t.aboutDecisions),
    h(
      'ul',
      {},
      ...c.beslutninger.map((b) =>
        h('li', {}, `${b.organ}, ${formatDate(b.dato, lang)}: `, h('q', { lang: 'da' }, b.tekst)),
      ),
    ),
    h('h3', {}, t.aboutRemarks),
    h(
      'ul',
      {},
      ...c.protokolbemaerkninger.map((p) =>
        h(
          'li',
          {},
          `${p.navn} (${p.parti}), ${p.organ} ${formatDate(p.dato, lang)}: `,
          h('q', { lang: 'da' }, p.tekst),
        ),
      ),
    ),
    h('h3', {}, t.aboutThemes),
    h('ol', { lang: 'da' }, ...c.strategitemaer.map((s) => h('li', {}, s))),
    h('h3', {}, t.aboutFigures),
    h('ul', { class: 'about__figures' }, ...figures),
    h('h3', {}, t.aboutNotes),
    h(
      'ul',
      { class: 'about__notes' },
      ...checks.map((ch) =>
        h('li', { 'data-check': ch.id, 'data-matches': String(ch.matches) }, checkSentence(ch, lang)),
      ),
      ...c.datanoter.map((n) =>
        lang === 'en' && n.tekst_en
          ? h('li', { 'data-note': n.id }, n.tekst_en)
          : h('li', { 'data-note': n.id, lang: 'da' }, n.tekst),
      ),
    ),
    h('h3', {}, t.attributionTitle),
    h('p', {}, `${t.aboutCase}: `, h('span', { lang: 'da' }, c.kilde_fil)),
    ...sourcesList(lang),
    close,
  );
  close.addEventListener('click', () => dialog.close());
  return dialog;
}
