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
  /** Uncertainty of that distance in km: the two precision radii (area and area or site) added, rounded to 0.1 km. */
  plusMinusKm: number;
  /**
   * For a type with sites in the case (TV-overvågning, jobcentre): the nearest site's place ("Hothers Plads"),
   * and `km` is measured from the area's point to that site, the one figure the dialog also shows; null for a
   * type without sites (then `km` is between the two areas' points).
   */
  site: string | null;
}

/** The nearest site of a type, seen from an area's point: its place, its area, whole metres and ± in km. */
export interface NearestSite {
  id: string;
  /** The place in the site's name after "TV-overvågning, " / "Jobcenter, " ("Hothers Plads"). */
  place: string;
  /** The area the site belongs to. */
  area: string;
  /** Whole metres from the area's point to the site. */
  m: number;
  /** The area's and the site's precision radii added, in km rounded to 0.1 km. */
  plusMinusKm: number;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The place a site's name gives after its type ("TV-overvågning, Hothers Plads" → "Hothers Plads"). */
export function sitePlace(navn: string): string {
  const comma = navn.indexOf(', ');
  return comma < 0 ? navn : navn.slice(comma + 2);
}

/**
 * The nearest site of `type` from an area's anchor point (turf great-circle distance), or null when the type has
 * no sites or the area is unknown. Ties go to the first site in file order.
 */
export function nearestSite(data: Dataset, areaId: string, type: IndsatsType): NearestSite | null {
  const from = data.areas.find((a) => a.properties.id === areaId);
  const sites = data.sites.filter((s) => s.properties.type === type);
  if (!from || sites.length === 0) return null;
  const origin = areaAnchor(from);
  let best: NearestSite | null = null;
  for (const s of sites) {
    const m = Math.round(distance(origin, s.geometry.coordinates, { units: 'meters' }));
    if (best && m >= best.m) continue;
    best = {
      id: s.properties.id,
      place: sitePlace(s.properties.navn),
      area: s.properties.omraade,
      m,
      plusMinusKm: round1((from.properties.praecision.radius_m + s.properties.praecision.radius_m) / 1000),
    };
  }
  return best;
}

/**
 * For an area `type` does not reach: where the nearest help is. For a type with sites, the nearest site,
 * measured from the area's anchor point; otherwise the nearest area it reaches, measured with turf between the
 * two areas' anchor points (great-circle). Null when the area is reached, or no area is. Ties go to the first
 * in file order.
 */
export function nearestReached(
  data: Dataset,
  matrix: CoverageMatrix,
  areaId: string,
  type: IndsatsType,
): NearestHelp | null {
  const from = data.areas.find((a) => a.properties.id === areaId);
  if (!from || isCovered(matrix, areaId, type)) return null;
  const site = nearestSite(data, areaId, type);
  if (site)
    return { id: site.area, km: round1(site.m / 1000), plusMinusKm: site.plusMinusKm, site: site.place };
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
    site: null,
  };
}
