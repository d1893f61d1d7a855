/**
 * The pre-tiled basemap (geo/tiles.ts writes it, the style reads it): one vector tile set whose source-layers are
 * the basemap GeoJSON files of geo/build/, cut for zooms TILE_MINZOOM..TILE_MAXZOOM (the map's minimum zoom up to
 * the zoom where a tile unit is well under the data's 5–8 m simplification; MapLibre over-zooms above it).
 */
export const BASEMAP_TILE_LAYERS = {
  land: 'land.geojson',
  kommuner: 'kommuner.geojson',
  bydele: 'bydele.geojson',
  frederiksberg: 'frederiksberg.geojson',
  parker: 'parker.geojson',
  vand: 'vand.geojson',
  veje: 'veje.geojson',
  metro: 'metro.geojson',
  stationer: 'stationer.geojson',
  bydelLabels: 'bydele_labels.geojson',
} as const;

export type BasemapTileLayer = keyof typeof BASEMAP_TILE_LAYERS;

export const TILE_MINZOOM = 8;
export const TILE_MAXZOOM = 11;

/** The feature properties the style reads from the tiles (labels); all others are left out of them. */
export const TILE_PROPERTIES: readonly string[] = ['navn'];

/** The basemap's bounds [west, south, east, north]: every basemap file lies inside (checked by check-data). */
export const TILE_BOUNDS: readonly [number, number, number, number] = [12.1, 55.5, 13.05, 55.9];
