import type { Bilag, Initiative } from '../data/schema';
import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { Dataset } from '../data/validate';
import type { CoverageEntry, CoverageMatrix } from '../derive/coverage';
import type { AreaGeography } from '../derive/geography';
import { nearestReached, nearestSite } from '../derive/nearest';
import { formatDistance, formatKm, formatKr, formatMetres, formatPeriod, type Lang } from '../i18n/format';
import { GRUNDLAG_LABELS, STATUS_LABELS, STRINGS, TYPE_LABELS, typeInText } from '../i18n/strings';
import { h } from './dom';
import { swatch } from './swatch';

/** "Bilag 13 – Initiativaftale: Mjølnerparken". */
export function bilagRef(nr: number, bilag: readonly Bilag[], lang: Lang): string {
  const title = bilag.find((b) => b.nr === nr)?.titel ?? '?';
  return `${STRINGS[lang].bilag} ${nr} – ${title}`;
}

const row = (term: string, ...value: (Node | string)[]) => [h('dt', {}, term), h('dd', {}, ...value)];

function amountText(ini: Initiative, entry: CoverageEntry, lang: Lang): string {
  const t = STRINGS[lang];
  if (!ini.beloeb) return t.noAmount;
  const parts = [formatKr(ini.beloeb.total_kr, lang)];
  if (ini.beloeb.pr_aar_kr !== undefined) parts.push(`(${t.perYear(formatKr(ini.beloeb.pr_aar_kr, lang))})`);
  const whose =
    entry.sharedBy > 1 ? t.sharedBy(entry.sharedBy) : entry.via === 'sted' ? t.ownAmount : t.areaOwnAmount;
  return `${parts.join(' ')} – ${whose}`;
}

function initiativeItem(entry: CoverageEntry, data: Dataset, areaId: string, lang: Lang): HTMLElement {
  const t = STRINGS[lang];
  const ini = entry.initiative;
  const details: HTMLElement[] = [...row(t.amount, amountText(ini, entry, lang))];
  if (ini.periode) details.push(...row(t.period, formatPeriod(ini.periode)));
  // The case's own words, in Danish in either language (as the quote below).
  if (ini.finansiering) details.push(...row(t.financing, h('span', { lang: 'da' }, ini.finansiering.tekst)));
  details.push(...row(t.status, STATUS_LABELS[lang][ini.status]));
  if (entry.via === 'zone' && ini.omfang.slags === 'zone') {
    const zone = ini.omfang.zone;
    const name = data.zones.find((z) => z.properties.id === zone)?.properties.navn ?? zone;
    details.push(h('dd', { class: 'derived' }, t.viaZone(name)));
  }
  if (entry.via === 'sted' && ini.omfang.slags === 'steder') {
    const ids = ini.omfang.steder;
    const sites = data.sites.filter((s) => ids.includes(s.properties.id) && s.properties.omraade === areaId);
    for (const s of sites) details.push(h('dd', {}, t.viaSite(s.properties.navn)));
  }
  const refs =
    ini.bilag.length > 0 ? ini.bilag.map((nr) => bilagRef(nr, data.bilag, lang)).join('; ') : t.noBilag;
  details.push(...row(t.bilag, refs));
  details.push(...row(t.quote, h('q', { lang: 'da' }, ini.kilde)));
  return h(
    'li',
    { class: 'initiative', 'data-type': ini.type },
    h(
      'h4',
      {},
      swatch(ini.type),
      ` ${TYPE_LABELS[lang][ini.type].name}: `,
      h('span', { lang: 'da' }, ini.navn),
    ),
    h('dl', {}, ...details),
  );
}

/** For each type the area lacks, the nearest area it reaches and how far ("afledt geografisk"). */
function nearestHelpList(
  areaId: string,
  data: Dataset,
  matrix: CoverageMatrix,
  missing: readonly IndsatsType[],
  lang: Lang,
): HTMLElement {
  const t = STRINGS[lang];
  const name = (id: string) => data.areas.find((a) => a.properties.id === id)?.properties.navn ?? id;
  const items = missing.flatMap((type) => {
    const help = nearestReached(data, matrix, areaId, type);
    // A type with sites has its one figure in the facts above (nearest site, from the area's point).
    if (!help || help.site !== null) return [];
    const text = t.nearestHelp(
      typeInText(type, lang),
      name(help.id),
      formatKm(help.km, lang),
      formatKm(help.plusMinusKm, lang),
    );
    return [h('li', { 'data-type': type }, text)];
  });
  return h('ul', { class: 'nearest-help' }, ...items);
}

/** The body of an area's dialog: bydel, agreement bilag, every initiative reaching it, gaps, precision. */
export function areaContent(
  areaId: string,
  data: Dataset,
  matrix: CoverageMatrix,
  geography: Record<string, AreaGeography>,
  lang: Lang,
  /** Types proposed for this area in the scenario ("Hvad nu hvis"): named as proposals among the gaps. */
  proposed: readonly IndsatsType[] = [],
): HTMLElement[] {
  const t = STRINGS[lang];
  const area = data.areas.find((a) => a.properties.id === areaId);
  const row_ = matrix[areaId];
  const geo = geography[areaId];
  if (!area || !row_ || !geo) return [h('p', {}, `? ${areaId}`)];
  const p = area.properties;
  const covering = INDSATS_TYPES.flatMap((type) => row_[type]);
  const missing = INDSATS_TYPES.filter((type) => row_[type].length === 0);
  // Recomputed this session from an outline brought in from a file: every derived fact names the file.
  const derived = geo.fromFile ? t.derivedFromFile(geo.fromFile) : t.derived;
  const pct = (x: number) =>
    new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { style: 'percent' }).format(x);
  // The nearest site of a type, named, from the area's point, with ±: the same figure the gap lines give.
  const siteText = (type: IndsatsType) => {
    const site = nearestSite(data, areaId, type);
    return site === null
      ? '–'
      : t.siteDistance(site.place, formatDistance(site.m, lang), formatKm(site.plusMinusKm, lang));
  };
  const facts = h(
    'dl',
    { class: 'area-facts' },
    ...row(
      t.bydel,
      geo.bydel ?? '–',
      ' ',
      h(
        'span',
        { class: 'derived', 'data-fact': 'bydel' },
        geo.bydelShare === null ? `(${derived})` : `(${t.largestOverlap(pct(geo.bydelShare))}; ${derived})`,
      ),
    ),
    ...row(t.agreement, bilagRef(p.bilag, data.bilag, lang)),
    ...row(t.nearestTv, siteText('tv_overvaagning'), ' ', h('span', { class: 'derived' }, `(${derived})`)),
    ...row(t.nearestJobcenter, siteText('jobcentre'), ' ', h('span', { class: 'derived' }, `(${derived})`)),
  );
  const zone = data.zones.find((z) => z.properties.id === geo.hotspotZone)?.properties.navn ?? t.noZone;
  const fromFile = geo.fromFile
    ? [h('p', { class: 'derived area-from-file' }, t.outlineRecomputed(geo.fromFile, zone))]
    : [];
  return [
    facts,
    ...fromFile,
    h('h3', {}, t.initiativesTitle),
    h('ul', { class: 'initiatives' }, ...covering.map((e) => initiativeItem(e, data, areaId, lang))),
    missing.length > 0
      ? h(
          'p',
          { class: 'not-covered' },
          `${t.notCovered}: ${missing
            .map(
              (m) =>
                `${TYPE_LABELS[lang][m].name}${proposed.includes(m) ? ` (${t.proposedNotDecided})` : ''}`,
            )
            .join(', ')}`,
        )
      : h('p', {}),
    nearestHelpList(areaId, data, matrix, missing, lang),
    h(
      'p',
      { class: 'precision' },
      h('strong', {}, `${t.location}: `),
      p.praecision.grundlag === 'fil'
        ? `${t.outlineReach(formatMetres(p.praecision.radius_m, lang))}. `
        : `${t.approx(formatMetres(p.praecision.radius_m, lang))} (${p.praecision.grundlag ? GRUNDLAG_LABELS[lang][p.praecision.grundlag] : t.basisNone}). `,
      lang === 'en' && p.praecision.tekst_en
        ? h('span', {}, p.praecision.tekst_en)
        : h('span', { lang: 'da' }, p.praecision.tekst),
    ),
  ];
}
