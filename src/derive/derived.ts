import type { IndsatsType } from '../data/types';
import type { Dataset } from '../data/validate';
import { type CoverageMatrix, coverageMatrix } from './coverage';
import { type AreaGeography, areaGeography } from './geography';
import { type Proposal, scenarioGaps } from './scenario';

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

/**
 * Gap mode's areas for the chosen types, or null when no type is chosen (gap mode off). In a scenario a
 * proposal of a chosen type counts as reaching its area.
 */
export const gapAreas = (
  d: Derived,
  gaps: ReadonlySet<IndsatsType>,
  proposals: readonly Proposal[] = [],
): string[] | null => (gaps.size > 0 ? scenarioGaps(d.matrix, [...gaps], proposals) : null);
