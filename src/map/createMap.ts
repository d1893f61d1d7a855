import { bbox, featureCollection, point } from '@turf/turf';
import type { LngLatBoundsLike, MapGeoJSONFeature } from 'maplibre-gl';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { type AreaPlace, areaAnchors } from '../derive/mapFeatures';
import type { Camera, Store } from '../state/store';
import { buildStyle, HATCH_IMAGE, type StyleInput, typeLayerIds } from '../style/mapStyle';
import { AreaMarkers } from './areaMarkers';
import { snapshotMap } from './snapshot';

maplibregl.setWorkerUrl(workerUrl);

/** Layers a click on an area can land on. */
const AREA_LAYERS = ['area-center', 'area-shape-fill'];
/** Padding around the ten areas in the first view, in CSS pixels. */
const FIT_PADDING = { top: 60, bottom: 100, left: 70, right: 70 };
/** Padding when presenting: room for the large rings and their labels. */
const PRESENTATION_PADDING = { top: 90, bottom: 130, left: 120, right: 120 };
/** Ring radius and declutter box (CSS px), normal and on a projector (letters 11 px and 24 px). */
const NORMAL_RING = { radius: 24, boxWidth: 120, boxHeight: 78 };
const PRESENTATION_RING = { radius: 46, boxWidth: 190, boxHeight: 140 };
/** Line widths (px) normal and on a projector, for the lines that carry meaning. */
const LINE_WIDTHS: Record<string, [number, number]> = {
  'bydele-line': [1.2, 2.5],
  'frederiksberg-line': [1.2, 2.5],
  'area-shape-line': [1.2, 3],
  'hotspot-zone-line': [1.5, 3.5],
};
/** Zoom at which a selected area is shown. */
const AREA_ZOOM = 13.5;

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
    markers: ReturnType<AreaMarkers['snapshotItems']>;
  }>;
  /** Follows the view state from now on: shown types, selected area, gap areas (from `gapIds`). */
  sync(store: Store, gapIds: () => string[] | null): void;
}

export interface MapOptions {
  container: HTMLElement;
  /** The style's inputs, less the area anchors, which come from `places`. */
  style: Omit<StyleInput, 'anchors'>;
  places: readonly AreaPlace[];
  /** Start camera (from a permalink); null fits all areas. */
  camera: Camera | null;
  /** Called after every camera move with the new centre and zoom. */
  onCamera: (camera: Camera) => void;
  label: string;
  reducedMotion: boolean;
  onAreaClick: (id: string) => void;
  /** MapLibre's own control labels in the UI language. */
  locale: Record<string, string>;
  /** Text under a gap area's name, e.g. "ikke omfattet". */
  gapLabel: string;
  onError: (message: string) => void;
}

/** Creates the map, resolving once the style has loaded (so layers can be changed right away). */
export function createMap(opts: MapOptions): Promise<MapHandle> {
  const anchors = areaAnchors(opts.places);
  const bounds = bbox(opts.style.shapes) as [number, number, number, number];
  const map = new maplibregl.Map({
    container: opts.container,
    style: buildStyle({ ...opts.style, anchors }),
    ...(opts.camera
      ? { center: [opts.camera.lon, opts.camera.lat] as [number, number], zoom: opts.camera.zoom }
      : { bounds: bounds as LngLatBoundsLike, fitBoundsOptions: { padding: FIT_PADDING } }),
    attributionControl: false,
    maxZoom: 17,
    minZoom: 8,
    dragRotate: false,
    locale: opts.locale,
    pitchWithRotate: false,
  });
  map.getCanvas().setAttribute('aria-label', opts.label);
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  let attribution = new maplibregl.AttributionControl({ compact: false });
  map.addControl(attribution, 'bottom-right');
  let presenting = false;
  map.on('error', (e) => opts.onError(e.error?.message ?? String(e)));
  map.on('click', (e) => {
    const box: [[number, number], [number, number]] = [
      [e.point.x - 6, e.point.y - 6],
      [e.point.x + 6, e.point.y + 6],
    ];
    const hit: MapGeoJSONFeature | undefined = map.queryRenderedFeatures(box, { layers: AREA_LAYERS })[0];
    const id = hit?.properties.id;
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
  map.on('moveend', () => {
    const c = map.getCenter();
    opts.onCamera({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
  });
  map.on('styleimagemissing', (e) => {
    if (e.id === HATCH_IMAGE && !map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage());
  });
  const markers = new AreaMarkers(map, opts.places, opts.onAreaClick, { gapLabel: opts.gapLabel });
  const handle: MapHandle = {
    map,
    selectArea(id) {
      map.setFilter('area-selected', ['==', ['get', 'id'], id ?? '']);
      markers.select(id);
    },
    flyToArea(id) {
      const place = opts.places.find((p) => p.id === id);
      if (!place) return;
      const center = place.lngLat;
      const zoom = Math.max(map.getZoom(), AREA_ZOOM);
      if (opts.reducedMotion) map.jumpTo({ center, zoom });
      else map.easeTo({ center, zoom, duration: 600 });
    },
    setTypeVisible(type, visible) {
      markers.setTypeVisible(type, visible);
      for (const layer of typeLayerIds(type))
        map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
    },
    setGapAreas(ids) {
      map.setFilter('area-gap', ['in', ['get', 'id'], ['literal', ids ?? []]]);
      markers.setGaps(ids);
    },
    fitAll(animate = true) {
      map.fitBounds(bounds, { padding: FIT_PADDING, animate: animate && !opts.reducedMotion });
    },
    fitAreas(ids) {
      const chosen = ids.length > 0 ? opts.places.filter((p) => ids.includes(p.id)) : opts.places;
      const box = bbox(featureCollection(chosen.map((p) => point(p.lngLat)))) as [
        number,
        number,
        number,
        number,
      ];
      const pad = presenting ? PRESENTATION_PADDING : FIT_PADDING;
      map.fitBounds(box, { padding: pad, maxZoom: AREA_ZOOM, duration: opts.reducedMotion ? 0 : 500 });
    },
    async snapshot(scale) {
      const image = await snapshotMap(map, scale);
      const { clientWidth: width, clientHeight: height } = map.getContainer();
      return { image, width, height, markers: markers.snapshotItems() };
    },
    setPresentation(on) {
      if (on === presenting) return;
      presenting = on;
      const ring = on ? PRESENTATION_RING : NORMAL_RING;
      markers.setSize(ring.radius, ring.boxWidth, ring.boxHeight);
      for (const [layer, widths] of Object.entries(LINE_WIDTHS)) {
        map.setPaintProperty(layer, 'line-width', on ? widths[1] : widths[0]);
      }
      map.removeControl(attribution);
      attribution = new maplibregl.AttributionControl({ compact: on });
      map.addControl(attribution, 'bottom-right');
      // A compact control starts open; on a projector it starts closed, its (i) button opens it.
      if (on)
        map
          .getContainer()
          .querySelector('.maplibregl-ctrl-attrib')
          ?.classList.remove('maplibregl-compact-show');
    },
    sync(store, gapIds) {
      const apply = (s: Store['state'], prev: Store['state'] | null) => {
        for (const type of INDSATS_TYPES) {
          if (!prev || s.visible.has(type) !== prev.visible.has(type))
            handle.setTypeVisible(type, s.visible.has(type));
        }
        if (!prev || s.gaps !== prev.gaps) handle.setGapAreas(gapIds());
        if (!prev || s.proposals !== prev.proposals) markers.setProposals(proposalsByArea(s.proposals));
        if (!prev || s.area !== prev.area) {
          handle.selectArea(s.area);
          // A permalink with an area but no camera opens on the area; with a camera, the camera wins.
          if (s.area && (prev || !s.camera)) handle.flyToArea(s.area);
        }
      };
      apply(store.state, null);
      store.subscribe(apply);
    },
  };
  return new Promise((resolve) => map.once('load', () => resolve(handle)));
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
  for (let y = 0; y < HATCH_SIZE; y++) {
    for (let x = 0; x < HATCH_SIZE; x++) {
      if ((x + y) % HATCH_SIZE > 2) continue;
      const i = (y * HATCH_SIZE + x) * 4;
      data.set([31, 27, 22, 200], i);
    }
  }
  return { width: HATCH_SIZE, height: HATCH_SIZE, data };
}
