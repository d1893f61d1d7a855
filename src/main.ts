/** Composition root: load, check and derive the data, build the panels and the map around one view state. */
import './style.css';
import { featureCollection } from '@turf/turf';
import './responsive.css';
import './stage.css';
import { loadDataset } from './data/load';
import { derive, gapAreas } from './derive/derived';
import { areaPlaces, areaShapes, sitesApart } from './derive/mapFeatures';
import { STRINGS } from './i18n/strings';
import { createMap, isNoWebGL, type MapHandle, prewarmMap } from './map/createMap';
import { fitMapPicture, handOverMapPicture, removeMapPicture } from './map/picture';
import { Store } from './state/store';
import { showError } from './ui/alert';
import { dialogInsets, wireLayout } from './ui/layout';
import { wireMapActions } from './ui/mapActions';
import { byId, localisePage, mapActionElements, readLang, startView, syncPermalink } from './ui/page';
import { mountPanels } from './ui/panels';
import { watchForUpdates } from './ui/update';

const dataBase = new URL('data/', document.baseURI).href;
async function start(): Promise<void> {
  fitMapPicture(window.location.search);
  // "Talerens visning" (?taler=1): the presenter's second window, no map. Else MapLibre's worker starts now.
  const presenterWindow = new URLSearchParams(window.location.search).get('taler') === '1';
  if (!presenterWindow) prewarmMap();
  const d = derive(await loadDataset(dataBase));
  if (presenterWindow)
    return (await import('./ui/presenterView')).startPresenter(
      d.data.story,
      readLang(window.location.search),
    );
  const { state, ignored, storyStep } = startView(window.location.search, Object.keys(d.names));
  const store = new Store(state);
  const page = new AbortController(); // the page's lifetime: every panel listener takes its signal
  const t = STRINGS[state.lang];
  localisePage(state.lang, ignored);
  // The map starts before the panels are built (its size is the CSS grid's); its callbacks run only after they exist.
  const mapStart = createMap({
    container: byId('map'),
    style: {
      dataBase,
      shapes: areaShapes(d.data),
      sites: sitesApart(d.data),
      zones: featureCollection(d.data.zones),
    },
    places: areaPlaces(d.data, d.matrix),
    camera: state.camera,
    label: t.mapLabel,
    gapLabel: t.gapLabel,
    basisLabels: t.basisMarks,
    locale: t.mapLocale,
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    onAreaClick: (id) => select(id, byId('map').querySelector('canvas')),
    onStageClick: (ids) => presentation.showFacts(ids),
    onCamera: (camera) => store.update({ camera }),
    onError: (message) => showError(byId('alert'), t.mapError, new Error(message)),
    messages: t.mapLoad,
    insets: dialogInsets,
  });
  const { select, presentation, outlines, mountDetails } = mountPanels(d, store, page.signal);
  wireLayout(d, state.lang, dataBase, storyStep);
  performance.mark('indsatskort:panels');
  syncPermalink(store, page.signal);
  const fallback = async () => {
    removeMapPicture();
    mountDetails();
    const { startFallback } = await import('./ui/fallback');
    await startFallback(byId('map'), d, store, dataBase, select, presentation);
  };
  // The offline app's service worker starts after the map's first idle (at most 15 s), or once the map has failed.
  const mapIdle = mapStart.then(({ map }) =>
    Promise.race([map.once('idle'), new Promise((resolve) => window.setTimeout(resolve, 15_000))]),
  );
  watchForUpdates(state.lang, mapIdle);
  void mapIdle.then(mountDetails, mountDetails);
  // Without WebGL2 (MapLibre cannot create its context) the SVG map is drawn without an error message.
  const map = await mapStart.catch((e: unknown) => isNoWebGL(e) || showError(byId('alert'), t.mapError, e));
  if (!map || map === true) return fallback();
  map.sync(store, () => gapAreas(d, store.state.gaps, store.state.proposals));
  handOverMapPicture(map.map, store);
  presentation.attachMap(map);
  outlines.attachMap(map);
  wireMapActions(map, store, d, mapActionElements(), page.signal, (el) => presentation.exportCaption(el));
  // Read-only handle for the browser tests and for debugging in the console.
  (window as unknown as { indsatskort: MapHandle }).indsatskort = map;
  // The table and charts below the map: built on the first idle (else ≤ 15 s, above), before the state says idle.
  map.map.once('idle', mountDetails);
  map.map.on('idle', () => (document.body.dataset.mapState = 'idle'));
}

document.body.dataset.mapState = 'loading';
start().catch((e: unknown) => {
  document.body.dataset.mapState = 'error';
  removeMapPicture();
  showError(byId('alert'), STRINGS[readLang(window.location.search)].dataError, e);
});
