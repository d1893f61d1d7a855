import { bbox, booleanPointInPolygon, centroid, distance, feature, point, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { Area, Bydel, Site, Zone } from '../data/schema';

/** Facts computed from geometry, never typed by hand; shown in the UI as "afledt geografisk". */
export interface AreaGeography {
  /**
   * Name of the KK bydel containing the area's anchor point, or, for an outline, the bydel holding the largest
   * part of it; null when none does.
   */
  bydel: string | null;
  /** For an outline: the share (0–1) of its area that lies in `bydel` (largest overlap wins); null for a point. */
  bydelShare: number | null;
  /** Id of the Hotspot stand-in zone containing the anchor, or null. */
  hotspotZone: string | null;
  /** Metres from the anchor to the nearest TV-overvågning site, or null when there is none. */
  nearestTvM: number | null;
  /** Metres from the anchor to the nearest jobcenter site, or null. */
  nearestJobcenterM: number | null;
  /** Name of the file whose outline these facts were recomputed from this session (see `deriveWithOutlines`). */
  fromFile?: string;
}

/** The point an area is labelled and measured from: the point itself, or a point inside its polygon. */
export function areaAnchor(area: Area): Feature<Point> {
  const g = area.geometry;
  if (g.type === 'Point') return point(g.coordinates);
  const c = centroid(feature(g));
  return booleanPointInPolygon(c, feature(g)) ? c : pointOnFeature(feature(g));
}

/** First polygon feature (in file order) that contains the point, or undefined. */
export function containing<T extends Bydel | Zone>(
  pt: Feature<Point>,
  polygons: readonly T[],
): T | undefined {
  return polygons.find((p) => booleanPointInPolygon(pt, p.geometry));
}

/** Sample points per side of the grid that measures overlap (40 × 40 over the outline's bounding box). */
const OVERLAP_GRID = 40;

/**
 * The polygon feature that overlaps the outline most, with the share of the outline inside it (largest overlap
 * wins); undefined when none overlaps. The share is measured on a regular grid of points over the outline (about
 * ±2 %), which keeps the polygon-clipping library out of the app's initial code.
 */
export function largestOverlap<T extends Bydel | Zone>(
  outline: Polygon | MultiPolygon,
  polygons: readonly T[],
): { polygon: T; share: number } | undefined {
  const [west, south, east, north] = bbox(outline);
  const inside: Feature<Point>[] = [];
  for (let i = 0; i < OVERLAP_GRID; i++) {
    for (let j = 0; j < OVERLAP_GRID; j++) {
      const pt = point([
        west + ((i + 0.5) / OVERLAP_GRID) * (east - west),
        south + ((j + 0.5) / OVERLAP_GRID) * (north - south),
      ]);
      if (booleanPointInPolygon(pt, outline)) inside.push(pt);
    }
  }
  let best: { polygon: T; share: number } | undefined;
  for (const p of polygons) {
    const share = inside.filter((pt) => booleanPointInPolygon(pt, p.geometry)).length / (inside.length || 1);
    if (share > 0 && (!best || share > best.share)) best = { polygon: p, share };
  }
  return best;
}

/** Distance in whole metres from the point to the nearest site, or null when `sites` is empty. */
export function nearestDistanceM(pt: Feature<Point>, sites: readonly Site[]): number | null {
  if (sites.length === 0) return null;
  const metres = sites.map((s) => distance(pt, s.geometry.coordinates, { units: 'meters' }));
  return Math.round(Math.min(...metres));
}

/** Geographic joins for every area, keyed by area id. */
export function areaGeography(
  areas: readonly Area[],
  bydele: readonly Bydel[],
  zones: readonly Zone[],
  sites: readonly Site[],
): Record<string, AreaGeography> {
  const tv = sites.filter((s) => s.properties.type === 'tv_overvaagning');
  const jobcentre = sites.filter((s) => s.properties.type === 'jobcentre');
  return Object.fromEntries(
    areas.map((area) => {
      const pt = areaAnchor(area);
      const g = area.geometry;
      const bydel = g.type === 'Point' ? undefined : largestOverlap(g, bydele);
      const geo: AreaGeography = {
        bydel:
          g.type === 'Point'
            ? (containing(pt, bydele)?.properties.navn ?? null)
            : (bydel?.polygon.properties.navn ?? null),
        bydelShare: g.type === 'Point' ? null : (bydel?.share ?? null),
        hotspotZone:
          g.type === 'Point'
            ? (containing(pt, zones)?.properties.id ?? null)
            : (largestOverlap(g, zones)?.polygon.properties.id ?? null),
        nearestTvM: nearestDistanceM(pt, tv),
        nearestJobcenterM: nearestDistanceM(pt, jobcentre),
      };
      return [area.properties.id, geo];
    }),
  );
}
