import type { AreaPrecision, OutlineImport, OutlineMatch, UnmatchedReason } from '../derive/outlines';
import type { Lang } from './format';

/**
 * The precision record an outline from a file writes into areas.geojson: both languages, since the saved file is
 * data the app reads in either, and the source line naming file, feature, match and reprojection.
 */
export function outlinePrecision(imp: OutlineImport, m: OutlineMatch, reachM: number): AreaPrecision {
  const reprojected = imp.crs === 'EPSG:25832' ? ', omregnet fra EPSG:25832' : '';
  return {
    grundlag: 'fil',
    radius_m: reachM,
    tekst: `Afgrænsning fra fil: ${imp.fileName} (feature ${m.feature}); ikke fra sagen. Punktet er afgrænsningens midte, og den når op til ${reachM} m fra det.`,
    tekst_en: `Outline from file: ${imp.fileName} (feature ${m.feature}); not from the case. The point is the outline's centre, and the outline reaches up to ${reachM} m from it.`,
    kilde: `fra fil: ${imp.fileName}, feature ${m.feature}, matchet på ${m.matchedBy}${reprojected}`,
  };
}

/** Why a feature gives no area its outline, in the user's language (`names`: area id → name). */
export function unmatchedReason(
  reason: UnmatchedReason,
  lang: Lang,
  names: Readonly<Record<string, string>>,
): string {
  const da = lang === 'da';
  switch (reason.kind) {
    case 'invalid':
      return da ? 'ugyldig geometri (se problemerne)' : 'invalid geometry (see the problems)';
    case 'notPolygon': {
      const type = reason.geometry ?? (da ? 'ingen geometri' : 'no geometry');
      return da ? `ikke en flade (${type})` : `not a polygon (${type})`;
    }
    case 'noMatch':
      return da
        ? 'navnet eller id’et passer ikke til et af de 10 områder'
        : 'the name or id matches none of the 10 areas';
    case 'taken': {
      const name = names[reason.areaId] ?? reason.areaId;
      return da
        ? `${name} har allerede en afgrænsning fra filen`
        : `${name} already has an outline from the file`;
    }
    case 'failsCheck':
      return da
        ? 'geometrien består ikke kortets kontrol (se problemerne)'
        : 'the geometry fails the map’s check (see the problems)';
  }
}

/** A problem's message as shown: the checker's own words, JSON.parse's after "ugyldig JSON" / "invalid JSON". */
export function outlineProblemText(p: { source: string; message: string }, lang: Lang): string {
  return p.source === 'json' ? `${lang === 'da' ? 'ugyldig JSON' : 'invalid JSON'}: ${p.message}` : p.message;
}
