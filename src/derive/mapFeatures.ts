import { circle, distance, feature, featureCollection, point } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { Dataset } from '../data/validate';
import { type CoverageMatrix, isCovered } from './coverage';
import { areaAnchor } from './geography';

/** One area as the map's markers draw it: where, what it is called, which types reach it. */
export interface AreaPlace {
  id: string;
  navn: string;
  lngLat: [number, number];
  covered: IndsatsType[];
  /** True when the area's position was placed by hand (praecision.grundlag "haandplaceret"): marked on the map. */
  handPlaced?: boolean;
  /** True when the area's outline comes from a file brought in this session (grundlag "fil"): marked on the map. */
  fromFile?: boolean;
}

/** The words for what an area's position rests on when it is not the case's own point (the caller's language). */
export interface BasisLabels {
  handPlaced: string;
  fromFile: string;
}

/** The line under an area's name saying what its position rests on: "fra fil", "håndplaceret" or none. */
export function basisMark(place: AreaPlace, labels: BasisLabels): string | null {
  if (place.fromFile) return labels.fromFile;
  return place.handPlaced ? labels.handPlaced : null;
}

/** The anchor, name and covering types of every area. */
export function areaPlaces(data: Dataset, matrix: CoverageMatrix): AreaPlace[] {
  return data.areas.map((area) => {
    const id = area.properties.id;
    const [lon = 0, lat = 0] = areaAnchor(area).geometry.coordinates;
    return {
      id,
      navn: area.properties.navn,
      lngLat: [lon, lat],
      covered: INDSATS_TYPES.filter((t) => isCovered(matrix, id, t)),
      handPlaced: area.properties.praecision.grundlag === 'haandplaceret',
      fromFile: area.properties.praecision.grundlag === 'fil',
    };
  });
}

/** The anchors as GeoJSON points (id, navn) for the true-position dot and the selection halo. */
export function areaAnchors(places: readonly AreaPlace[]): FeatureCollection<Point> {
  return featureCollection(places.map((p) => point(p.lngLat, { id: p.id, navn: p.navn })));
}

/** Steps of the circle drawn around a point area: smooth enough at city zoom, small in bytes. */
const CIRCLE_STEPS = 48;

/**
 * The shapes drawn for each area: its outline when the data gives a polygon ("outline"), else a circle of
 * its stated precision radius around the point ("precision"), so approximate points look approximate.
 */
export function areaShapes(data: Dataset): FeatureCollection<Polygon | MultiPolygon> {
  return featureCollection(
    data.areas.map((area): Feature<Polygon | MultiPolygon> => {
      const props = {
        id: area.properties.id,
        navn: area.properties.navn,
        grundlag: area.properties.praecision.grundlag ?? '',
      };
      const g = area.geometry;
      if (g.type !== 'Point') return feature(g, { ...props, kind: 'outline' });
      const radiusM = Math.max(area.properties.praecision.radius_m, 50);
      return circle(g.coordinates, radiusM, {
        units: 'meters',
        steps: CIRCLE_STEPS,
        properties: { ...props, kind: 'precision' },
      });
    }),
  );
}

/** Sites closer than this to their area's anchor are not drawn apart from the area's ring (metres). */
const SITE_APART_M = 40;

/** The sites that lie apart from their area's anchor (e.g. Hothers Plads), as drawn on the map. */
export function sitesApart(data: Dataset): FeatureCollection<Point> {
  const anchors = new Map(data.areas.map((a) => [a.properties.id, areaAnchor(a)]));
  const apart = data.sites.filter((s) => {
    const anchor = anchors.get(s.properties.omraade);
    return !anchor || distance(anchor, s.geometry.coordinates, { units: 'meters' }) >= SITE_APART_M;
  });
  return featureCollection(apart.map((s) => point(s.geometry.coordinates, { ...s.properties })));
}
