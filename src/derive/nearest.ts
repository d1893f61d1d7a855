import { distance } from '@turf/turf';
import type { IndsatsType } from '../data/types';
import type { Dataset } from '../data/validate';
import { type CoverageMatrix, isCovered } from './coverage';
import { areaAnchor } from './geography';

/** The nearest area an initiative type does reach, seen from an area it does not reach. Derived from geometry. */
export interface NearestHelp {
  /** Id of the nearest area the type reaches (in the case's data, never a proposal). */
  id: string;
  /** Distance between the two areas' anchors, in km, rounded to 0.1 km. */
  km: number;
  /** Uncertainty of that distance in km: the two areas' precision radii added, rounded to 0.1 km. */
  plusMinusKm: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * For an area `type` does not reach: the nearest area it does reach, measured with turf between the two
 * areas' anchor points (great-circle). Null when the area is reached, or no area is. Ties go to the first
 * area in file order.
 */
export function nearestReached(
  data: Dataset,
  matrix: CoverageMatrix,
  areaId: string,
  type: IndsatsType,
): NearestHelp | null {
  const from = data.areas.find((a) => a.properties.id === areaId);
  if (!from || isCovered(matrix, areaId, type)) return null;
  const origin = areaAnchor(from);
  let best: { id: string; km: number; radius: number } | null = null;
  for (const a of data.areas) {
    const id = a.properties.id;
    if (id === areaId || !isCovered(matrix, id, type)) continue;
    const km = distance(origin, areaAnchor(a), { units: 'kilometers' });
    if (!best || km < best.km) best = { id, km, radius: a.properties.praecision.radius_m };
  }
  if (!best) return null;
  return {
    id: best.id,
    km: round1(best.km),
    plusMinusKm: round1((from.properties.praecision.radius_m + best.radius) / 1000),
  };
}
