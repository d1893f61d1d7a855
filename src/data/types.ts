/** The closed list of initiative types; everything keyed by type is a Record<IndsatsType, …>. */
export const INDSATS_TYPES = [
  'nv_arbejdsmarked',
  'sv_profilinstitutioner',
  'tv_overvaagning',
  'hotspot',
  'jobcentre',
  'flyttehjaelp',
] as const;
export type IndsatsType = (typeof INDSATS_TYPES)[number];

/** Status words exactly as the case writes them. */
export const STATUSES = ['søgt', 'etableret', 'under forankring'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * How an initiative is financed, as far as the case says: sought through the initiative agreements, the state's
 * CCTV pool with 50 % municipal co-financing, state support the case mentions without an amount, or other.
 */
export const FINANSIERING_FORMS = ['initiativaftaler', 'medfinansiering', 'statsstoette', 'andet'] as const;

/**
 * What an area's position rests on: a KK block's centroid, a street segment's midpoint, a hand-placed point, a
 * square's or the estate's green's centroid, KK place-name points, a published coordinate, or an outline from a file.
 */
export const GRUNDLAG = [
  'karre',
  'gade',
  'haandplaceret',
  'plads',
  'park',
  'stednavne',
  'opslag',
  'fil',
] as const;
export type Grundlag = (typeof GRUNDLAG)[number];

/** The data files the app loads, relative to the data root; the name is used in every error message. */
export const DATA_FILES = {
  case: 'case/case.json',
  bilag: 'case/bilag.json',
  areas: 'case/areas.geojson',
  initiatives: 'case/initiatives.json',
  sites: 'case/sites.geojson',
  story: 'case/story.json',
  zones: 'build/hotspot_zones.geojson',
  bydele: 'build/bydele.geojson',
} as const;
export type DataFileKey = keyof typeof DATA_FILES;

/** Case figures the derivations rely on; the validator demands each of them. */
export const REQUIRED_FIGURES = [
  'forventede_midler',
  'pulje_strategisk_samarbejde',
  'koebenhavns_andel',
  'tv_pulje',
  'tv_samlet',
  'tv_kommune_tingbjerg_hothers',
] as const;
export type FigureId = (typeof REQUIRED_FIGURES)[number];

/** Largest data file accepted, in bytes. */
export const MAX_FILE_BYTES = 2_000_000;

/** Generous box around Copenhagen (lon/lat); coordinates outside are almost surely wrong or swapped. */
export const CPH_BBOX = { west: 12.2, south: 55.45, east: 12.9, north: 55.9 } as const;
