/** Composition root: load and validate the data, derive, then build the UI and the map. */
import './style.css';
import { loadDataset } from './data/load';
import { INDSATS_TYPES } from './data/types';
import { caseChecks } from './derive/budgets';
import { areasPerType, coverageMatrix } from './derive/coverage';
import { areaGeography } from './derive/geography';
import { areaPlaces, areaShapes, sitesApart } from './derive/mapFeatures';
import { STRINGS } from './i18n/strings';
import { createMap, type MapHandle } from './map/createMap';
import { hasWebGL2 } from './map/webgl';
import { createAboutPanel } from './ui/aboutPanel';
import { showError } from './ui/alert';
import { areaContent } from './ui/areaContent';
import { AreaDialog } from './ui/areaDialog';
import { createAreaList } from './ui/areaList';
import { h } from './ui/dom';
import { createLegend } from './ui/legend';
import { byId, readLang } from './ui/page';

const lang = readLang(window.location.search);
const t = STRINGS[lang];
const alertRegion = byId('alert');
const dataBase = new URL('data/', document.baseURI).href;

async function start(): Promise<void> {
  const data = await loadDataset(dataBase);
  const geography = areaGeography(data.areas, data.bydele, data.zones, data.sites);
  const matrix = coverageMatrix(data, geography);
  let map: MapHandle | null = null;

  const dialog = new AreaDialog(lang, () => map?.selectArea(null));
  const select = (id: string, opener: HTMLElement | null) => {
    const area = data.areas.find((a) => a.properties.id === id);
    if (!area) return;
    dialog.open(id, area.properties.navn, areaContent(id, data, matrix, geography, lang), opener);
    map?.selectArea(id);
    map?.flyToArea(id);
  };
  const legend = createLegend({
    lang,
    counts: areasPerType(matrix),
    total: data.areas.length,
    visible: new Set(INDSATS_TYPES),
    onToggle: (type, visible) => map?.setTypeVisible(type, visible),
  });
  byId('sidebar').append(
    legend,
    createAreaList(data.areas, matrix, lang, select),
    h('p', { class: 'sidebar__note' }, t.approxNote),
  );
  byId('map-wrap').append(dialog.element);
  const about = createAboutPanel(data, caseChecks(data, matrix), lang);
  document.body.append(about);
  byId('about-button').addEventListener('click', () => about.showModal());

  if (!hasWebGL2()) {
    showError(alertRegion, t.noWebgl, new Error('WebGL2'));
    return;
  }
  map = await createMap({
    container: byId('map'),
    style: {
      dataBase,
      shapes: areaShapes(data),
      sites: sitesApart(data),
      zones: { type: 'FeatureCollection', features: data.zones },
      bydele: { type: 'FeatureCollection', features: data.bydele },
    },
    places: areaPlaces(data, matrix),
    label: t.mapLabel,
    reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    onAreaClick: (id) => select(id, null),
    onError: (message) => showError(alertRegion, t.mapError, new Error(message)),
  });
  // Read-only handle for the browser tests and for debugging in the console.
  (window as unknown as { indsatskort: MapHandle }).indsatskort = map;
  map.map.on('idle', () => {
    document.body.dataset.mapState = 'idle';
  });
}

document.body.dataset.mapState = 'loading';
start().catch((e: unknown) => {
  document.body.dataset.mapState = 'error';
  showError(alertRegion, t.dataError, e);
});
