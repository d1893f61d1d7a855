import type { CaseInfo, Figure, Initiative } from '../data/schema';
import { type FigureId, INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { Dataset } from '../data/validate';
import type { CoverageMatrix } from './coverage';

/** A case figure by id; the validator guarantees the required ones exist. */
export function caseFigure(caseInfo: CaseInfo, id: FigureId): Figure {
  const figure = caseInfo.tal.find((t) => t.id === id);
  if (!figure) throw new Error(`case.json: tal "${id}" mangler`);
  return figure;
}

/** Per-year amounts (kr.) of an initiative, when the case gives a yearly figure and a period. */
export function yearlyAmounts(ini: Initiative): { year: number; kr: number }[] {
  const perYear = ini.beloeb?.pr_aar_kr;
  if (perYear === undefined || !ini.periode) return [];
  const years = ini.periode.til - ini.periode.fra + 1;
  return Array.from({ length: years }, (_, i) => ({ year: (ini.periode?.fra ?? 0) + i, kr: perYear }));
}

/** Sum of the stated totals (kr.) of the initiatives of each type; types without amounts sum to 0. */
export function budgetByType(initiatives: readonly Initiative[]): Record<IndsatsType, number> {
  const sums = Object.fromEntries(INDSATS_TYPES.map((t) => [t, 0])) as Record<IndsatsType, number>;
  for (const ini of initiatives) sums[ini.type] += ini.beloeb?.total_kr ?? 0;
  return sums;
}

/** Sum of all stated initiative totals (kr.), each counted once however many areas share it. */
export const budgetTotal = (initiatives: readonly Initiative[]): number =>
  initiatives.reduce((sum, ini) => sum + (ini.beloeb?.total_kr ?? 0), 0);

/** TV-overvågning in the case's two ways of counting it. */
export interface TvFigures {
  /** The three site amounts as listed (kr.). */
  sites: { id: string; navn: string; kr: number }[];
  /** Their sum (kr.). */
  siteSum: number;
  /** "De samlede udgifter … 0,66 mio. kr." (kr.). */
  statedTotal: number;
  /** Half of the stated total: the state's share (kr.). */
  stateShare: number;
  /** The other half: municipal co-financing (kr.), which the case gives as Tingbjerg and Hothers Plads' share. */
  municipalShare: number;
  /**
   * How the municipal shares are funded, grouped by the case's sentence: Tingbjerg and Hothers Plads in Kickstart
   * 2011 (0,33 mio. kr.), Aldersrogade separately from the områdeløft in Haraldsgadekvarteret (no amount stated).
   */
  municipalFunding: { sites: string[]; kr: number | null; kilde: string }[];
}

/** The municipal CCTV shares grouped by the sentence that funds them; only the Kickstart group has an amount. */
function municipalFunding(data: Dataset): TvFigures['municipalFunding'] {
  const groups = new Map<string, string[]>();
  for (const ini of data.initiatives) {
    const kilde = ini.finansiering?.kilde;
    if (ini.type !== 'tv_overvaagning' || !kilde) continue;
    groups.set(kilde, [...(groups.get(kilde) ?? []), ini.id]);
  }
  const kickstart = caseFigure(data.caseInfo, 'tv_kommune_tingbjerg_hothers');
  return [...groups].map(([kilde, sites]) => ({
    sites,
    kr: kickstart.kilde.includes(kilde) || kilde.includes(kickstart.kilde) ? kickstart.kr : null,
    kilde,
  }));
}

/** The TV-overvågning figures: site amounts and the case's stated total split 50/50. */
export function tvFigures(data: Dataset): TvFigures {
  const sites = data.initiatives
    .filter((i) => i.type === 'tv_overvaagning' && i.beloeb)
    .map((i) => ({ id: i.id, navn: i.navn, kr: i.beloeb?.total_kr ?? 0 }));
  const statedTotal = caseFigure(data.caseInfo, 'tv_samlet').kr;
  return {
    sites,
    siteSum: sites.reduce((s, x) => s + x.kr, 0),
    statedTotal,
    stateShare: statedTotal / 2,
    municipalShare: statedTotal / 2,
    municipalFunding: municipalFunding(data),
  };
}

/** A comparison of two figures the case gives or implies; `matches` false means the case is inconsistent. */
export interface CaseCheck {
  id: 'pulje_sum' | 'tv_sum' | 'tv_kommune' | 'forventet' | 'aarlig' | 'syv_af_ti';
  stated: number;
  computed: number;
  matches: boolean;
}

/** "Ved denne indsats sættes der initiativer i gang i 7 af de 10 særligt udsatte boligområder": the case's count. */
const STATED_AREAS_STARTED = 7;
/** "kommunens andel fsva. Tingbjerg og Hothers Plads svarende til 0,33 mio. kr." (Kickstart 2011): the sites it names. */
const KICKSTART_TV_SITES: readonly string[] = ['tv_tingbjerg', 'tv_hothers_plads'];
/** How far an approximate ("ca.") figure may lie from the exact one and still agree with it, as a share. */
export const APPROXIMATE_TOLERANCE = 0.05;

/** Compares the case's totals with the sums of its parts; each mismatch becomes a visible data note. */
export function caseChecks(data: Dataset, matrix: CoverageMatrix): CaseCheck[] {
  const check = (id: CaseCheck['id'], stated: number, computed: number, tolerance = 0.5): CaseCheck => ({
    id,
    stated,
    computed,
    matches: Math.abs(stated - computed) < tolerance,
  });
  const pool = data.initiatives.filter((i) => i.finansiering?.form === 'initiativaftaler');
  const tv = tvFigures(data);
  const tvKommune = tv.sites.filter((s) => KICKSTART_TV_SITES.includes(s.id)).reduce((s, x) => s + x.kr, 0);
  const yearlyMismatch = data.initiatives.filter((i) => {
    const years = yearlyAmounts(i);
    return years.length > 0 && years.reduce((s, y) => s + y.kr, 0) !== i.beloeb?.total_kr;
  }).length;
  const strategic = Object.keys(matrix).filter((id) =>
    (['nv_arbejdsmarked', 'sv_profilinstitutioner', 'tv_overvaagning'] as const).some(
      (t) => (matrix[id]?.[t].length ?? 0) > 0,
    ),
  ).length;
  const andel = caseFigure(data.caseInfo, 'koebenhavns_andel').kr;
  const expected = caseFigure(data.caseInfo, 'forventede_midler');
  return [
    check('pulje_sum', andel, budgetTotal(pool)),
    check('tv_sum', tv.statedTotal, tv.siteSum),
    check('tv_kommune', caseFigure(data.caseInfo, 'tv_kommune_tingbjerg_hothers').kr, tvKommune),
    // "ca. 24 mio. kr." is a rounded figure: it agrees with the exact amount within APPROXIMATE_TOLERANCE.
    check('forventet', expected.kr, andel, expected.omtrentlig ? expected.kr * APPROXIMATE_TOLERANCE : 0.5),
    check('aarlig', 0, yearlyMismatch),
    check('syv_af_ti', STATED_AREAS_STARTED, strategic),
  ];
}

/** One part of a bar: a year, a share, or a site. */
export interface BudgetSegment {
  /** What the part is: "2011", "state", "municipal", a site id, or "total". */
  key: string;
  label: string;
  kr: number;
  /** Drawn hatched in the row's colour: a part paid from another source (e.g. municipal co-financing). */
  hatched?: boolean;
}

/** One bar of the budget chart. */
export interface BudgetRow {
  id: string;
  type: IndsatsType;
  label: string;
  segments: BudgetSegment[];
  /** Number of areas that share the amount (1 = one area's or one site's own). */
  sharedBy: number;
}

const sumKr = (segments: readonly BudgetSegment[]) => segments.reduce((s, x) => s + x.kr, 0);
/** The total of a row, in kr. */
export const rowTotal = (row: BudgetRow): number => sumKr(row.segments);

/**
 * Bars for every initiative with an amount except TV-overvågning (see `tvRows`), split by year where the case gives
 * yearly amounts; shared amounts stay whole and say how many areas share them.
 */
export function budgetRows(data: Dataset): BudgetRow[] {
  return data.initiatives
    .filter((ini) => ini.beloeb && ini.type !== 'tv_overvaagning')
    .map((ini) => {
      const years = yearlyAmounts(ini);
      const total = ini.beloeb?.total_kr ?? 0;
      const segments =
        years.length > 0
          ? years.map((y) => ({ key: String(y.year), label: String(y.year), kr: y.kr }))
          : [{ key: 'total', label: ini.periode ? `${ini.periode.fra}–${ini.periode.til}` : '', kr: total }];
      const sharedBy = ini.omfang.slags === 'omraader' ? ini.omfang.omraader.length : 1;
      return { id: ini.id, type: ini.type, label: ini.navn, segments, sharedBy };
    });
}

/** The two TV-overvågning bars: the case's stated total split state/municipal, and the sum of the site amounts. */
export function tvRows(
  data: Dataset,
  labels: { statedTotal: string; siteSum: string; state: string; municipal: string },
): BudgetRow[] {
  const tv = tvFigures(data);
  return [
    {
      id: 'tv_samlet',
      type: 'tv_overvaagning',
      label: labels.statedTotal,
      segments: [
        { key: 'state', label: labels.state, kr: tv.stateShare },
        { key: 'municipal', label: labels.municipal, kr: tv.municipalShare, hatched: true },
      ],
      sharedBy: 1,
    },
    {
      id: 'tv_steder',
      type: 'tv_overvaagning',
      label: labels.siteSum,
      segments: tv.sites.map((s) => ({
        key: s.id,
        label: s.navn.replace(/^TV-overvågning: projekt omkring /, ''),
        kr: s.kr,
      })),
      sharedBy: 1,
    },
  ];
}
