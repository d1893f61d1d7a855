import type { Dataset } from '../data/validate';
import { type Derived, deriveWithOutlines } from '../derive/derived';
import type { OutlineImport } from '../derive/outlines';
import { formatDistance, type Lang } from '../i18n/format';
import { outlinePrecision, outlineProblemText, unmatchedReason } from '../i18n/outlineText';
import { STRINGS } from '../i18n/strings';
import { h, offerDownload } from './dom';

/** The `$schema` of a downloaded areas.geojson, as it sits in geo/case/. */
const AREAS_SCHEMA = '../schema/areas.schema.json';

/** The outlines of a file as the map draws them, each labelled with the file it came from. */
export function outlineFeatures(imp: OutlineImport, label: string): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: imp.matches.map((m) => ({
      type: 'Feature',
      properties: { id: m.areaId, label },
      geometry: m.geometry,
    })),
  };
}

export function save(text: string): void {
  offerDownload(new Blob([text], { type: 'application/geo+json' }), 'areas.geojson');
}

/**
 * The outcome of a file (loaded with the file's checks only when a file comes: outlineImport.ts): the derived data recomputed from the committed data with its outlines (null when nothing
 * matched), and the dialog body listing matched areas with that geography, unmatched features and problems.
 */
export function report(
  committed: Dataset,
  imp: OutlineImport,
  lang: Lang,
  o: typeof import('../derive/outlines'),
): { next: Derived | null; body: HTMLElement[]; fileText: string } {
  const t = STRINGS[lang];
  const areas = o.mergeOutlines(committed.areas, imp, outlinePrecision);
  const areaIds = imp.matches.map((m) => m.areaId);
  const next = deriveWithOutlines(committed, areas, { fileName: imp.fileName, areaIds });
  const geo = next.geography;
  const pct = (x: number) =>
    new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { style: 'percent' }).format(x);
  const zoneName = (id: string | null) =>
    committed.zones.find((z) => z.properties.id === id)?.properties.navn ?? '–';
  const list = (items: HTMLElement[]) =>
    items.length > 0 ? h('ul', {}, ...items) : h('p', {}, t.outlineNone);
  const matched = imp.matches.map((m) => {
    const g = geo[m.areaId];
    const bydel = g?.bydel ?? '–';
    const share = g?.bydelShare ?? null;
    return h(
      'li',
      { 'data-area': m.areaId },
      h('strong', {}, next.names[m.areaId] ?? m.areaId),
      ` – ${t.outlineFrom(imp.fileName)} (${t.outlineFeature(m.feature)}, ${t.outlineMatchedBy(m.matchedBy)}). `,
      `${t.bydel}: ${bydel}${share === null ? '' : ` (${t.largestOverlap(pct(share))})`}; `,
      `Hotspot: ${zoneName(g?.hotspotZone ?? null)}; `,
      `${t.nearestTv}: ${g?.nearestTvM == null ? '–' : formatDistance(g.nearestTvM, lang)} `,
      h('span', { class: 'derived' }, `(${t.derivedFromFile(imp.fileName)})`),
    );
  });
  const unmatched = imp.unmatched.map((u) =>
    h(
      'li',
      { 'data-feature': u.feature },
      `${t.outlineFeature(u.feature)} «${u.label || '?'}»: `,
      unmatchedReason(u.reason, lang, next.names),
    ),
  );
  const problems = imp.problems.map((p) =>
    h(
      'li',
      { 'data-feature': p.feature ?? '' },
      `${p.feature === null ? t.outlineFile : t.outlineFeature(p.feature)}: `,
      h('code', {}, p.path || '–'),
      ': ',
      // check-geojson speaks English; JSON.parse and valibot's messages are worded by the app.
      h('span', p.source === 'geojson' ? { lang: 'en' } : {}, outlineProblemText(p, lang)),
    ),
  );
  return {
    body: [
      h('p', {}, t.outlineCrs(imp.crs)),
      h('h3', {}, t.outlineMatched(matched.length)),
      list(matched),
      h('h3', {}, t.outlineUnmatched(unmatched.length)),
      h('div', { class: 'outline-import__unmatched' }, list(unmatched)),
      h('h3', {}, t.outlineProblems(problems.length)),
      h('div', { class: 'outline-import__problems' }, list(problems)),
      h('p', { class: 'outline-import__note' }, areaIds.length > 0 ? t.outlineApplied : t.outlineNotApplied),
      h('p', { class: 'outline-import__note' }, t.outlineLocal),
    ],
    next: areaIds.length > 0 ? next : null,
    fileText: o.areasFileText(areas, AREAS_SCHEMA),
  };
}
