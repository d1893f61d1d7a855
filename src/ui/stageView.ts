import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { isCovered, isDerivedOnly } from '../derive/coverage';
import type { Derived } from '../derive/derived';
import type { Lang } from '../i18n/format';
import { typeList } from '../i18n/gapText';
import { joinOr, STAGE_STRINGS } from '../i18n/stageStrings';
import { TYPE_LABELS } from '../i18n/strings';
import { PALETTE } from '../style/palette';
import { h } from './dom';
import { swatch } from './swatch';
import './stageFacts.css';

/** One area's facts as the stage shows them. */
export interface AreaFacts {
  name: string;
  covered: readonly IndsatsType[];
  /** Types reaching the area only through a zone (Hotspot's 2023 stand-in outlines), with the zone's name. */
  derived: readonly { type: IndsatsType; zone: string }[];
}

/** An area's facts: its name, the types reaching it, and which of them are derived from a zone (not stated). */
export function areaFacts(d: Pick<Derived, 'data' | 'matrix' | 'names'>, id: string): AreaFacts {
  const zoneName = (zone: string) =>
    d.data.zones.find((z) => z.properties.id === zone)?.properties.navn ?? zone;
  return {
    name: d.names[id] ?? id,
    covered: INDSATS_TYPES.filter((t) => isCovered(d.matrix, id, t)),
    derived: INDSATS_TYPES.flatMap((type) => {
      const entries = d.matrix[id]?.[type] ?? [];
      const omfang = entries[0]?.initiative.omfang;
      if (!isDerivedOnly(entries) || omfang?.slags !== 'zone') return [];
      return [{ type, zone: zoneName(omfang.zone) }];
    }),
  };
}

/** The card's notes on derived values, one per type: "Hotspot (afledt): Blågården i zonen Indre Nørrebro (…)". */
function derivedNotes(areas: readonly AreaFacts[], lang: Lang): string[] {
  const t = STAGE_STRINGS[lang];
  return INDSATS_TYPES.flatMap((type) => {
    const zones = new Map<string, string[]>();
    for (const a of areas)
      for (const d of a.derived)
        if (d.type === type) zones.set(d.zone, [...(zones.get(d.zone) ?? []), a.name]);
    if (zones.size === 0) return [];
    const parts = [...zones].map(([zone, names]) => t.inZone(names.join(', '), zone));
    return [t.factsDerived(TYPE_LABELS[lang][type].name, parts.join('; '))];
  });
}

/**
 * The gap note under a gap area's name on the stage: "ikke omfattet af N/S/T". The letters are joined by "/", read
 * "or", as the legend above spells out ("Skraveret: ikke omfattet af N, S eller T"): at 24 px the wider "N, S eller
 * T" left no room beside Hørgården's ring at 1024×768, and the stage test found the two labels overlapping.
 */
export const stageGapNote = (gaps: readonly IndsatsType[], lang: Lang): string =>
  STAGE_STRINGS[lang].gapNote(gaps.map((t) => PALETTE[t].letter).join('/'));

/** The gap types' letters as a list: "N, S eller T" (a gap area is reached by none of them). */
const gapLetters = (gaps: readonly IndsatsType[], lang: Lang): string =>
  joinOr(
    gaps.map((t) => PALETTE[t].letter),
    lang,
  );

/** The gap types named in words, as every gap sentence says them: "NV arbejdsmarked eller jobcentre". */
export const gapTypeNames = (gaps: readonly IndsatsType[], lang: Lang): string => typeList(gaps, lang);

/**
 * The compact stage legend: only the step's types (swatch, letter, name), and in gap mode one item saying what
 * the hatching means, by the letters the chips above explain. Laid over the top of the map.
 */
export function renderStageLegend(
  el: HTMLElement,
  types: ReadonlySet<IndsatsType>,
  gaps: readonly IndsatsType[],
  lang: Lang,
): void {
  const shown = INDSATS_TYPES.filter((t) => types.has(t));
  el.replaceChildren(
    h(
      'ul',
      { class: 'stage-legend__list' },
      ...shown.map((t) =>
        h(
          'li',
          { class: 'stage-legend__item', 'data-type': t },
          swatch(t),
          h('span', {}, TYPE_LABELS[lang][t].name),
        ),
      ),
      gaps.length > 0
        ? h(
            'li',
            { class: 'stage-legend__item stage-legend__gap' },
            h('span', { class: 'stage-legend__hatch', 'aria-hidden': 'true' }),
            h('span', {}, STAGE_STRINGS[lang].gapLegendShort(gapLetters(gaps, lang))),
          )
        : null,
    ),
  );
}

/**
 * A fact card that fits the stage: for the clicked ring (one area, or every area of a group marker) a table
 * with one row per area and one column per type — "ja" or a dash ("nej" to screen readers) under the type's
 * letter, "ja*" where only a 2023 stand-in zone reaches the area, explained under the table in the desk dialog's
 * words — at 24 px, narrow enough to stand beside a five-area group marker at 1024×768.
 */
export function factCard(areas: readonly AreaFacts[], lang: Lang, onClose: () => void): HTMLElement {
  const t = STAGE_STRINGS[lang];
  const names = areas.map((a) => a.name).join(', ');
  const close = h('button', { type: 'button', class: 'stage-facts__close' }, t.factsClose);
  close.addEventListener('click', onClose);
  return h(
    'section',
    { class: 'stage-facts', role: 'dialog', 'aria-label': t.factsLabel(names) },
    h(
      'table',
      { class: 'stage-facts__table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t.factsArea),
          ...INDSATS_TYPES.map((type) =>
            h(
              'th',
              { scope: 'col', title: TYPE_LABELS[lang][type].name },
              swatch(type),
              h('span', { class: 'sr-only' }, TYPE_LABELS[lang][type].name),
            ),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        ...areas.map((a) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, a.name),
            ...INDSATS_TYPES.map((type) => {
              const derived = a.derived.some((d) => d.type === type);
              return h(
                'td',
                { class: a.covered.includes(type) ? 'stage-facts__yes' : 'stage-facts__no' },
                ...(a.covered.includes(type)
                  ? [derived ? t.yesDerived : t.yes]
                  : [h('span', { 'aria-hidden': 'true' }, t.noMark), h('span', { class: 'sr-only' }, t.no)]),
              );
            }),
          ),
        ),
      ),
    ),
    ...derivedNotes(areas, lang).map((note) => h('p', { class: 'stage-facts__note' }, note)),
    close,
  );
}
