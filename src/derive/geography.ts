import { booleanPointInPolygon, centroid, distance, feature, point, pointOnFeature } from '@turf/turf';
import type { Feature, Point } from 'geojson';
import type { Area, Bydel, Site, Zone } from '../data/schema';

/** Facts computed from geometry, never typed by hand; shown in the UI as "afledt geografisk". */
export interface AreaGeography {
  /** Name of the KK bydel containing the area's anchor point, or null when none does. */
  bydel: string | null;
  /** Id of the Hotspot stand-in zone containing the anchor, or null. */
  hotspotZone: string | null;
  /** Metres from the anchor to the nearest TV-overvågning site, or null when there is none. */
  nearestTvM: number | null;
  /** Metres from the anchor to the nearest jobcenter site, or null. */
  nearestJobcenterM: number | null;
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
      const geo: AreaGeography = {
        bydel: containing(pt, bydele)?.properties.navn ?? null,
        hotspotZone: containing(pt, zones)?.properties.id ?? null,
        nearestTvM: nearestDistanceM(pt, tv),
        nearestJobcenterM: nearestDistanceM(pt, jobcentre),
      };
      return [area.properties.id, geo];
    }),
  );
}
