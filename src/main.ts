/** Composition root: load, check and derive the data, build the panels and the map around one view state. */
import './style.css';
import './responsive.css';
import './stage.css';
import { loadDataset } from './data/load';
import { derive, gapAreas } from './derive/derived';
import { STRINGS } from './i18n/strings';
import { createMap, isNoWebGL, type MapHandle, mapAreas, prewarmMap } from './map/createMap';
import { fitMapPicture, handOverMapPicture, pictureBounds, removeMapPicture } from './map/picture';
import { permalinkCamera } from './state/permalink';
import { Store } from './state/store';
import { showError } from './ui/alert';
import { dialogInsets, wireLayout } from './ui/layout';
import { wireMapActions } from './ui/mapActions';
import { byId, localisePage, mapActionElements, readLang, startView, syncPermalink } from './ui/page';
import { mountPanels } from './ui/panels';
import { watchForUpdates } from './ui/update';

const dataBase = new URL('data/', document.baseURI).href;
async function start(): Promise<void> {
  const bounds = pictureBounds(); // read first: fitMapPicture removes the picture for other views
  fitMapPicture(window.location.search);
  // "Talerens visning" (?taler=1): the presenter's second window, no map. Else MapLibre's worker starts now.
  const presenterWindow = new URLSearchParams(window.location.search).get('taler') === '1';
  if (!presenterWindow) prewarmMap();
  const data = loadDataset(dataBase).then(derive);
  if (presenterWindow)
    return (await import('./ui/presenterView')).startPresenter(
      (await data).data.story,
      readLang(window.location.search),
    );
  const t = STRINGS[readLang(window.location.search)];
  // The map starts now, with the basemap and its first camera (a permalink's, else the picture's bounds), while
  // the data is fetched and checked; it draws the areas once they are in. Its callbacks run only after that.
  const mapStart = createMap({
    container: byId('map'),
    dataBase,
    areas: data.then(mapAreas),
    camera: permalinkCamera(window.location.search),
    bounds,
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
    cover: () => document.querySelector('.area-dialog:not([hidden])')?.getBoundingClientRect() ?? null,
  });
  mapStart.catch(() => undefined); // a data error rejects it too (the map is removed); it is shown below
  const d = await data;
  const { state, ignored, storyStep } = startView(window.location.search, Object.keys(d.names));
  const store = new Store(state);
  const page = new AbortController(); // the page's lifetime: every panel listener takes its signal
  localisePage(state.lang, ignored);
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
