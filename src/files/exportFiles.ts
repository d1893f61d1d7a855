import { dsvFormat } from 'd3-dsv';
import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { initiativeAreas, isCovered } from '../derive/coverage';
import type { Derived } from '../derive/derived';
import { effectiveProposals, isProposed, type Proposal, scenarioGaps } from '../derive/scenario';
import { formatPeriod, type Lang } from '../i18n/format';
import { gapSummary, proposalList, typeList } from '../i18n/gapText';
import { STATUS_LABELS, STRINGS, TYPE_LABELS, typeInText } from '../i18n/strings';
import { fileNames } from './fileNames';

/** What a download reflects of the view: language, gap mode's types, the scenario's proposals, the date. */
export interface FileContext {
  lang: Lang;
  gaps: readonly IndsatsType[];
  proposals: readonly Proposal[];
  /** Download date, YYYY-MM-DD, named in the source line. */
  date: string;
}

/** Danish Excel opens a `;`-separated UTF-8 file by double-click only with the byte-order mark first. */
const BOM = '\uFEFF';
const SEMICOLON = dsvFormat(';');

export { fileNames };

/** The source line every file carries; in a scenario it starts with "Scenarie – ikke besluttet" and the proposals. */
export function sourceLine(d: Derived, ctx: FileContext): string {
  const t = STRINGS[ctx.lang];
  const source = t.fileSource(d.data.caseInfo.sag_nr, ctx.date);
  const proposals = effectiveProposals(d.matrix, ctx.proposals);
  if (proposals.length === 0) return source;
  return `${t.scenarioTitle}. ${t.scenarioList(proposalList(proposals, d.names, ctx.lang))}. ${source}`;
}

/** "Ja", "Ja (afledt)" (reached only through a derived zone) or "Nej", as the table says it. */
function coverageWord(d: Derived, id: string, type: IndsatsType, lang: Lang): string {
  const t = STRINGS[lang];
  const entries = d.matrix[id]?.[type] ?? [];
  if (!isCovered(d.matrix, id, type)) return t.file.no;
  return entries.every((e) => e.via === 'zone') ? t.yesDerived : t.file.yes;
}

/**
 * What gap mode adds to a file, per area: the case's own gap (without proposals), and, when proposals of a chosen
 * type exist, the scenario's gap and which proposal reaches the area; with the gap sentence exactly as the app
 * shows it. Null with gap mode off.
 */
export function gapFacts(d: Derived, ctx: FileContext) {
  if (ctx.gaps.length === 0) return null;
  const f = STRINGS[ctx.lang].file;
  const proposals = effectiveProposals(d.matrix, ctx.proposals).filter((p) => ctx.gaps.includes(p.type));
  const caseGap = scenarioGaps(d.matrix, ctx.gaps, []);
  const scenarioGap = scenarioGaps(d.matrix, ctx.gaps, proposals);
  const sentence = gapSummary({ ...d, proposals: ctx.proposals }, ctx.gaps, ctx.lang)?.sentence ?? '';
  const yesNo = (b: boolean) => (b ? f.yes : f.no);
  return {
    sentence,
    /** Whether any proposal reaches an area of the chosen types (then the scenario columns are written). */
    scenario: proposals.length > 0,
    caseGap: (id: string) => yesNo(caseGap.includes(id)),
    scenarioGap: (id: string) => yesNo(scenarioGap.includes(id)),
    reached: (id: string) => {
      const mine = proposals.filter((p) => p.area === id);
      return mine.length === 0
        ? f.no
        : f.reachedYes(mine.map((p) => typeInText(p.type, ctx.lang)).join(', '));
    },
  };
}

/** Coverage per area and type as a `;`-separated CSV with BOM for Danish Excel; one row per area. */
export function coverageCsv(d: Derived, ctx: FileContext): string {
  const t = STRINGS[ctx.lang];
  const f = t.file;
  const proposals = effectiveProposals(d.matrix, ctx.proposals);
  const gap = gapFacts(d, ctx);
  const types = typeList(ctx.gaps, ctx.lang);
  const typeCols = INDSATS_TYPES.map((type) => TYPE_LABELS[ctx.lang][type].name);
  const columns = [f.areaId, f.area, f.bydel, ...typeCols];
  if (gap) columns.push(f.gap(types));
  if (gap?.scenario) columns.push(f.reachedByProposal, f.gapScenario(types));
  if (gap) columns.push(f.gapSentence);
  if (proposals.length > 0) columns.push(f.scenario);
  columns.push(f.caseNo, f.source);
  const source = sourceLine(d, ctx);
  const rows = d.data.areas.map((a) => {
    const id = a.properties.id;
    const row: Record<string, string> = {
      [f.areaId]: id,
      [f.area]: a.properties.navn,
      [f.bydel]: d.geography[id]?.bydel ?? '',
      [f.caseNo]: d.data.caseInfo.sag_nr,
      [f.source]: source,
    };
    INDSATS_TYPES.forEach((type, i) => {
      row[typeCols[i] ?? type] = coverageWord(d, id, type, ctx.lang);
    });
    if (gap) {
      row[f.gap(types)] = gap.caseGap(id);
      row[f.gapSentence] = gap.sentence;
    }
    if (gap?.scenario) {
      row[f.reachedByProposal] = gap.reached(id);
      row[f.gapScenario(types)] = gap.scenarioGap(id);
    }
    if (proposals.length > 0)
      row[f.scenario] = INDSATS_TYPES.filter((type) => isProposed(proposals, id, type))
        .map((type) => TYPE_LABELS[ctx.lang][type].name)
        .join(', ');
    return row;
  });
  return BOM + SEMICOLON.format(rows, columns);
}

/** The initiatives as a `;`-separated CSV with BOM: one row per initiative, amounts in whole kroner. */
export function initiativesCsv(d: Derived, ctx: FileContext): string {
  const { lang } = ctx;
  const f = STRINGS[lang].file;
  const source = sourceLine(d, ctx);
  const areasCol = STRINGS[lang].areasTitle;
  // Gap mode: which initiatives were chosen, and the gap sentence as the app says it (the unreached areas).
  const gap = gapFacts(d, ctx);
  const rows = d.data.initiatives.map((ini) => {
    const { ids } = initiativeAreas(ini, d.data.sites, d.geography);
    const gapCells = gap
      ? {
          [f.chosen]: ctx.gaps.includes(ini.type) ? f.yes : f.no,
          [f.gapSentence]: gap.sentence,
        }
      : {};
    return {
      ...gapCells,
      [f.type]: TYPE_LABELS[lang][ini.type].name,
      [f.name]: ini.navn,
      [f.amount]: ini.beloeb ? String(ini.beloeb.total_kr) : '',
      [f.perYear]: ini.beloeb?.pr_aar_kr !== undefined ? String(ini.beloeb.pr_aar_kr) : '',
      [f.period]: ini.periode ? formatPeriod(ini.periode) : '',
      [f.financing]: ini.finansiering?.tekst ?? '',
      [f.status]: STATUS_LABELS[lang][ini.status],
      [f.bilag]: ini.bilag.join(', '),
      [areasCol]: ids.map((id) => d.names[id] ?? id).join(', '),
      [f.quote]: ini.kilde,
      [f.caseNo]: d.data.caseInfo.sag_nr,
      [f.source]: source,
    };
  });
  const columns = [
    f.type,
    f.name,
    f.amount,
    f.perYear,
    f.period,
    f.financing,
    f.status,
    f.bilag,
    areasCol,
    ...(gap ? [f.chosen, f.gapSentence] : []),
    f.quote,
    f.caseNo,
    f.source,
  ];
  return BOM + SEMICOLON.format(rows, columns);
}

/**
 * The areas as RFC 7946 GeoJSON for QGIS/ArcGIS: geometry exactly as areas.geojson, flat properties (id, navn,
 * derived bydel, coverage per type id, precision, bilag, case number, source). The case number and source also
 * sit on the collection as foreign members.
 */
export function areasGeoJson(d: Derived, ctx: FileContext): string {
  const proposals = effectiveProposals(d.matrix, ctx.proposals);
  const source = sourceLine(d, ctx);
  const gap = gapFacts(d, ctx);
  const features = d.data.areas.map((a) => {
    const id = a.properties.id;
    const p = a.properties;
    const properties: Record<string, string | number> = {
      id,
      navn: p.navn,
      bydel: d.geography[id]?.bydel ?? '',
      bydel_kilde: d.geography[id]?.fromFile
        ? `afledt geografisk, fra fil: ${d.geography[id]?.fromFile}`
        : 'afledt geografisk',
    };
    for (const type of INDSATS_TYPES) properties[type] = coverageWord(d, id, type, ctx.lang);
    if (gap) {
      // On every area, so QGIS (which keeps no collection members) shows a gap of which initiatives.
      properties.hul = gap.caseGap(id);
      properties.hul_indsatser = typeList(ctx.gaps, ctx.lang);
    }
    if (gap?.scenario) {
      properties.hul_scenarie = gap.scenarioGap(id);
      properties.naas_af_forslag = gap.reached(id);
    }
    if (proposals.length > 0)
      properties.forslag = INDSATS_TYPES.filter((type) => isProposed(proposals, id, type)).join(',');
    Object.assign(properties, {
      praecision_radius_m: p.praecision.radius_m,
      praecision_tekst:
        ctx.lang === 'en' && p.praecision.tekst_en ? p.praecision.tekst_en : p.praecision.tekst,
      bilag: p.bilag,
      sag: d.data.caseInfo.sag_nr,
      kilde: source,
    });
    return { type: 'Feature', geometry: a.geometry, properties };
  });
  const collection = {
    type: 'FeatureCollection',
    name: fileNames(d.data.caseInfo.sag_nr, proposals.length > 0, gap !== null).areas.replace(
      /\.geojson$/,
      '',
    ),
    sag: d.data.caseInfo.sag_nr,
    kilde: source,
    ...(gap
      ? {
          hul_tekst: gap.sentence,
          hul_forklaring: gap.scenario
            ? `${STRINGS[ctx.lang].file.gapNote} ${STRINGS[ctx.lang].file.gapNoteScenario}`
            : STRINGS[ctx.lang].file.gapNote,
        }
      : {}),
    features,
  };
  return `${JSON.stringify(collection, null, 1)}\n`;
}
