import { featureCollection } from '@turf/turf';
import { type Derived, gapAreas } from '../derive/derived';
import { areaPlaces } from '../derive/mapFeatures';
import { STRINGS } from '../i18n/strings';
import { SvgMap } from '../map/svgMap';
import type { Store } from '../state/store';
import type { Presentation } from './presentation';

/** Fetches the water layer for the fallback; the map is drawn without it when that fails. */
async function water(dataBase: string): Promise<GeoJSON.FeatureCollection | null> {
  try {
    const res = await fetch(`${dataBase}build/vand.geojson`);
    return res.ok ? ((await res.json()) as GeoJSON.FeatureCollection) : null;
  } catch {
    return null;
  }
}

/**
 * Draws the simplified SVG map where WebGL2 is missing or the map failed to start, with the same rings, dialogs,
 * list and table. PNG export needs the full map and stays disabled.
 */
export async function startFallback(
  container: HTMLElement,
  d: Derived,
  store: Store,
  dataBase: string,
  select: (id: string, opener: HTMLElement | null) => void,
  presentation: Presentation,
): Promise<SvgMap> {
  const t = STRINGS[store.state.lang];
  const map = new SvgMap({
    container,
    places: areaPlaces(d.data, d.matrix),
    bydele: featureCollection(d.data.bydele),
    zones: featureCollection(d.data.zones),
    water: await water(dataBase),
    label: t.mapLabel,
    note: t.fallbackNote,
    gapLabel: t.gapLabel,
    basisLabels: t.basisMarks,
    onAreaClick: (id) => select(id, null),
  });
  // Outlines from a file swap new derived data into `d`: the rings move to them and the outlines are drawn.
  map.sync(
    store,
    () => gapAreas(d, store.state.gaps, store.state.proposals),
    () => ({
      places: areaPlaces(d.data, d.matrix),
      outlines: featureCollection(d.data.areas.filter((a) => a.geometry.type !== 'Point')),
    }),
  );
  // The SVG map always shows all ten areas: the stage keeps its caption and legend, without camera framing.
  presentation.attachMap({
    setPresentation: () => map.setPresentation(),
    stage: () => 0,
    jumpTo: () => undefined,
    fitAll: () => undefined,
  });
  document.body.dataset.mapState = 'fallback';
  return map;
}
