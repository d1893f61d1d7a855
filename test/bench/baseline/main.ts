/** The benchmark's baseline: a bare MapLibre page drawing the same style and data, with no app code. */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
document.body.dataset.mapState = 'loading';
const map = new MapLibreMap({
  container: 'map',
  style: new URL('style.json', document.baseURI).href,
  bounds: [12.47, 55.65, 12.6, 55.72],
});
map.once('idle', () => {
  performance.mark('baseline:map-idle');
  document.body.dataset.mapState = 'idle';
});
