import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { INDSATS_TYPES } from '../../src/data/types';
import { areaAnchors, areaPlaces, areaShapes } from '../../src/derive/mapFeatures';
import { BASEMAP_TILE_LAYERS } from '../../src/style/basemapTiles';
import { buildStyle, TYPE_LAYER_IDS } from '../../src/style/mapStyle';
import { BASE, contrast, PALETTE, RING } from '../../src/style/palette';
import { realData } from '../fixtures/dataset';

const { data, matrix } = realData();
const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features }) as GeoJSON.FeatureCollection;
const style = buildStyle({
  dataBase: 'http://127.0.0.1:4173/data/',
  anchors: areaAnchors(areaPlaces(data, matrix)),
  shapes: areaShapes(data),
  sites: fc(data.sites),
  zones: fc(data.zones),
});

describe('the MapLibre style', () => {
  it('validates against the MapLibre style specification', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('reads glyphs from the app itself, with the template left unencoded', () => {
    expect(style.glyphs).toBe('http://127.0.0.1:4173/data/glyphs/{fontstack}/{range}.pbf');
    const urls = Object.values(style.sources).flatMap((s) =>
      'data' in s && typeof s.data === 'string' ? [s.data] : [],
    );
    for (const url of urls) expect(url.startsWith('http://127.0.0.1:4173/data/build/')).toBe(true);
  });

  it('reads the basemap as vector tiles from the app itself, every source-layer one that geo/tiles.ts writes', () => {
    const basemap = style.sources.basemap;
    expect(basemap?.type).toBe('vector');
    expect(basemap && 'tiles' in basemap ? basemap.tiles : []).toEqual([
      'http://127.0.0.1:4173/data/build/tiles/{z}/{x}/{y}.pbf',
    ]);
    const layers = style.layers.flatMap((l) =>
      'source-layer' in l && l['source-layer'] ? [l['source-layer']] : [],
    );
    expect(layers.length).toBeGreaterThan(5);
    for (const name of layers) expect(Object.keys(BASEMAP_TILE_LAYERS)).toContain(name);
  });

  it('has every layer that a type toggle hides', () => {
    const ids = new Set(style.layers.map((l) => l.id));
    for (const type of INDSATS_TYPES) for (const id of TYPE_LAYER_IDS[type]) expect(ids, id).toContain(id);
  });

  it('uses only the fonts copied into geo/glyphs', () => {
    const fonts = new Set(
      style.layers.flatMap((l) =>
        l.type === 'symbol' ? ((l.layout?.['text-font'] as string[] | undefined) ?? []) : [],
      ),
    );
    expect([...fonts].sort()).toEqual(['Noto Sans Medium', 'Noto Sans Regular']);
  });
});

describe('the palette', () => {
  it('is the one source the CSS repeats: ink, ring size, swatch rim and stage legend ground are equal in both', () => {
    const css = ['style.css', 'stage.css']
      .map((f) => readFileSync(join(__dirname, '../../src', f), 'utf8'))
      .join('\n');
    const flat = (s: string) => s.replace(/\s+/g, '').toLowerCase();
    expect(css).toContain(`--ink: ${BASE.ink};`);
    expect(css).toContain(`--ring-size: ${2 * RING.radius}px;`);
    expect(css).toContain(`--ring-size: ${2 * RING.compact.radius}px;`);
    expect(flat(css)).toContain(`border:1pxsolid${flat(BASE.swatchRim)};`);
    expect(flat(css)).toContain(`background:${flat(BASE.stageLegendFill)};`);
    // No ring box is written as a bare number any more.
    expect(css).not.toMatch(/(?:width|height):\s*48px/);
  });

  const styles = INDSATS_TYPES.map((t) => PALETTE[t]);

  it('gives every type its own colour, letter and ring slot', () => {
    expect(new Set(styles.map((s) => s.color)).size).toBe(INDSATS_TYPES.length);
    expect(new Set(styles.map((s) => s.letter)).size).toBe(INDSATS_TYPES.length);
    expect(styles.map((s) => s.slot).sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps every badge letter legible on its colour (≥ 4.5:1)', () => {
    for (const s of styles) expect(contrast(s.color, s.textColor)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the area label dark on its halo (≥ 7:1, for projectors)', () => {
    expect(contrast(BASE.area, BASE.areaHalo)).toBeGreaterThanOrEqual(7);
  });
});
