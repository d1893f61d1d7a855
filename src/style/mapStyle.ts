import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { CREDITS } from '../data/credits';
import type { IndsatsType } from '../data/types';
import { type BasemapTileLayer, TILE_BOUNDS, TILE_MAXZOOM, TILE_MINZOOM } from './basemapTiles';
import { BASE, PALETTE, RING } from './palette';

/** Ids of the layers that other modules address (map behaviour, tests): one spelling each. */
export const LAYER = {
  areaCenter: 'area-center',
  areaShapeFill: 'area-shape-fill',
  areaShapeLine: 'area-shape-line',
  areaGap: 'area-gap',
  areaSelected: 'area-selected',
  areaHandplacedLabel: 'area-handplaced-label',
  bydeleLine: 'bydele-line',
  frederiksbergLine: 'frederiksberg-line',
  hotspotZoneFill: 'hotspot-zone-fill',
  hotspotZoneLine: 'hotspot-zone-line',
  outlineFileLine: 'outline-file-line',
  outlineFileLabel: 'outline-file-label',
  bydelLabel: 'bydel-label',
  stationLabel: 'stationer-label',
  /** The case's TV and jobcentre sites: a dot and its type letter each. */
  siteTv: 'site-tv_overvaagning',
  siteTvLetter: 'site-letter-tv_overvaagning',
  siteJobcentre: 'site-jobcentre',
  siteJobcentreLetter: 'site-letter-jobcentre',
} as const;

/** The two layers (dot, letter) of each type that has sites. */
const SITE_LAYERS = {
  tv_overvaagning: { dot: LAYER.siteTv, letter: LAYER.siteTvLetter },
  jobcentre: { dot: LAYER.siteJobcentre, letter: LAYER.siteJobcentreLetter },
} as const;

/** Everything the style needs that is not constant: where the files are, and the derived GeoJSON (the basemap is tiles). */
export interface StyleInput {
  /** Absolute URL of the data root, ending in "/" (MapLibre's worker cannot resolve relative URLs). */
  dataBase: string;
  anchors: GeoJSON.FeatureCollection;
  shapes: GeoJSON.FeatureCollection;
  sites: GeoJSON.FeatureCollection;
  zones: GeoJSON.FeatureCollection;
  /** The word along a hand-placed area's circle in the UI language; "håndplaceret" when not given. */
  handPlacedWord?: string;
}

/** Attribution lines, one per source family, in the publishers' wording (credits.ts); the OSM line links its terms. */
export const ATTRIBUTION = {
  kk: CREDITS.kk.line,
  kk2014: CREDITS.kk2014.line,
  osm: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-bidragydere (ODbL, 2017)',
  dagi: CREDITS.dagi.line,
  rejseplanen: CREDITS.rejseplanen.line,
  places: CREDITS.places.line,
} as const;

/**
 * The glyphs' credit (Noto Sans, OFL). It belongs to the style's `glyphs`, which a style cannot attribute, not to
 * any data source: the map's attribution control carries it as `customAttribution`.
 */
export const GLYPH_ATTRIBUTION = CREDITS.fonts.line;

/** Name of the hatch image that marks areas outside the chosen initiatives (added by the map at run time). */
export const HATCH_IMAGE = 'hatch';

export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_MEDIUM = ['Noto Sans Medium'];

/** Size (px) and colours of one text layer. */
export interface LabelLook {
  size: number | ExpressionSpecification;
  color: string;
  halo: string;
  haloWidth: number;
}

const siteLetterLook = (type: 'tv_overvaagning' | 'jobcentre'): Record<'normal' | 'stage', LabelLook> => ({
  normal: { size: 13, color: PALETTE[type].textColor, halo: PALETTE[type].color, haloWidth: 6 },
  // On a projector the letter goes dark on white: no badge colour reaches 7:1 with black or white text.
  stage: { size: 24, color: BASE.label, halo: BASE.labelHalo, haloWidth: 4 },
});

/**
 * The map's own text layers, normal and on the projector stage (presentation: text ≥ 24 px, text-to-halo
 * contrast ≥ 7:1). The style is built with `normal`; presentation mode switches to `stage` and back.
 */
export const MAP_LABELS: Record<string, Record<'normal' | 'stage', LabelLook>> = {
  [LAYER.stationLabel]: {
    normal: { size: 12, color: BASE.stationLabel, halo: BASE.labelHalo, haloWidth: 1.5 },
    stage: { size: 24, color: BASE.label, halo: BASE.labelHalo, haloWidth: 3 },
  },
  [LAYER.bydelLabel]: {
    normal: {
      size: ['interpolate', ['linear'], ['zoom'], 10, 11, 14, 16],
      color: BASE.labelMuted,
      halo: BASE.labelHalo,
      haloWidth: 1.2,
    },
    stage: { size: 26, color: BASE.label, halo: BASE.labelHalo, haloWidth: 3 },
  },
  // "håndplaceret" along the two hand-placed areas' circles (step 3 is framed on one of them).
  [LAYER.areaHandplacedLabel]: {
    normal: { size: 13, color: BASE.area, halo: BASE.labelHalo, haloWidth: 2 },
    stage: { size: 24, color: BASE.area, halo: BASE.labelHalo, haloWidth: 3 },
  },
  [LAYER.siteTvLetter]: siteLetterLook('tv_overvaagning'),
  [LAYER.siteJobcentreLetter]: siteLetterLook('jobcentre'),
};

/** The layout and paint properties of a text layer for one look. */
export function labelProperties(look: LabelLook): {
  layout: { 'text-size': LabelLook['size'] };
  paint: { 'text-color': string; 'text-halo-color': string; 'text-halo-width': number };
} {
  return {
    layout: { 'text-size': look.size },
    paint: { 'text-color': look.color, 'text-halo-color': look.halo, 'text-halo-width': look.haloWidth },
  };
}

/** A text layer's normal look, from MAP_LABELS. */
const normalLabel = (id: string) => {
  const look = MAP_LABELS[id]?.normal;
  if (!look) throw new Error(`no label look for ${id}`);
  return labelProperties(look);
};

/** Layer ids that belong to each initiative type; hiding the type hides them. */
export const TYPE_LAYER_IDS: Record<IndsatsType, readonly string[]> = {
  nv_arbejdsmarked: [],
  sv_profilinstitutioner: [],
  tv_overvaagning: [LAYER.siteTv, LAYER.siteTvLetter],
  hotspot: [LAYER.hotspotZoneFill, LAYER.hotspotZoneLine],
  jobcentre: [LAYER.siteJobcentre, LAYER.siteJobcentreLetter],
  flyttehjaelp: [],
};

/** Feature-state flags the map sets per area (by its promoted id). */
export type AreaState = 'selected' | 'gap';

/** `opacity` while the feature-state flag is set, else 0. */
const stateOpacity = (flag: AreaState, opacity: number): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', flag], false],
  opacity,
  0,
];

/** The basemap's attribution: one line per publisher whose data is in the pre-tiled basemap. */
const BASEMAP_ATTRIBUTION = [
  ATTRIBUTION.osm,
  ATTRIBUTION.dagi,
  ATTRIBUTION.kk,
  ATTRIBUTION.kk2014,
  ATTRIBUTION.rejseplanen,
].join(' | ');

function sources(input: StyleInput): Record<string, SourceSpecification> {
  return {
    // The basemap as vector tiles cut at build time (geo/tiles.ts), not GeoJSON tiled in the worker at every start.
    basemap: {
      type: 'vector',
      tiles: [`${input.dataBase}build/tiles/{z}/{x}/{y}.pbf`],
      minzoom: TILE_MINZOOM,
      maxzoom: TILE_MAXZOOM,
      bounds: [...TILE_BOUNDS],
      attribution: BASEMAP_ATTRIBUTION,
    },
    zones: { type: 'geojson', data: input.zones, attribution: ATTRIBUTION.kk },
    // promoteId: selection and gap mode are feature-state keyed by the area id, not filters rebuilt per change.
    shapes: { type: 'geojson', data: input.shapes, attribution: ATTRIBUTION.places, promoteId: 'id' },
    sites: { type: 'geojson', data: input.sites },
    anchors: { type: 'geojson', data: input.anchors, promoteId: 'id' },
    // Outlines a planner loads from a file ("Indlæs afgrænsninger"); empty until then, filled by the UI.
    outlines: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
  };
}

/** A layer's source in the pre-tiled basemap. */
const tiled = (layer: BasemapTileLayer) => ({ source: 'basemap', 'source-layer': layer }) as const;

function basemapLayers(): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': BASE.sea } },
    { id: 'land', type: 'fill', ...tiled('land'), paint: { 'fill-color': BASE.land } },
    { id: 'kommuner', type: 'fill', ...tiled('kommuner'), paint: { 'fill-color': BASE.neighbour } },
    {
      id: 'kommuner-line',
      type: 'line',
      ...tiled('kommuner'),
      paint: { 'line-color': BASE.neighbourLine, 'line-width': 0.8 },
    },
    { id: 'bydele-fill', type: 'fill', ...tiled('bydele'), paint: { 'fill-color': BASE.kommune } },
    {
      id: 'frederiksberg',
      type: 'fill',
      ...tiled('frederiksberg'),
      paint: { 'fill-color': BASE.frederiksberg },
    },
    { id: 'parker', type: 'fill', ...tiled('parker'), paint: { 'fill-color': BASE.park } },
    { id: 'vand', type: 'fill', ...tiled('vand'), paint: { 'fill-color': BASE.water } },
    {
      id: 'veje',
      type: 'line',
      ...tiled('veje'),
      minzoom: 11,
      paint: {
        'line-color': BASE.roadCasing,
        'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.6, 15, 3],
      },
    },
    { id: 'metro', type: 'line', ...tiled('metro'), paint: { 'line-color': BASE.metro, 'line-width': 1.4 } },
    {
      id: LAYER.bydeleLine,
      type: 'line',
      ...tiled('bydele'),
      paint: { 'line-color': BASE.boundary, 'line-width': 1.2, 'line-dasharray': [3, 2] },
    },
    {
      id: LAYER.frederiksbergLine,
      type: 'line',
      ...tiled('frederiksberg'),
      paint: { 'line-color': BASE.boundary, 'line-width': 1.2, 'line-dasharray': [3, 2] },
    },
  ];
}

function labelLayers(): LayerSpecification[] {
  return [
    {
      id: 'stationer',
      type: 'circle',
      ...tiled('stationer'),
      minzoom: 12.5,
      paint: {
        'circle-radius': 3,
        'circle-color': BASE.station,
        'circle-stroke-color': BASE.metro,
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: LAYER.stationLabel,
      type: 'symbol',
      ...tiled('stationer'),
      minzoom: 13.5,
      layout: {
        'text-field': ['get', 'navn'],
        'text-font': FONT_REGULAR,
        ...normalLabel(LAYER.stationLabel).layout,
        'text-offset': [0, 1],
        'text-anchor': 'top',
      },
      paint: normalLabel(LAYER.stationLabel).paint,
    },
    {
      id: LAYER.bydelLabel,
      type: 'symbol',
      ...tiled('bydelLabels'),
      layout: {
        'text-field': ['get', 'navn'],
        'text-font': FONT_MEDIUM,
        ...normalLabel(LAYER.bydelLabel).layout,
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        'text-max-width': 8,
      },
      paint: normalLabel(LAYER.bydelLabel).paint,
    },
  ];
}

function caseLayers(): LayerSpecification[] {
  const hotspot = PALETTE.hotspot.color;
  return [
    {
      id: LAYER.hotspotZoneFill,
      type: 'fill',
      source: 'zones',
      paint: { 'fill-color': hotspot, 'fill-opacity': 0.1 },
    },
    {
      id: LAYER.hotspotZoneLine,
      type: 'line',
      source: 'zones',
      paint: { 'line-color': hotspot, 'line-width': 1.5, 'line-dasharray': [1, 1.5] },
    },
    {
      id: LAYER.areaShapeFill,
      type: 'fill',
      source: 'shapes',
      paint: { 'fill-color': BASE.area, 'fill-opacity': ['match', ['get', 'kind'], 'outline', 0.18, 0.08] },
    },
    {
      id: LAYER.areaGap,
      type: 'fill',
      source: 'shapes',
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': stateOpacity('gap', 1) },
    },
    {
      id: LAYER.areaShapeLine,
      type: 'line',
      source: 'shapes',
      paint: {
        'line-color': BASE.area,
        'line-width': 1.2,
        'line-dasharray': ['match', ['get', 'kind'], 'outline', ['literal', [1, 0]], ['literal', [2, 2]]],
      },
    },
  ];
}

/** Zoom from which "håndplaceret" follows the circle (see handPlacedLayers). */
const HAND_PLACED_LABEL_MIN_ZOOM = 14;

/**
 * The two hand-placed areas (Akacieparken, Sjælør Boulevard): "håndplaceret" written along their circle, from
 * zoom 14, where the circle lies clear of the area's ring. Farther out the circle is under the ring and the word
 * crossed it and its neighbours' (at 1920 px); there the ring's own line under the name says it.
 */
function handPlacedLayers(word: string): LayerSpecification[] {
  return [
    {
      id: LAYER.areaHandplacedLabel,
      type: 'symbol',
      source: 'shapes',
      minzoom: HAND_PLACED_LABEL_MIN_ZOOM,
      filter: ['==', ['get', 'grundlag'], 'haandplaceret'],
      layout: {
        'text-field': word,
        'text-font': FONT_MEDIUM,
        'symbol-placement': 'line',
        'symbol-spacing': 250,
        ...normalLabel(LAYER.areaHandplacedLabel).layout,
      },
      paint: normalLabel(LAYER.areaHandplacedLabel).paint,
    },
  ];
}

function siteLayers(type: 'tv_overvaagning' | 'jobcentre'): LayerSpecification[] {
  const s = PALETTE[type];
  const filter: ExpressionSpecification = ['==', ['get', 'type'], type];
  const offset: [number, number] = type === 'tv_overvaagning' ? [-1.2, 0] : [1.2, 0];
  const ids = SITE_LAYERS[type];
  return [
    {
      id: ids.dot,
      type: 'circle',
      source: 'sites',
      minzoom: 13,
      filter,
      paint: {
        'circle-radius': 3,
        'circle-color': s.color,
        'circle-stroke-color': BASE.siteStroke,
        'circle-stroke-width': 1,
      },
    },
    {
      id: ids.letter,
      type: 'symbol',
      source: 'sites',
      minzoom: 13,
      filter,
      layout: {
        'text-field': s.letter,
        'text-font': FONT_MEDIUM,
        ...normalLabel(ids.letter).layout,
        'text-offset': offset,
        'text-allow-overlap': true,
      },
      paint: normalLabel(ids.letter).paint,
    },
  ];
}

/** How far (px) the selected area's halo reaches beyond its ring. */
export const SELECTED_HALO = 6;

function areaLayers(): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    {
      id: LAYER.areaSelected,
      type: 'circle',
      source: 'anchors',
      paint: {
        'circle-radius': RING.radius + SELECTED_HALO,
        'circle-color': BASE.areaHalo,
        'circle-opacity': stateOpacity('selected', 0.85),
        'circle-stroke-opacity': stateOpacity('selected', 1),
        'circle-stroke-color': BASE.selected,
        'circle-stroke-width': 3,
      },
    },
    {
      id: LAYER.areaCenter,
      type: 'circle',
      source: 'anchors',
      paint: {
        'circle-radius': RING.centerRadius,
        'circle-color': BASE.area,
        'circle-stroke-color': BASE.areaHalo,
        'circle-stroke-width': 2,
      },
    },
  ];
  return layers;
}

/** Source and layer ids of the outlines loaded from a file. */
export const OUTLINE_SOURCE = 'outlines';

/** Outlines from a file: a solid dark line and "fra fil: …" along it, so they are never taken for the case's. */
function outlineLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.outlineFileLine,
      type: 'line',
      source: OUTLINE_SOURCE,
      paint: { 'line-color': BASE.selected, 'line-width': 2.5 },
    },
    {
      id: LAYER.outlineFileLabel,
      type: 'symbol',
      source: OUTLINE_SOURCE,
      layout: {
        'text-field': ['get', 'label'],
        'text-font': FONT_REGULAR,
        'text-size': 12,
        'symbol-placement': 'line',
      },
      paint: { 'text-color': BASE.selected, 'text-halo-color': BASE.labelHalo, 'text-halo-width': 1.5 },
    },
  ];
}

/** The whole MapLibre style: offline basemap, Hotspot zones, area shapes, sites, rings and labels. */
export function buildStyle(input: StyleInput): StyleSpecification {
  return {
    version: 8,
    name: 'Indsatskort',
    glyphs: `${input.dataBase}glyphs/{fontstack}/{range}.pbf`,
    sources: sources(input),
    layers: [
      ...basemapLayers(),
      ...caseLayers(),
      ...handPlacedLayers(input.handPlacedWord ?? 'håndplaceret'),
      ...labelLayers(),
      ...siteLayers('tv_overvaagning'),
      ...siteLayers('jobcentre'),
      ...outlineLayers(),
      ...areaLayers(),
    ],
  };
}
