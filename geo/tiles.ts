/**
 * The basemap pre-tiled at build time: the basemap GeoJSON in geo/build/ sliced by @maplibre/geojson-vt and
 * encoded by @maplibre/vt-pbf (the same two libraries MapLibre's worker runs on GeoJSON at every start) into one
 * vector tile set, geo/build/tiles/{z}/{x}/{y}.pbf, one source-layer per basemap file. Only tiles in the
 * basemap's bounds (TILE_BOUNDS), only zooms TILE_MINZOOM..TILE_MAXZOOM (MapLibre over-zooms above the top one).
 * Written by `npm run geo`; `npm run check-data` checks that the committed tiles are what the GeoJSON gives today.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { bbox } from '@turf/turf';
import {
  BASEMAP_TILE_LAYERS,
  TILE_BOUNDS,
  TILE_MAXZOOM,
  TILE_MINZOOM,
  TILE_PROPERTIES,
} from '../src/style/basemapTiles';

const BUILD = join(import.meta.dirname, 'build');
export const TILES_DIR = join(BUILD, 'tiles');
/** Tile extent and slicing options; the same extent the encoder is told. */
const EXTENT = 4096;
/** Tolerance 3 of 4096 on a 512 px tile is MapLibre's own GeoJSON default of 0.375 px; none at the top zoom. */
const OPTIONS = {
  maxZoom: TILE_MAXZOOM,
  indexMaxZoom: TILE_MAXZOOM,
  extent: EXTENT,
  buffer: 64,
  tolerance: 3,
};

const lon2x = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const lat2y = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/**
 * Every basemap tile in TILE_BOUNDS, keyed by "z/x/y.pbf" (a tile with no features is an empty file, so the map
 * never asks for a tile that is not there — offline, a missing tile would be an error, not an empty tile).
 */
export function basemapTiles(): Map<string, Uint8Array> {
  const layers = Object.entries(BASEMAP_TILE_LAYERS).map(([name, file]) => {
    const fc = JSON.parse(readFileSync(join(BUILD, file), 'utf8')) as GeoJSON.FeatureCollection;
    // Only the properties the style reads go into the tiles.
    for (const f of fc.features)
      f.properties = Object.fromEntries(
        TILE_PROPERTIES.filter((k) => k in (f.properties ?? {})).map((k) => [k, f.properties?.[k]]),
      );
    return { name, fc, index: new GeoJSONVT(fc, OPTIONS) };
  });
  const [w, s, e, n] = TILE_BOUNDS;
  const tiles = new Map<string, Uint8Array>();
  for (let z = TILE_MINZOOM; z <= TILE_MAXZOOM; z++) {
    for (let x = lon2x(w, z); x <= lon2x(e, z); x++) {
      for (let y = lat2y(n, z); y <= lat2y(s, z); y++) {
        const parts: Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>> = {};
        for (const l of layers) {
          const tile = l.index.getTile(z, x, y);
          if (tile && tile.features.length > 0) parts[l.name] = tile;
        }
        tiles.set(`${z}/${x}/${y}.pbf`, fromGeojsonVt(parts, { version: 2, extent: EXTENT }));
      }
    }
  }
  return tiles;
}

/** Basemap files whose features reach outside TILE_BOUNDS (they would be cut off in the tiles). */
export function outsideBounds(): string[] {
  const [w, s, e, n] = TILE_BOUNDS;
  return Object.values(BASEMAP_TILE_LAYERS).filter((file) => {
    const [a, b, c, d] = bbox(JSON.parse(readFileSync(join(BUILD, file), 'utf8')));
    return a < w || b < s || c > e || d > n;
  });
}

const listFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((n) =>
        statSync(join(dir, n)).isDirectory() ? listFiles(join(dir, n)) : [join(dir, n)],
      )
    : [];

/** Replaces geo/build/tiles/ with the tiles the basemap GeoJSON gives today. */
export function writeBasemapTiles(): void {
  const tiles = basemapTiles();
  rmSync(TILES_DIR, { recursive: true, force: true });
  for (const [name, data] of tiles) {
    const path = join(TILES_DIR, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
  const bytes = [...tiles.values()].reduce((sum, t) => sum + t.length, 0);
  console.log(
    `geo/build/tiles/: ${tiles.size} tiles, zoom ${TILE_MINZOOM}–${TILE_MAXZOOM}, ${(bytes / 1024).toFixed(1)} KB`,
  );
}

/** Problems when the committed tiles differ from what the basemap GeoJSON gives today (empty when current). */
export function staleTiles(): string[] {
  const tiles = basemapTiles();
  const problems = outsideBounds().map(
    (file) => `build/${file}: går uden for basiskortets grænser (TILE_BOUNDS)`,
  );
  const onDisk = new Set(listFiles(TILES_DIR).map((f) => relative(TILES_DIR, f).split('\\').join('/')));
  for (const [name, data] of tiles) {
    if (!onDisk.has(name)) problems.push(`build/tiles/${name}: mangler`);
    else if (!Buffer.from(data).equals(readFileSync(join(TILES_DIR, name))))
      problems.push(`build/tiles/${name}: er forældet`);
  }
  for (const name of onDisk)
    if (!tiles.has(name)) problems.push(`build/tiles/${name}: hører ikke til basiskortet`);
  return problems.length > 0
    ? [
        ...problems.slice(0, 5),
        'build/tiles/: passer ikke med basiskortets GeoJSON; kør npm run geo og commit resultatet',
      ]
    : [];
}
