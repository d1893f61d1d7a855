import { getIssues } from '@placemarkio/check-geojson';
import { distance, explode } from '@turf/turf';
import proj4 from 'proj4';
import * as v from 'valibot';
import { danishConfig } from '../data/messages';
import { type Area, AreaSchema } from '../data/schema';
import { areaAnchor } from './geography';
import { foldName } from './search';

/** ETRS89 / UTM zone 32N, the Danish standard for municipal GIS files. */
export const EPSG_25832 = '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

/** An area's outline as the schema types it. */
export type AreaOutline = Exclude<Area['geometry'], { type: 'Point' }>;

/**
 * One problem in an outline file: which feature (null = the file), where in it, and the checker's own message
 * (JSON.parse's for `json`, check-geojson's for `geojson`, valibot's Danish message for `schema`).
 */
export interface OutlineProblem {
  feature: number | null;
  path: string;
  source: 'json' | 'geojson' | 'schema';
  message: string;
}

/** Why a feature gives no area its outline; i18n/outlineText.ts says it in words. */
export type UnmatchedReason =
  | { kind: 'invalid' }
  | { kind: 'notPolygon'; geometry: string | null }
  | { kind: 'noMatch' }
  | { kind: 'taken'; areaId: string }
  | { kind: 'failsCheck' };

/** A feature of the file that gives one of the ten areas its outline. */
export interface OutlineMatch {
  areaId: string;
  feature: number;
  matchedBy: 'id' | 'navn';
  geometry: AreaOutline;
}

/** The outcome of reading one outline file; nothing is dropped silently. */
export interface OutlineImport {
  fileName: string;
  crs: 'EPSG:4326' | 'EPSG:25832';
  matches: OutlineMatch[];
  /** Features that match none of the ten areas (or a second feature for an area already matched). */
  unmatched: { feature: number; label: string; reason: UnmatchedReason }[];
  problems: OutlineProblem[];
}

type Key = string | number;

/**
 * The JSON path (keys and indices) of the value at `offset` in JSON `text`: a tiny scanner that follows
 * brackets, keys and commas, so a validator's character offsets can be named "features.2.geometry…".
 */
export function pathAt(text: string, offset: number): Key[] {
  const stack: { array: boolean; key: Key | null }[] = [];
  let i = 0;
  while (i < offset && i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      let k = j + 1;
      while (/\s/.test(text[k] ?? '')) k++;
      const top = stack.at(-1);
      if (top && !top.array && text[k] === ':') top.key = JSON.parse(text.slice(i, j + 1)) as string;
      i = j + 1;
      continue;
    }
    if (ch === '{') stack.push({ array: false, key: null });
    else if (ch === '[') stack.push({ array: true, key: 0 });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ',') {
      const top = stack.at(-1);
      if (top?.array) top.key = Number(top.key) + 1;
    }
    i++;
  }
  return stack.map((s) => s.key).filter((k): k is Key => k !== null);
}

/** Which CRS the file declares: EPSG:25832 when its `crs` member names it, else lon/lat (RFC 7946). */
export function declaredCrs(doc: unknown): OutlineImport['crs'] {
  const name = (doc as { crs?: { properties?: { name?: unknown } } })?.crs?.properties?.name;
  return typeof name === 'string' && /25832/.test(name) ? 'EPSG:25832' : 'EPSG:4326';
}

type Positions = number[] | Positions[];

/** A copy of the coordinates with every position reprojected from EPSG:25832 to lon/lat, 6 decimals. */
function reproject(coords: Positions): Positions {
  if (typeof coords[0] === 'number') {
    const [x = 0, y = 0] = coords as number[];
    const [lon = 0, lat = 0] = proj4(EPSG_25832, 'EPSG:4326', [x, y]);
    return [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
  }
  return (coords as Positions[]).map(reproject);
}

/** The name a feature goes by: `navn`, `name` or `id` from its properties, else its own `id`. */
function featureLabel(f: GeoJSON.Feature): string {
  const p = f.properties ?? {};
  const value = p.navn ?? p.name ?? p.NAVN ?? p.Navn ?? p.id ?? f.id;
  return value === undefined || value === null ? '' : String(value);
}

/** The area a feature names, by id first, then by name folded as the search folds it (æ/ae/a, ø/oe/o, å/aa/a). */
export function matchArea(
  f: GeoJSON.Feature,
  areas: readonly Area[],
): { area: Area; by: 'id' | 'navn' } | undefined {
  const ids = [f.properties?.id, f.id].filter((x) => x !== undefined && x !== null).map(String);
  const byId = areas.find((a) => ids.includes(a.properties.id));
  if (byId) return { area: byId, by: 'id' };
  const label = foldName(featureLabel(f));
  if (!label) return undefined;
  const byName = areas.find(
    (a) => foldName(a.properties.navn) === label || foldName(a.properties.id) === label,
  );
  return byName ? { area: byName, by: 'navn' } : undefined;
}

/** The features of a FeatureCollection, a single Feature, or a bare geometry. */
function featuresOf(doc: unknown): GeoJSON.Feature[] {
  const d = doc as { type?: string; features?: unknown };
  if (d?.type === 'FeatureCollection' && Array.isArray(d.features)) return d.features as GeoJSON.Feature[];
  if (d?.type === 'Feature') return [d as GeoJSON.Feature];
  return [{ type: 'Feature', properties: {}, geometry: d as GeoJSON.Geometry }];
}

const featureOfPath = (path: Key[]): number | null =>
  path[0] === 'features' && typeof path[1] === 'number' ? path[1] : null;

/**
 * Reads an outline file: validates it with check-geojson (every problem with its feature and path), reprojects
 * EPSG:25832 to lon/lat, and matches each polygon to one of the ten areas by id or folded name. Pure: the text in,
 * the outcome out; nothing leaves the page.
 */
export function importOutlines(text: string, fileName: string, areas: readonly Area[]): OutlineImport {
  const result: OutlineImport = { fileName, crs: 'EPSG:4326', matches: [], unmatched: [], problems: [] };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    result.problems.push({ feature: null, path: '', source: 'json', message: (e as Error).message });
    return result;
  }
  result.crs = declaredCrs(doc);
  const broken = new Set<number>();
  for (const issue of getIssues(text)) {
    const path = pathAt(text, issue.from);
    const feature = featureOfPath(path);
    if (feature !== null) broken.add(feature);
    result.problems.push({ feature, path: path.join('.'), source: 'geojson', message: issue.message });
  }
  if (result.problems.some((p) => p.feature === null)) return result;
  featuresOf(doc).forEach((f, i) => {
    const label = featureLabel(f);
    if (broken.has(i)) {
      result.unmatched.push({ feature: i, label, reason: { kind: 'invalid' } });
      return;
    }
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      result.unmatched.push({ feature: i, label, reason: { kind: 'notPolygon', geometry: g?.type ?? null } });
      return;
    }
    const match = matchArea(f, areas);
    if (!match) {
      result.unmatched.push({
        feature: i,
        label,
        reason: { kind: 'noMatch' },
      });
      return;
    }
    if (result.matches.some((m) => m.areaId === match.area.properties.id)) {
      result.unmatched.push({
        feature: i,
        label,
        reason: { kind: 'taken', areaId: match.area.properties.id },
      });
      return;
    }
    const coordinates = result.crs === 'EPSG:25832' ? reproject(g.coordinates as Positions) : g.coordinates;
    const geometry = { type: g.type, coordinates } as AreaOutline;
    const check = v.safeParse(AreaSchema, { ...match.area, geometry }, danishConfig());
    if (!check.success) {
      for (const issue of check.issues)
        result.problems.push({
          feature: i,
          path: `features.${i}.${v.getDotPath(issue) ?? ''}`,
          source: 'schema',
          message: issue.message,
        });
      result.unmatched.push({
        feature: i,
        label,
        reason: { kind: 'failsCheck' },
      });
      return;
    }
    result.matches.push({ areaId: match.area.properties.id, feature: i, matchedBy: match.by, geometry });
  });
  return result;
}

/** An area's precision record (its texts come from i18n/outlineText.ts). */
export type AreaPrecision = Area['properties']['praecision'];

/**
 * The areas with the file's outlines in place of their points, and the precision `precision` words for each
 * (saying where the outline is from).
 */
export function mergeOutlines(
  areas: readonly Area[],
  imp: OutlineImport,
  precision: (imp: OutlineImport, m: OutlineMatch, reachM: number) => AreaPrecision,
): Area[] {
  return areas.map((area) => {
    const m = imp.matches.find((x) => x.areaId === area.properties.id);
    if (!m) return area;
    const outlined = { ...area, geometry: m.geometry };
    return {
      ...outlined,
      properties: { ...area.properties, praecision: precision(imp, m, outlineReach(outlined)) },
    };
  });
}

/**
 * How far an outline reaches from its point (the anchor the map and the distances use), rounded up to 10 m: the
 * ± of an outlined area, since its point stands for all of it.
 */
export function outlineReach(area: Area): number {
  const anchor = areaAnchor(area);
  const far = Math.max(...explode(area).features.map((v) => distance(anchor, v, { units: 'meters' })));
  return Math.ceil(far / 10) * 10;
}

/** The text of an areas.geojson with the outlines merged in, ready to commit (`npm run check-data` accepts it). */
export function areasFileText(areas: readonly Area[], schema: string): string {
  return `${JSON.stringify({ $schema: schema, type: 'FeatureCollection', features: areas }, null, 2)}\n`;
}
