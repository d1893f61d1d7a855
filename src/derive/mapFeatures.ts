import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { INDSATS_TYPES } from '../data/types';
import type { Dataset } from '../data/validate';
import { type CoverageMatrix, isCovered } from './coverage';
import { areaAnchor } from './geography';

/** Property name holding whether an area is covered by a type, e.g. "c_hotspot". */
export const coveredProp = (type: string): string => `c_${type}`;

/** One anchor point per area with its id, name and a boolean per type: the ring and label layers draw it. */
export function areaAnchors(data: Dataset, matrix: CoverageMatrix): FeatureCollection<Point> {
  return turf.featureCollection(
    data.areas.map((area) => {
      const id = area.properties.id;
      const covered = Object.fromEntries(
        INDSATS_TYPES.map((t) => [coveredProp(t), isCovered(matrix, id, t)]),
      );
      return turf.point(areaAnchor(area).geometry.coordinates, {
        id,
        navn: area.properties.navn,
        ...covered,
      });
    }),
  );
}

/** Steps of the circle drawn around a point area: smooth enough at city zoom, small in bytes. */
const CIRCLE_STEPS = 48;

/**
 * The shapes drawn for each area: its outline when the data gives a polygon ("outline"), else a circle of
 * its stated precision radius around the point ("precision"), so approximate points look approximate.
 */
export function areaShapes(data: Dataset): FeatureCollection<Polygon | MultiPolygon> {
  return turf.featureCollection(
    data.areas.map((area): Feature<Polygon | MultiPolygon> => {
      const props = { id: area.properties.id, navn: area.properties.navn };
      const g = area.geometry;
      if (g.type !== 'Point') return turf.feature(g, { ...props, kind: 'outline' });
      const radiusKm = Math.max(area.properties.praecision.radius_m, 50) / 1000;
      return turf.circle(g.coordinates, radiusKm, {
        steps: CIRCLE_STEPS,
        properties: { ...props, kind: 'precision' },
      });
    }),
  );
}
