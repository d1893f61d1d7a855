/**
 * The credit lines the publishers ask for, with licence, extract date and whether the licence is confirmed
 * (geo/sources/SOURCES.md, "Licence findings"). The map's attribution control, the PNG/print footer, the "Kilder"
 * section and the README's table all read this one list.
 */
export interface Credit {
  /** The line shown on the map and in exports, in the publisher's wording. */
  line: string;
  /** What the data is used for, Danish and English. */
  usedFor: { da: string; en: string };
  /** Licence or terms, as far as known. */
  licence: string;
  /** When the data was extracted, where known. */
  extract: string | null;
  /** Whether the licence is confirmed from the publisher's own terms; false = presumed or not stated. */
  confirmed: boolean;
}

export const CREDITS = {
  kk: {
    line: 'Københavns Kommune (CC BY 4.0, 2023)',
    usedFor: {
      da: 'bydele, udsatte byområder (Hotspot-stedfortrædere), Hothers Plads',
      en: 'districts, vulnerable urban areas (Hotspot stand-ins), Hothers Plads',
    },
    licence: 'CC BY 4.0',
    extract: '2023 (bydele 1.8.2023, udsatte byområder 18.7.2023)',
    confirmed: true,
  },
  kk2014: {
    line: 'Københavns Kommune: veje, vand (2014) og parker – licens ikke bekræftet',
    usedFor: { da: 'veje, søer og havn, parker', en: 'roads, lakes and harbour, parks' },
    licence: 'formodet CC BY 4.0 (data.kk.dk 2014); parkregister: licens ikke angivet',
    extract: '2014 (veje, vand); parkregister uden dato',
    confirmed: false,
  },
  dagi: {
    line: 'Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur, DAGI (CC BY 4.0, udtræk 2014)',
    usedFor: { da: 'nabokommuner', en: 'neighbouring municipalities' },
    licence: 'CC BY 4.0 (SDFI, fra 16.5.2024)',
    extract: '13.2.2014 (1:500.000)',
    confirmed: true,
  },
  rejseplanen: {
    line: 'Rejseplanen – linjeføring forenklet',
    usedFor: { da: 'metrolinjer og stationer', en: 'metro lines and stations' },
    licence:
      'Rejseplanen Labs: retningslinjer for databrug ("use it – don\'t abuse it"); ikke en åben licens',
    extract: 'GTFS, 2024 eller senere (med M4 Sydhavn)',
    confirmed: true,
  },
  osm: {
    line: '© OpenStreetMap-bidragydere (ODbL, 2017)',
    usedFor: { da: 'kystlinje og Frederiksberg', en: 'coastline and Frederiksberg' },
    licence: 'ODbL 1.0',
    extract: 'landpolygoner 2017',
    confirmed: true,
  },
  fonts: {
    line: 'Noto Sans (SIL Open Font License 1.1)',
    usedFor: { da: 'kortets skrift', en: 'the map’s lettering' },
    licence: 'SIL Open Font License 1.1',
    extract: null,
    confirmed: true,
  },
  places: {
    line: 'Områder: sag 2011-40035; placering omtrentlig',
    usedFor: {
      da: 'områdernes punkter, sat for dette projekt ud fra Københavns Kommunes kortlag og offentlige kilder (±100–300 m)',
      en: 'the areas’ points, placed for this project from Copenhagen Municipality’s layers and public sources (±100–300 m)',
    },
    licence: 'fakta; afledt af Københavns Kommunes data (CC BY 4.0)',
    extract: null,
    confirmed: true,
  },
} as const satisfies Record<string, Credit>;

export type CreditId = keyof typeof CREDITS;

/** The credits drawn in the PNG/print footer, in this order. */
export const EXPORT_CREDITS: readonly CreditId[] = ['dagi', 'kk', 'kk2014', 'rejseplanen', 'osm', 'fonts'];

/**
 * One sentence per credit for the "Kilder" list (line, use, licence, extract), in parts, each saying whether it is in the publisher's Danish wording (line, licence,
 * extract): the English UI marks those parts `lang="da"`, so a screen reader reads them as Danish.
 */
export function creditParts(c: Credit, lang: 'da' | 'en'): { text: string; da: boolean }[] {
  const en = lang === 'en';
  return [
    { text: c.line, da: true },
    { text: ` – ${c.usedFor[lang]} (${en ? 'licence' : 'licens'}: `, da: !en },
    { text: c.licence, da: true },
    ...(c.extract
      ? [
          { text: en ? '; extract ' : '; udtræk ', da: !en },
          { text: c.extract, da: true },
        ]
      : []),
    { text: ')', da: !en },
  ];
}
