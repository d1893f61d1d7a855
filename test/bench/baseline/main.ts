/**
 * The benchmark's baseline: a bare MapLibre page drawing the same style and data as the app, with no app code,
 * in a map of the same size (`?w=&h=`, CSS px) and with the same first camera (the areas' bounds fitted with the
 * app's padding, from `camera.json`). Marks style loaded, basemap sources loaded, the first frame and the first
 * idle. `?style=geojson` draws the style as it was before the basemap was pre-tiled.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

interface Camera {
  bounds: [number, number, number, number];
  padding: { top: number; bottom: number; left: number; right: number };
}

setWorkerUrl(workerUrl);
document.body.dataset.mapState = 'loading';
const q = new URLSearchParams(window.location.search);
const container = document.getElementById('map') as HTMLElement;
container.style.width = `${q.get('w') ?? 930}px`;
container.style.height = `${q.get('h') ?? 724}px`;
const camera = (await (await fetch(new URL('camera.json', document.baseURI))).json()) as Camera;
// ?style=geojson: the style as it was before the basemap was pre-tiled (ten GeoJSON sources tiled in the worker).
const styleFile = q.get('style') === 'geojson' ? 'style-geojson.json' : 'style.json';
const map = new MapLibreMap({
  container,
  style: new URL(styleFile, document.baseURI).href,
  bounds: camera.bounds,
  fitBoundsOptions: { padding: camera.padding },
  attributionControl: false,
});
map.once('render', () => performance.mark('baseline:map-first-frame'));
map.once('style.load', () => performance.mark('baseline:style-loaded'));
// Where the start goes: the moment every basemap source has its tiles for the first view (fetched, parsed and,
// for GeoJSON, tiled in the worker).
const geojson = q.get('style') === 'geojson';
const loaded = new Set<string>();
const onData = (e: { sourceId?: string }) => {
  const id = e.sourceId ?? '';
  if (!(id === 'basemap' || id.startsWith('geojson-')) || !map.isSourceLoaded(id)) return;
  loaded.add(id);
  // One vector source, or one GeoJSON source per basemap file (ten).
  if (loaded.size === (geojson ? 10 : 1)) {
    performance.mark('baseline:basemap-loaded');
    map.off('sourcedata', onData);
  }
};
map.on('sourcedata', onData);
map.once('idle', () => {
  performance.mark('baseline:map-idle');
  document.body.dataset.mapState = 'idle';
});
