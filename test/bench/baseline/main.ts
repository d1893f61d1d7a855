/**
 * The benchmark's baseline: a bare MapLibre page drawing the same style and data as the app, with no app code,
 * in a map of the same size (`?w=&h=`, CSS px) and with the same first camera (the areas' bounds fitted with the
 * app's padding, from `camera.json`). Marks the first frame and the first idle.
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
const map = new MapLibreMap({
  container,
  style: new URL('style.json', document.baseURI).href,
  bounds: camera.bounds,
  fitBoundsOptions: { padding: camera.padding },
  attributionControl: false,
});
map.once('render', () => performance.mark('baseline:map-first-frame'));
map.once('idle', () => {
  performance.mark('baseline:map-idle');
  document.body.dataset.mapState = 'idle';
});
