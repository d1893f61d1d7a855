import type { Area } from '../data/schema';
import type { IndsatsType } from '../data/types';
import type { Dataset } from '../data/validate';
import { type CoverageMatrix, coverageMatrix } from './coverage';
import { type AreaGeography, areaGeography } from './geography';
import { type Proposal, scenarioGaps } from './scenario';

/** Outlines brought in from a file this session: the file's name and the areas given an outline from it. */
export interface SessionOutlines {
  fileName: string;
  areaIds: readonly string[];
}

/** The dataset with everything the UI derives from it once. */
export interface Derived {
  data: Dataset;
  geography: Record<string, AreaGeography>;
  matrix: CoverageMatrix;
  /** Area id → name as the case writes it. */
  names: Record<string, string>;
  /** Outlines from a file that the geography was recomputed from this session; null for the committed data. */
  outlines: SessionOutlines | null;
}

/**
 * Runs the geographic joins and the coverage matrix once for the whole app. With `outlines`, the areas they name
 * have their geography marked `fromFile` (the dialog and table then say "fra fil: …").
 */
export function derive(data: Dataset, outlines: SessionOutlines | null = null): Derived {
  const geography = areaGeography(data.areas, data.bydele, data.zones, data.sites);
  for (const id of outlines?.areaIds ?? []) {
    const geo = geography[id];
    if (geo && outlines) geography[id] = { ...geo, fromFile: outlines.fileName };
  }
  return {
    data,
    geography,
    matrix: coverageMatrix(data, geography),
    names: Object.fromEntries(data.areas.map((a) => [a.properties.id, a.properties.navn])),
    outlines,
  };
}

/**
 * The derived data for the committed dataset with some areas given outlines from a file (`areas`: the dataset's
 * areas with those outlines merged in): bydel (largest overlap wins), Hotspot membership, distances and the
 * coverage that rests on them are all recomputed, still "afledt geografisk". Always from the committed data, so a
 * second file replaces the first rather than adding to it.
 */
export function deriveWithOutlines(
  committed: Dataset,
  areas: readonly Area[],
  outlines: SessionOutlines,
): Derived {
  return derive({ ...committed, areas: [...areas] }, outlines);
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
