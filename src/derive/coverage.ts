import type { Initiative, Site } from '../data/schema';
import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { Dataset } from '../data/validate';
import type { AreaGeography } from './geography';

/** How an initiative reaches an area: named in the case, through a site in it, or by lying in a zone. */
export type CoverageVia = 'omraade' | 'sted' | 'zone';

export interface CoverageEntry {
  initiative: Initiative;
  via: CoverageVia;
  /** Number of areas that share the initiative's amount (1 = the area's or site's own). */
  sharedBy: number;
}

/** For each area id, for each type, the initiatives reaching it (empty list = not covered). */
export type CoverageMatrix = Record<string, Record<IndsatsType, CoverageEntry[]>>;

/** Area ids an initiative reaches, given the site list and the derived zone membership. */
export function initiativeAreas(
  ini: Initiative,
  sites: readonly Site[],
  geography: Record<string, AreaGeography>,
): { ids: string[]; via: CoverageVia } {
  const o = ini.omfang;
  if (o.slags === 'omraader') return { ids: [...o.omraader], via: 'omraade' };
  if (o.slags === 'steder') {
    const ids = sites.filter((s) => o.steder.includes(s.properties.id)).map((s) => s.properties.omraade);
    return { ids: [...new Set(ids)], via: 'sted' };
  }
  const ids = Object.entries(geography)
    .filter(([, g]) => g.hotspotZone === o.zone)
    .map(([id]) => id);
  return { ids, via: 'zone' };
}

const emptyRow = (): Record<IndsatsType, CoverageEntry[]> =>
  Object.fromEntries(INDSATS_TYPES.map((t) => [t, []])) as unknown as Record<IndsatsType, CoverageEntry[]>;

/** The area × type coverage matrix of the whole dataset. */
export function coverageMatrix(data: Dataset, geography: Record<string, AreaGeography>): CoverageMatrix {
  const matrix: CoverageMatrix = Object.fromEntries(data.areas.map((a) => [a.properties.id, emptyRow()]));
  for (const ini of data.initiatives) {
    const { ids, via } = initiativeAreas(ini, data.sites, geography);
    const sharedBy = via === 'omraade' ? ids.length : 1;
    for (const id of ids) matrix[id]?.[ini.type].push({ initiative: ini, via, sharedBy });
  }
  return matrix;
}

/** True when at least one initiative of `type` reaches the area. */
export const isCovered = (matrix: CoverageMatrix, areaId: string, type: IndsatsType): boolean =>
  (matrix[areaId]?.[type].length ?? 0) > 0;

/** How many areas each type reaches. */
export function areasPerType(matrix: CoverageMatrix): Record<IndsatsType, number> {
  const ids = Object.keys(matrix);
  return Object.fromEntries(
    INDSATS_TYPES.map((t) => [t, ids.filter((id) => isCovered(matrix, id, t)).length]),
  ) as Record<IndsatsType, number>;
}

/** How many types reach each area. */
export function typesPerArea(matrix: CoverageMatrix): Record<string, number> {
  return Object.fromEntries(
    Object.keys(matrix).map((id) => [id, INDSATS_TYPES.filter((t) => isCovered(matrix, id, t)).length]),
  );
}

/** Area ids reached by none of the given types (all areas when `types` is empty). */
export function uncoveredAreas(matrix: CoverageMatrix, types: readonly IndsatsType[]): string[] {
  return Object.keys(matrix).filter((id) => types.every((t) => !isCovered(matrix, id, t)));
}

/** A count split into what the case states and what is derived from geography alone (a Hotspot stand-in zone). */
export interface SplitCount {
  stated: number;
  derived: number;
}

/** True when the entries reach the area only through a zone (derived from geography, not stated by the case). */
export const isDerivedOnly = (entries: readonly CoverageEntry[]): boolean =>
  entries.length > 0 && entries.every((e) => e.via === 'zone');

function split(entryLists: readonly (readonly CoverageEntry[])[]): SplitCount {
  const reached = entryLists.filter((e) => e.length > 0);
  const derived = reached.filter(isDerivedOnly).length;
  return { stated: reached.length - derived, derived };
}

/** Per type: areas the case ties to it (by name or site) and areas reached only through a zone. */
export function areasPerTypeSplit(matrix: CoverageMatrix): Record<IndsatsType, SplitCount> {
  const rows = Object.values(matrix);
  return Object.fromEntries(INDSATS_TYPES.map((t) => [t, split(rows.map((r) => r[t]))])) as Record<
    IndsatsType,
    SplitCount
  >;
}

/** Per area: types the case ties to it and types reaching it only through a zone. */
export function typesPerAreaSplit(matrix: CoverageMatrix): Record<string, SplitCount> {
  return Object.fromEntries(
    Object.entries(matrix).map(([id, row]) => [id, split(INDSATS_TYPES.map((t) => row[t]))]),
  );
}
