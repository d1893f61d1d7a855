import type { IndsatsType } from '../data/types';
import type { Dataset } from '../data/validate';
import { type CoverageMatrix, coverageMatrix, uncoveredAreas } from './coverage';
import { type AreaGeography, areaGeography } from './geography';

/** The dataset with everything the UI derives from it once. */
export interface Derived {
  data: Dataset;
  geography: Record<string, AreaGeography>;
  matrix: CoverageMatrix;
  /** Area id → name as the case writes it. */
  names: Record<string, string>;
}

/** Runs the geographic joins and the coverage matrix once for the whole app. */
export function derive(data: Dataset): Derived {
  const geography = areaGeography(data.areas, data.bydele, data.zones, data.sites);
  return {
    data,
    geography,
    matrix: coverageMatrix(data, geography),
    names: Object.fromEntries(data.areas.map((a) => [a.properties.id, a.properties.navn])),
  };
}

/** Gap mode's areas for the chosen types, or null when no type is chosen (gap mode off). */
export const gapAreas = (d: Derived, gaps: ReadonlySet<IndsatsType>): string[] | null =>
  gaps.size > 0 ? uncoveredAreas(d.matrix, [...gaps]) : null;
