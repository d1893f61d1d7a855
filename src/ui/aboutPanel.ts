import { CREDITS, type Credit, creditParts } from '../data/credits';
import type { Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { h } from './dom';

/**
 * The sources in full, licence confirmed first, then those whose licence is presumed or not stated; each with
 * publisher, use, licence and extract date. The map's attribution control names them in short.
 */
export function sourcesList(lang: Lang): HTMLElement[] {
  const t = STRINGS[lang];
  const credits = Object.values(CREDITS) as Credit[];
  const group = (confirmed: boolean, title: string) =>
    h(
      'div',
      { class: 'sources__group', 'data-confirmed': String(confirmed) },
      h('h3', {}, title),
      h(
        'ul',
        {},
        ...credits
          .filter((c) => c.confirmed === confirmed)
          .map((c) =>
            h(
              'li',
              {},
              // The publisher's Danish words marked as such in the English UI.
              ...creditParts(c, lang).map((p) =>
                p.da && lang === 'en' ? h('span', { lang: 'da' }, p.text) : p.text,
              ),
            ),
          ),
      ),
    );
  return [group(true, t.sourcesConfirmed), group(false, t.sourcesUnconfirmed)];
}
