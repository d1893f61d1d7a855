import * as turf from '@turf/turf';
import type { LngLatBoundsLike, MapGeoJSONFeature } from 'maplibre-gl';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { buildStyle, type StyleInput, typeLayerIds } from '../style/mapStyle';

maplibregl.setWorkerUrl(workerUrl);

/** Layers a click on an area can land on. */
const AREA_LAYERS = [
  'area-center',
  'area-label',
  'area-shape-fill',
  ...INDSATS_TYPES.map((t) => `slot-${t}`),
];
/** Padding around the ten areas in the first view, in CSS pixels. */
const FIT_PADDING = { top: 50, bottom: 80, left: 50, right: 60 };
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
  /** Fits the camera to all areas. */
  fitAll(animate?: boolean): void;
}

export interface MapOptions {
  container: HTMLElement;
  style: StyleInput;
  label: string;
  reducedMotion: boolean;
  onAreaClick: (id: string) => void;
  onError: (message: string) => void;
}

/** Creates the map, resolving once the style has loaded (so layers can be changed right away). */
export function createMap(opts: MapOptions): Promise<MapHandle> {
  const bounds = turf.bbox(opts.style.shapes) as [number, number, number, number];
  const map = new maplibregl.Map({
    container: opts.container,
    style: buildStyle(opts.style),
    bounds: bounds as LngLatBoundsLike,
    fitBoundsOptions: { padding: FIT_PADDING },
    attributionControl: false,
    maxZoom: 17,
    minZoom: 8,
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.getCanvas().setAttribute('aria-label', opts.label);
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(new maplibregl.AttributionControl({ compact: false }), 'bottom-right');
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
  const anchors = opts.style.anchors.features;
  const handle: MapHandle = {
    map,
    selectArea(id) {
      map.setFilter('area-selected', ['==', ['get', 'id'], id ?? '']);
    },
    flyToArea(id) {
      const f = anchors.find((a) => a.properties?.id === id);
      if (f?.geometry.type !== 'Point') return;
      const center = f.geometry.coordinates as [number, number];
      const zoom = Math.max(map.getZoom(), AREA_ZOOM);
      if (opts.reducedMotion) map.jumpTo({ center, zoom });
      else map.easeTo({ center, zoom, duration: 600 });
    },
    setTypeVisible(type, visible) {
      for (const layer of typeLayerIds(type))
        map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
    },
    fitAll(animate = true) {
      map.fitBounds(bounds, { padding: FIT_PADDING, animate: animate && !opts.reducedMotion });
    },
  };
  return new Promise((resolve) => map.once('load', () => resolve(handle)));
}
