import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { type CoverageMatrix, isCovered, isDerivedOnly } from './coverage';

/**
 * A planner's proposed initiative of one type in one area ("Hvad nu hvis"). Proposals live only in the view
 * state and the permalink: they never enter the data files, the coverage matrix or the case's figures.
 */
export interface Proposal {
  type: IndsatsType;
  area: string;
}

/** "jobcentre:bispeparken", the proposal's key in the permalink and in lists. */
export const proposalKey = (p: Proposal): string => `${p.type}:${p.area}`;

/** Whether `proposals` holds a proposal of `type` for the area. */
export const isProposed = (proposals: readonly Proposal[], area: string, type: IndsatsType): boolean =>
  proposals.some((p) => p.area === area && p.type === type);

/** Proposals that add something: of a known type, for a known area, not already covered, each once, in type order. */
export function effectiveProposals(matrix: CoverageMatrix, proposals: readonly Proposal[]): Proposal[] {
  const seen = new Set<string>();
  const kept = proposals.filter((p) => {
    const key = proposalKey(p);
    if (seen.has(key) || !matrix[p.area] || isCovered(matrix, p.area, p.type)) return false;
    seen.add(key);
    return true;
  });
  return kept.sort(
    (a, b) =>
      INDSATS_TYPES.indexOf(a.type) - INDSATS_TYPES.indexOf(b.type) || a.area.localeCompare(b.area, 'da'),
  );
}

/** Per type: areas the case's initiatives reach, and areas only a proposal reaches ("5 af 10 + 1 forslag"). */
export interface TypeCount {
  /** Areas the type reaches (stated by the case or derived from geography). */
  covered: number;
  /** Of those, the areas reached only through a zone (derived, "afledt"): counted apart, never as stated. */
  derived: number;
  proposed: number;
}

/**
 * Counts per type for legend, table footer and exports. `among` limits the count to some areas (the rows gap
 * mode shows); proposals for areas already covered add nothing. One function so other extras (e.g. derived
 * coverage) can join the same count.
 */
export function typeCounts(
  matrix: CoverageMatrix,
  proposals: readonly Proposal[],
  among: readonly string[] = Object.keys(matrix),
): Record<IndsatsType, TypeCount> {
  const extra = effectiveProposals(matrix, proposals);
  return Object.fromEntries(
    INDSATS_TYPES.map((t) => [
      t,
      {
        covered: among.filter((id) => isCovered(matrix, id, t)).length,
        derived: among.filter((id) => isDerivedOnly(matrix[id]?.[t] ?? [])).length,
        proposed: among.filter((id) => isProposed(extra, id, t)).length,
      },
    ]),
  ) as Record<IndsatsType, TypeCount>;
}

/** True when the area is reached by the type, in the case or (in the scenario) by a proposal. */
export const isReachedInScenario = (
  matrix: CoverageMatrix,
  proposals: readonly Proposal[],
  area: string,
  type: IndsatsType,
): boolean => isCovered(matrix, area, type) || isProposed(proposals, area, type);

/** Area ids reached by none of `types`, counting proposals as reaching (the scenario's gap). */
export function scenarioGaps(
  matrix: CoverageMatrix,
  types: readonly IndsatsType[],
  proposals: readonly Proposal[],
): string[] {
  return Object.keys(matrix).filter((id) =>
    types.every((t) => !isReachedInScenario(matrix, proposals, id, t)),
  );
}
