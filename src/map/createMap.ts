import { bbox, featureCollection, point } from '@turf/turf';
import type { LngLatBoundsLike } from 'maplibre-gl';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { Derived } from '../derive/derived';
import {
  type AreaPlace,
  areaAnchors,
  areaPlaces,
  areaShapes,
  type BasisLabels,
  sitesApart,
} from '../derive/mapFeatures';
import { frameStage } from '../derive/stageFraming';
import { type Rect, ringBox } from '../derive/stagePlacement';
import type { Camera, Store } from '../state/store';
import {
  FIT_PADDING,
  FIT_PADDING_SHORT,
  type Padding,
  paddingFor,
  SHORT_SCREEN_QUERY,
} from '../style/camera';
import {
  type AreaState,
  buildStyle,
  GLYPH_ATTRIBUTION,
  HATCH_IMAGE,
  LAYER,
  labelProperties,
  MAP_LABELS,
  SELECTED_HALO,
  type StyleInput,
  TYPE_LAYER_IDS,
} from '../style/mapStyle';
import { BASE, channels } from '../style/palette';
import { AreaMarkers, deskGeometry, type MarkerSnapshot, markerDefaults } from './areaMarkers';
import { type Insets, NO_INSETS } from './insets';
import { snapshotMap, snapshotMapNow } from './snapshot';
import { STAGE_SIZES, StageMarkers, type StageSnapshotItem, type StageStep } from './stageMarkers';

maplibregl.setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's worker (its script fetched and run) now. The map is created in the same task when its first
 * camera is known without the data (a permalink's, or the map picture's bounds), so then this only says so early;
 * without either, the map waits for the data and the worker does not. A page without workers (the unit tests'
 * DOM) skips it; without WebGL2 the idle worker costs nothing visible.
 */
export function prewarmMap(): void {
  if (typeof Worker !== 'undefined') maplibregl.prewarm();
}

/** An area source before the data is in. */
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Bounds equal to within float noise (the picture's are written as text). */
const sameBounds = (a: Bounds, b: Bounds): boolean => a.every((v, i) => Math.abs(v - (b[i] ?? NaN)) < 1e-9);

/** The first view's padding for the screen the page is on now (a phone on its side gets the short one). */
/** The padding of a fitted view for this screen, as it fits the map's `container` (paddingFor). */
const fitPadding = (container: HTMLElement, base?: Padding) =>
  paddingFor(
    base ?? (window.matchMedia(SHORT_SCREEN_QUERY).matches ? FIT_PADDING_SHORT : FIT_PADDING),
    container.clientWidth,
    container.clientHeight,
  );

/** Layers a click on an area can land on. */
const AREA_LAYERS = [LAYER.areaCenter, LAYER.areaShapeFill];
/** Padding when presenting: room for the large rings and their labels. */
const PRESENTATION_PADDING = { top: 90, bottom: 130, left: 120, right: 120 };
/** Ring radius and declutter box (CSS px) on a projector (letters 24 px). */
const PRESENTATION_RING = { radius: STAGE_SIZES.radius, boxWidth: 190, boxHeight: 140 };
/** Line widths (px) normal and on a projector, for the lines that carry meaning. */
const LINE_WIDTHS: Record<string, [number, number]> = {
  [LAYER.bydeleLine]: [1.2, 2.5],
  [LAYER.frederiksbergLine]: [1.2, 2.5],
  [LAYER.areaShapeLine]: [1.2, 3],
  [LAYER.hotspotZoneLine]: [1.5, 3.5],
};
/** Zoom at which a selected area is shown. */
const AREA_ZOOM = 13.5;
/** How long the style and its data may take to load before the app gives up on WebGL (ms): generous, as slow is not broken. */
export const LOAD_TIMEOUT_MS = 60_000;

/** Where the stage's markers are (container px): for keeping a fact card off the clicked one. */
export interface StageLayout {
  /** The free box of the last framed step (the map less legend and controls), or null before the first. */
  free: Rect | null;
  markers: { ids: readonly string[]; ring: Rect; label: Rect | null }[];
}

export interface MapHandle {
  map: maplibregl.Map;
  /** Marks an area as selected (or none with null). */
  selectArea(id: string | null): void;
  /** Moves the camera to an area. */
  flyToArea(id: string): void;
  /** Shows or hides the layers of one initiative type. */
  setTypeVisible(type: IndsatsType, visible: boolean): void;
  /** Hatches and labels the given areas as not covered (gap mode), or clears that with null. */
  setGapAreas(ids: readonly string[] | null): void;
  /**
   * Redraws the areas from new derived data (outlines brought in from a file): their shapes, anchors and rings
   * (positions and covered types); gap and selection marks stay.
   */
  setAreas(places: readonly AreaPlace[], shapes: StyleInput['shapes']): void;
  /** Fits the camera to all areas. */
  fitAll(animate?: boolean): void;
  /** Fits the camera to the given areas (all areas for an empty list). */
  fitAreas(ids: readonly string[]): void;
  /** Projector styling: bigger rings and labels, thicker lines, compact attribution. */
  setPresentation(on: boolean): void;
  /** The map picture at `scale` × CSS size and the markers to draw over it (for PNG export and print). */
  snapshot(scale: number): Promise<{
    image: HTMLCanvasElement;
    width: number;
    height: number;
    markers: MarkerSnapshot[];
  }>;
  /** The same picture drawn at once, without waiting for tiles (for the browser's own print, Ctrl+P). */
  snapshotNow(scale: number): Awaited<ReturnType<MapHandle['snapshot']>>;
  /**
   * Frames a story step on the projector stage (see src/derive/stageFraming.ts) after the layout has settled:
   * resizes the map to its container, computes the camera from the stage's size and the step's areas, jumps
   * there and draws the stage markers. `topInset` is the height (px) the stage legend covers at the top. Null
   * hides the stage markers. Returns the zoom used.
   */
  stage(step: (Omit<StageStep, 'safe'> & { topInset: number }) | null): number;
  /** The stage markers drawn now (presentation mode), for the PNG export. */
  stageItems(): readonly StageSnapshotItem[];
  /** The font family the stage labels are drawn and measured in (the PNG draws them in it too). */
  stageLabelFont(): string;
  /** The stage labels' font size and line height now (px). */
  stageLabelSize(): { font: number; line: number };
  /** The stage's free box (less legend and controls) and each drawn marker's ring and label box (container px). */
  stageLayout(): StageLayout;
  /** The ring SVGs an export would draw now (desk markers and stage markers), to decode them ahead of print. */
  ringSvgs(): SVGSVGElement[];
  /** Jumps to a camera (restoring the view after a presentation). */
  jumpTo(camera: Camera): void;
  /** Follows the view state from now until `remove()`: shown types, selected area, gap areas (from `gapIds`). */
  sync(store: Store, gapIds: () => string[] | null): void;
  /** Tears the map down: its markers, its view-state subscription and the MapLibre map itself. */
  remove(): void;
}

/** The areas' bounds, [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** What the map draws of the data: the area sources' GeoJSON (the basemap is tiles) and the rings' places. */
export interface MapAreas {
  places: readonly AreaPlace[];
  shapes: StyleInput['shapes'];
  sites: StyleInput['sites'];
  zones: StyleInput['zones'];
}

/** The map's areas from the derived data. */
export const mapAreas = (d: Derived): MapAreas => ({
  places: areaPlaces(d.data, d.matrix),
  shapes: areaShapes(d.data),
  sites: sitesApart(d.data),
  zones: featureCollection(d.data.zones),
});

export interface MapOptions {
  container: HTMLElement;
  /** Absolute URL of the data root (the basemap's tiles and the glyphs). */
  dataBase: string;
  /**
   * The areas once the data is in (fetched, checked, derived). The map starts without them (basemap, controls,
   * first camera) and draws them when this resolves; a rejection removes the map and rejects `createMap`.
   */
  areas: Promise<MapAreas>;
  /** Start camera (from a permalink); null fits the areas' bounds. */
  camera: Camera | null;
  /**
   * The areas' bounds known before the data (the build-time map picture's, from the same files), for the first
   * view without a camera; null waits for the data. The loaded areas' own bounds win if they differ.
   */
  bounds: Bounds | null;
  /** Called after every camera move with the new centre and zoom. */
  onCamera: (camera: Camera) => void;
  label: string;
  reducedMotion: boolean;
  onAreaClick: (id: string) => void;
  /** MapLibre's own control labels in the UI language. */
  locale: Record<string, string>;
  /** Text under a gap area's name, e.g. "ikke omfattet". */
  gapLabel: string;
  /** Text under the name of a hand-placed area ("håndplaceret") and of one outlined from a file ("fra fil"). */
  basisLabels?: BasisLabels;
  onError: (message: string) => void;
  /** The sentences of a failed start, in the UI language (the error the caller shows before falling back). */
  messages: { timeout: (seconds: number) => string; failed: string };
  /** How far overlays (the area dialog) cover the map right now; a selected area is eased into the rest. */
  insets?: () => Insets;
  /** The box of what covers part of the map right now (the open area dialog), or null: markers under it hide. */
  cover?: () => DOMRect | null;
  /** A stage marker (one area or a group) was clicked during a presentation. */
  onStageClick?: (ids: readonly string[]) => void;
}

/** Clearance (px) kept between the stage's markers and the map's edges, legend and controls. */
const STAGE_MARGIN = 8;
/** Zoom range a story step may be framed in. */
const STAGE_ZOOM = { min: 9, max: AREA_ZOOM };

/** The map's free box (container px) for stage markers: less the legend on top and the controls at the bottom. */
function stageSafe(map: maplibregl.Map, topInset: number) {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const controls = [
    ...container.querySelectorAll('.maplibregl-ctrl-bottom-left > *, .maplibregl-ctrl-bottom-right > *'),
  ]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.height > 0);
  const bottom = Math.min(box.bottom, ...controls.map((r) => r.top)) - box.top;
  const top = Math.max(0, topInset) + STAGE_MARGIN;
  return {
    x: STAGE_MARGIN,
    y: top,
    width: box.width - 2 * STAGE_MARGIN,
    height: Math.max(0, bottom - STAGE_MARGIN - top),
  };
}

/**
 * True for the error of a browser that cannot create MapLibre's WebGL2 context: the caller draws the SVG map then,
 * as for any other failed start, but without an error message (no WebGL is a known state, not a fault). Asking
 * MapLibre itself, instead of creating a test context first, spares the start a second WebGL context.
 */
export const isNoWebGL = (e: unknown): boolean => e instanceof maplibregl.GPUInitializationError;

/**
 * Creates the map at once with the basemap and the first camera, then draws the areas when `opts.areas` resolves;
 * resolves once the style has loaded and the areas are set (so layers can be changed right away). Rejects, and
 * removes the map, when an error comes first or nothing has loaded after LOAD_TIMEOUT_MS (the caller falls back
 * then), or when the data fails (the caller shows the data error).
 */
export async function createMap(opts: MapOptions): Promise<MapHandle> {
  // The first view needs no data with a permalink's camera or the picture's bounds; without either, it waits.
  /** The bounds the first view is fitted to (null with a permalink's camera). */
  const fitted = opts.camera ? null : (opts.bounds ?? (bbox((await opts.areas).shapes) as Bounds));
  const map = new maplibregl.Map({
    container: opts.container,
    // The area sources start empty and are filled once the data is in (below), so the basemap starts now.
    style: buildStyle({
      dataBase: opts.dataBase,
      anchors: EMPTY,
      shapes: EMPTY,
      sites: EMPTY,
      zones: EMPTY,
      handPlacedWord: (opts.basisLabels ?? markerDefaults.basisLabels).handPlaced,
    }),
    ...(opts.camera
      ? { center: [opts.camera.lon, opts.camera.lat] as [number, number], zoom: opts.camera.zoom }
      : { bounds: fitted as LngLatBoundsLike, fitBoundsOptions: { padding: fitPadding(opts.container) } }),
    attributionControl: false,
    maxZoom: 17,
    minZoom: 8,
    dragRotate: false,
    locale: opts.locale,
    pitchWithRotate: false,
  });
  map.once('render', () => performance.mark('indsatskort:map-first-frame'));
  map.getCanvas().setAttribute('aria-label', opts.label);
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  // On the stage the scale's text is 24 px: its bar may be twice as long, so "500 m" fits inside it.
  const scaleControl = (on: boolean) =>
    new maplibregl.ScaleControl({ unit: 'metric', maxWidth: on ? 200 : 100 });
  let scale = scaleControl(false);
  map.addControl(scale, 'bottom-left');
  // Added once the style has loaded (below), so its text appears whole, every source's credit known, instead of
  // growing line by line as sources report theirs: each growth moved the control (a layout shift).
  let attribution = new maplibregl.AttributionControl(attributionOptions(false));
  map.touchZoomRotate.disableRotation();
  let presenting = false;
  /** The last framed step's free box (container px), for placing a fact card. */
  let stageFree: StageLayout['free'] = null;
  map.on('error', (e) => opts.onError(e.error?.message ?? String(e)));
  map.on('click', AREA_LAYERS, (e) => {
    const id = e.features?.[0]?.properties.id;
    if (typeof id === 'string') opts.onAreaClick(id);
  });
  for (const layer of AREA_LAYERS) {
    map.on('mouseenter', layer, () => {
      map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', layer, () => {
      map.getCanvas().style.cursor = '';
    });
  }
  // A resolver, not a 'styleimagemissing' listener: listeners cannot supply the image for the current request.
  map.setMissingStyleImageResolver((id) => {
    if (id === HATCH_IMAGE && !map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage());
  });
  /** Sets a feature-state flag on exactly the given areas of a source (each source carries one flag). */
  const setAreaState = (source: string, flag: AreaState, ids: readonly string[]) => {
    map.removeFeatureState({ source });
    for (const id of ids) map.setFeatureState({ source, id }, { [flag]: true });
  };
  // Whether the view is still the first one (the person has not moved the map), from the map's start on.
  let firstView = !opts.camera;
  map.on('movestart', (e) => {
    if ('originalEvent' in e && e.originalEvent) firstView = false;
  });
  /** The marks to put back after the areas' sources are replaced (`setAreas`). */
  let marked: { gaps: readonly string[]; selected: string | null } = { gaps: [], selected: null };
  /** Ends the view-state subscription of `sync` and the screen-width listener in `remove()`. */
  const life = new AbortController();
  /**
   * Replaces the credits control with one for the current stage and width. A compact control opens its text when
   * added; on a projector or a narrow screen that text would cover the map (at 12 px), so the control's own (i)
   * button folds it, as a tap would.
   */
  const renewAttribution = () => {
    map.removeControl(attribution);
    attribution = new maplibregl.AttributionControl(attributionOptions(presenting));
    map.addControl(attribution, 'bottom-right');
    if (presenting || isNarrowScreen()) foldAttribution(map);
  };
  /**
   * The basemap's names (bydele, stations) that lie under a stage ring or label: MapLibre places its labels
   * without knowing the stage's DOM markers, so after a step is drawn the names its markers would cut are
   * filtered out for that step ("BRØNSHØJ-HUSUM" crossed by a ring read as nonsense on the projector).
   */
  const NAME_LAYERS = [LAYER.bydelLabel, LAYER.stationLabel] as const;
  /** The names left out for the current step; `data-stage-names` says "settled" once none is under a marker. */
  let hiddenNames = new Set<string>();
  const clearMarkerLabels = () => {
    map.off('idle', hideMarkedLabels);
    hiddenNames = new Set();
    map.getContainer().dataset.stageNames = 'pending';
    for (const id of NAME_LAYERS) if (map.getLayer(id)) map.setFilter(id, null);
  };
  // A name left out can free room for another that MapLibre had dropped, which may also lie under a marker:
  // checked again after each change until nothing new is found.
  function hideMarkedLabels(): void {
    const layers = NAME_LAYERS.filter((id) => map.getLayer(id));
    const names = new Set(hiddenNames);
    for (const { marker: m, lines } of stageMarkers.snapshotItems()) {
      const boxes = [ringBox(m)];
      if (lines.length > 0) boxes.push(m.label);
      for (const b of boxes)
        for (const f of map.queryRenderedFeatures(
          [
            [b.x, b.y],
            [b.x + b.width, b.y + b.height],
          ],
          { layers: [...layers] },
        ))
          if (typeof f.properties.navn === 'string') names.add(f.properties.navn);
    }
    if (names.size === hiddenNames.size) {
      map.getContainer().dataset.stageNames = 'settled';
      return;
    }
    hiddenNames = names;
    const filter: maplibregl.FilterSpecification = ['!', ['in', ['get', 'navn'], ['literal', [...names]]]];
    for (const id of layers) map.setFilter(id, filter);
    map.once('idle', hideMarkedLabels);
  }
  let timer = 0;
  let areas: MapAreas;
  try {
    await Promise.race([
      map.once('load'),
      map.once('error').then((e) => Promise.reject(e.error ?? new Error(opts.messages.failed))),
      new Promise((_, reject) => {
        timer = window.setTimeout(
          () => reject(new Error(opts.messages.timeout(LOAD_TIMEOUT_MS / 1000))),
          LOAD_TIMEOUT_MS,
        );
      }),
      // A data error removes the map at once, loaded or not: the page shows the error, not an empty basemap.
      new Promise<never>((_, reject) => {
        opts.areas.catch(reject);
      }),
    ]);
    areas = await opts.areas;
  } catch (e) {
    life.abort();
    map.remove();
    throw e;
  } finally {
    window.clearTimeout(timer);
  }
  map.addControl(attribution, 'bottom-right');
  // Below the laptop-wide layout the credits wait behind MapLibre's own (i) button, folded, so they cover no area;
  // a tablet turned or a window resized across that width gets the control for its new width.
  if (isNarrowScreen()) foldAttribution(map);
  window.matchMedia(NARROW_SCREEN).addEventListener('change', renewAttribution, { signal: life.signal });
  // The data is in: the area sources get it, and the rings are built with the places.
  let places = areas.places;
  let bounds = bbox(areas.shapes) as Bounds;
  (map.getSource('zones') as maplibregl.GeoJSONSource).setData(areas.zones);
  (map.getSource('sites') as maplibregl.GeoJSONSource).setData(areas.sites);
  (map.getSource('shapes') as maplibregl.GeoJSONSource).setData(areas.shapes);
  (map.getSource('anchors') as maplibregl.GeoJSONSource).setData(areaAnchors(places));
  // The first idle with the areas drawn (an idle of the basemap alone may come before the data).
  map.once('idle', () => performance.mark('indsatskort:map-idle'));
  const markers = new AreaMarkers(map, places, opts.onAreaClick, {
    gapLabel: opts.gapLabel,
    basisLabels: opts.basisLabels ?? markerDefaults.basisLabels,
  });
  if (opts.cover) markers.setCover(opts.cover);
  const stageMarkers = new StageMarkers(map, places, (ids) => opts.onStageClick?.(ids));
  const handle: MapHandle = {
    map,
    selectArea(id) {
      marked = { ...marked, selected: id };
      setAreaState('anchors', 'selected', id ? [id] : []);
      markers.select(id);
    },
    flyToArea(id) {
      const place = places.find((p) => p.id === id);
      if (!place) return;
      const { top, right, bottom, left } = opts.insets?.() ?? NO_INSETS;
      // Centre the area in the part of the map the dialog leaves free, so the dialog never covers its ring.
      const offset: [number, number] = [(left - right) / 2, (top - bottom) / 2];
      const zoom = Math.max(map.getZoom(), AREA_ZOOM);
      map.easeTo({ center: place.lngLat, zoom, offset, duration: opts.reducedMotion ? 0 : 600 });
    },
    setTypeVisible(type, visible) {
      markers.setTypeVisible(type, visible);
      const value = visible ? 'visible' : 'none';
      // A layer with no visibility in the style is visible; setting 'visible' on it anyway is not a no-op for
      // MapLibre (undefined ≠ 'visible'): it reloads the layer's source in the worker and delays the first idle.
      for (const layer of TYPE_LAYER_IDS[type])
        if ((map.getLayoutProperty(layer, 'visibility') ?? 'visible') !== value)
          map.setLayoutProperty(layer, 'visibility', value);
    },
    setGapAreas(ids) {
      marked = { ...marked, gaps: ids ?? [] };
      setAreaState('shapes', 'gap', ids ?? []);
      markers.setGaps(ids);
    },
    setAreas(next, shapes) {
      places = next;
      bounds = bbox(shapes) as Bounds;
      (map.getSource('shapes') as maplibregl.GeoJSONSource | undefined)?.setData(shapes);
      (map.getSource('anchors') as maplibregl.GeoJSONSource | undefined)?.setData(areaAnchors(next));
      setAreaState('shapes', 'gap', marked.gaps);
      setAreaState('anchors', 'selected', marked.selected ? [marked.selected] : []);
      markers.setPlaces(next);
      stageMarkers.setPlaces(next);
    },
    fitAll(animate = true) {
      map.fitBounds(bounds, {
        padding: fitPadding(map.getContainer()),
        animate: animate && !opts.reducedMotion,
      });
    },
    fitAreas(ids) {
      const chosen = ids.length > 0 ? places.filter((p) => ids.includes(p.id)) : places;
      const box = bbox(featureCollection(chosen.map((p) => point(p.lngLat)))) as [
        number,
        number,
        number,
        number,
      ];
      const pad = fitPadding(map.getContainer(), presenting ? PRESENTATION_PADDING : undefined);
      map.fitBounds(box, { padding: pad, maxZoom: AREA_ZOOM, duration: opts.reducedMotion ? 0 : 500 });
    },
    async snapshot(scale) {
      const image = await snapshotMap(map, scale);
      const { clientWidth: width, clientHeight: height } = map.getContainer();
      return { image, width, height, markers: markers.snapshotItems() };
    },
    snapshotNow(scale) {
      const image = snapshotMapNow(map, scale);
      const { clientWidth: width, clientHeight: height } = map.getContainer();
      return { image, width, height, markers: markers.snapshotItems() };
    },
    setPresentation(on) {
      if (on === presenting) return;
      presenting = on;
      markers.setSize(on ? PRESENTATION_RING : null);
      for (const [layer, widths] of Object.entries(LINE_WIDTHS)) {
        map.setPaintProperty(layer, 'line-width', on ? widths[1] : widths[0]);
      }
      for (const [layer, looks] of Object.entries(MAP_LABELS)) {
        const { layout, paint } = labelProperties(on ? looks.stage : looks.normal);
        map.setLayoutProperty(layer, 'text-size', layout['text-size']);
        for (const [k, v] of Object.entries(paint)) map.setPaintProperty(layer, k as keyof typeof paint, v);
      }
      renewAttribution();
      map.removeControl(scale);
      scale = scaleControl(on);
      map.addControl(scale, 'bottom-left');
    },
    stage(step) {
      clearMarkerLabels();
      if (!step) {
        map.getContainer().dataset.stageNames = 'off';
        stageMarkers.show(null);
        // Leaving the stage: the desk layout is back, so a restored or fitted camera uses the desk map's size.
        map.resize();
        return map.getZoom();
      }
      map.resize();
      const safe = stageSafe(map, step.topInset);
      stageFree = safe;
      const { clientWidth: width, clientHeight: height } = map.getContainer();
      stageMarkers.show(null);
      const stageStep = { ...step, safe };
      // Label sizes depend on the step's gap notes: measure with the step set but nothing drawn yet.
      stageMarkers.show(stageStep);
      const frame = frameStage({
        width,
        height,
        safe,
        areas: places,
        focus: step.focus,
        placement: stageMarkers.placement(),
        minZoom: STAGE_ZOOM.min,
        maxZoom: STAGE_ZOOM.max,
      });
      map.jumpTo({ center: frame.center, zoom: frame.zoom });
      stageMarkers.place();
      // Once the step is drawn (labels placed), the basemap names that lie under a ring or label leave.
      map.once('idle', hideMarkedLabels);
      return frame.zoom;
    },
    stageItems: () => stageMarkers.snapshotItems(),
    stageLabelFont: () => stageMarkers.fontFamily(),
    stageLabelSize: () => ({ font: stageMarkers.sizes().font, line: stageMarkers.sizes().lineHeight }),
    stageLayout: () => ({
      free: stageFree,
      markers: stageMarkers.snapshotItems().map(({ marker: m, lines }) => ({
        ids: m.ids,
        ring: ringBox(m),
        // A name left out (no room inside the map) has no box to keep clear of.
        label: lines.length > 0 ? m.label : null,
      })),
    }),
    ringSvgs: () => [
      ...markers.snapshotItems().map((m) => m.svg),
      ...stageMarkers.snapshotItems().map((m) => m.svg),
    ],
    jumpTo(camera) {
      map.jumpTo({ center: [camera.lon, camera.lat], zoom: camera.zoom });
    },
    sync(store, gapIds) {
      // The camera before the first dialog opened on the desk: closing the dialog eases back to it, unless the
      // user has moved the map since (a phone user would otherwise pinch out three zoom levels for the next area).
      let overview: { center: maplibregl.LngLat; zoom: number } | null = null;
      map.on('movestart', (e) => {
        if (e.originalEvent) overview = null;
      });
      const apply = (s: Store['state'], prev: Store['state'] | null) => {
        for (const type of INDSATS_TYPES) {
          if (!prev || s.visible.has(type) !== prev.visible.has(type))
            handle.setTypeVisible(type, s.visible.has(type));
        }
        if (!prev || s.gaps !== prev.gaps) handle.setGapAreas(gapIds());
        if (!prev || s.proposals !== prev.proposals) markers.setProposals(proposalsByArea(s.proposals));
        if (!prev || s.area !== prev.area) {
          const desk = !s.presentation && !prev?.presentation;
          if (prev && prev.area === null && s.area && desk)
            overview = { center: map.getCenter(), zoom: map.getZoom() };
          handle.selectArea(s.area);
          // A permalink with an area but no camera opens on the area; with a camera, the camera wins.
          if (s.area && (prev || !s.camera)) handle.flyToArea(s.area);
          if (!s.area && overview && desk)
            map.easeTo({ ...overview, duration: opts.reducedMotion ? 0 : 600 });
          if (!s.area) overview = null;
        }
      };
      apply(store.state, null);
      store.subscribe(apply, life.signal);
    },
    remove() {
      life.abort();
      markers.remove();
      stageMarkers.remove();
      map.remove();
    },
  };
  // The camera goes to the view state from now on; a move made before the data was in is passed on at once.
  const reportCamera = () => {
    const c = map.getCenter();
    opts.onCamera({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
  };
  map.on('moveend', reportCamera);
  if (!opts.camera && !firstView) reportCamera();
  // The loaded areas' bounds are the single source: should they differ from the picture's (it was built from
  // other files), the first view is fitted again to them.
  if (fitted && firstView && !sameBounds(fitted, bounds)) handle.fitAll(false);
  // The selected area's halo fits round the desk ring of the screen (the compact one on a short screen).
  const fitHalo = () =>
    map.setPaintProperty(LAYER.areaSelected, 'circle-radius', deskGeometry().radius + SELECTED_HALO);
  const short = window.matchMedia(SHORT_SCREEN_QUERY);
  if (short.matches) fitHalo();
  short.addEventListener('change', fitHalo, { signal: life.signal });
  // A phone turned with an area's dialog open: the dialog changes shape (a bottom sheet upright, a panel beside the
  // area on its side), so the area is eased again into the part of the map the dialog leaves free.
  window.matchMedia('(orientation: portrait)').addEventListener(
    'change',
    () => {
      if (presenting || !marked.selected) return;
      map.resize();
      handle.flyToArea(marked.selected);
    },
    { signal: life.signal },
  );
  // A phone turned between upright and on its side: the city is fitted again for the new shape and padding, as
  // long as the view is still the first one (the person has not moved the map, no area is open, no stage).
  short.addEventListener(
    'change',
    () => {
      if (!firstView || presenting || marked.selected) return;
      map.resize();
      handle.fitAll(false);
    },
    { signal: life.signal },
  );
  return handle;
}

/** Presses the compact attribution control's own (i) button when its text is showing (no class edits). */
function foldAttribution(map: maplibregl.Map): void {
  const el = map.getContainer().querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show');
  el?.querySelector<HTMLElement>('.maplibregl-ctrl-attrib-button')?.click();
}

/** Screens narrower than the one-line laptop header (the header's Menu breakpoint in responsive.css). */
const NARROW_SCREEN = '(max-width: 1499px)';

/** Whether the page is narrower than NARROW_SCREEN's width now (read for each new attribution control). */
const isNarrowScreen = (): boolean => window.matchMedia(NARROW_SCREEN).matches;

/**
 * The attribution control's options, with no hand edits of its classes: from 1500 px wide the full text shows;
 * narrower (and on the projector) the control is compact, an (i) button the caller folds at once, which opens the
 * credits on a press (issue 10: open or folded, they cover no area — see FIT_PADDING). The glyphs' credit is
 * added, as no source carries it.
 */
function attributionOptions(presenting: boolean): maplibregl.AttributionControlOptions {
  return {
    customAttribution: GLYPH_ATTRIBUTION,
    ...(presenting || isNarrowScreen() ? { compact: true } : {}),
  };
}

/** Proposed types per area id (scenario), for the rings. */
function proposalsByArea(proposals: Store['state']['proposals']): Record<string, IndsatsType[]> {
  const out: Record<string, IndsatsType[]> = {};
  for (const p of proposals) out[p.area] = [...(out[p.area] ?? []), p.type];
  return out;
}

/** Side of the hatch tile in pixels. */
const HATCH_SIZE = 12;

/** A diagonal black-on-transparent hatch, drawn pixel by pixel so no canvas is needed. */
function hatchImage(): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(HATCH_SIZE * HATCH_SIZE * 4);
  const ink = [...channels(BASE.ink), BASE.hatchAlpha];
  for (let y = 0; y < HATCH_SIZE; y++) {
    for (let x = 0; x < HATCH_SIZE; x++) {
      if ((x + y) % HATCH_SIZE > 2) continue;
      const i = (y * HATCH_SIZE + x) * 4;
      data.set(ink, i);
    }
  }
  return { width: HATCH_SIZE, height: HATCH_SIZE, data };
}
