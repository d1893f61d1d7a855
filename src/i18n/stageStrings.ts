import type { Lang } from './format';

/** Strings of the projector stage and the presenter view, Danish first (kept apart from strings.ts). */
const DA = {
  stageLegend: 'Indsatser på trinnet',
  gapLegend: (types: string) => `Skraveret: ikke omfattet af ${types}`,
  gapLegendShort: (letters: string) => `Skraveret: ikke omfattet af ${letters}`,
  gapNote: (letters: string) => `ikke omfattet af ${letters}`,
  or: 'eller',
  exportShort: 'PNG',
  exportLabel: 'Gem som PNG',
  presenterShort: 'Taler',
  presenterLabel: 'Talerens visning (andet vindue)',
  captionLabel: 'Sagens ord (rul for mere)',
  factsLabel: (names: string) => `Fakta: ${names}`,
  factsArea: 'Område',
  yes: 'ja',
  no: 'nej',
  factsClose: 'Luk',
  /** A fact card's value for a type reached only through a Hotspot stand-in zone, explained by the note. */
  yesDerived: 'ja*',
  /** A fact card's "no", drawn as a dash (the word is kept for screen readers). */
  noMark: '–',
  /** The card's note on "ja*", in the desk dialog's words: "* Hotspot afledt: Blågården i zonen …". */
  factsDerived: (type: string, parts: string) =>
    `* ${type} afledt: ${parts} (KK's afgrænsning fra 2023 som stedfortræder; afledt geografisk)`,
  inZone: (names: string, zone: string) => `${names} i zonen ${zone}`,
  presenterTitle: 'Talerens visning',
  presenterNow: 'Nu',
  presenterNext: 'Næste',
  presenterEnd: 'Sidste trin',
  presenterNotes: 'Noter',
  presenterTimer: 'Tid på trinnet',
  presenterClock: 'Klokken',
  presenterWaiting: 'Venter på præsentationen … start den i hovedvinduet.',
  exportStep: (n: number, total: number, title: string) => `Trin ${n}/${total}: ${title}`,
};

const EN: typeof DA = {
  stageLegend: "The step's initiatives",
  gapLegend: (types: string) => `Hatched: not covered by ${types}`,
  gapLegendShort: (letters: string) => `Hatched: not covered by ${letters}`,
  gapNote: (letters: string) => `not covered by ${letters}`,
  or: 'or',
  exportShort: 'PNG',
  exportLabel: 'Save as PNG',
  presenterShort: 'Speaker',
  presenterLabel: 'Speaker view (second window)',
  captionLabel: "The case's words (scroll for more)",
  factsLabel: (names: string) => `Facts: ${names}`,
  factsArea: 'Area',
  yes: 'yes',
  no: 'no',
  factsClose: 'Close',
  yesDerived: 'yes*',
  noMark: '–',
  factsDerived: (type: string, parts: string) =>
    `* ${type} derived: ${parts} (KK's 2023 delineation as a stand-in; derived from geography)`,
  inZone: (names: string, zone: string) => `${names} in the zone ${zone}`,
  presenterTitle: 'Speaker view',
  presenterNow: 'Now',
  presenterNext: 'Next',
  presenterEnd: 'Last step',
  presenterNotes: 'Notes',
  presenterTimer: 'Time on this step',
  presenterClock: 'Clock',
  presenterWaiting: 'Waiting for the presentation … start it in the main window.',
  exportStep: (n: number, total: number, title: string) => `Step ${n}/${total}: ${title}`,
};

export const STAGE_STRINGS: Record<Lang, typeof DA> = { da: DA, en: EN };

/** "a, b eller c" / "a, b or c": the gap's types, none of which reaches a gap area. */
export function joinOr(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${STAGE_STRINGS[lang].or} ${items.at(-1)}`;
}
