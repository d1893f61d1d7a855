import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { areaShapes, sitesApart } from '../../src/derive/mapFeatures';
import { GEO_DIR } from '../fixtures/dataFiles';
import { realData } from '../fixtures/dataset';

const BUILD = join(GEO_DIR, 'build');
const files = readdirSync(BUILD).filter((f) => f.endsWith('.geojson'));

describe('geo/build outputs', () => {
  it('exist for every layer the style reads', () => {
    for (const name of [
      'land',
      'kommuner',
      'bydele',
      'bydele_labels',
      'frederiksberg',
      'vand',
      'parker',
      'veje',
      'metro',
      'stationer',
      'hotspot_zones',
    ]) {
      expect(files).toContain(`${name}.geojson`);
    }
  });

  it.each(files)('%s is a FeatureCollection with sane coordinates and a source note', (file) => {
    const fc = JSON.parse(readFileSync(join(BUILD, file), 'utf8'));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.kilde).toMatch(/\S/);
    expect(fc.features.length).toBeGreaterThan(0);
    const [w, s, e, n] = turf.bbox(fc);
    expect(w).toBeGreaterThan(12.0);
    expect(e).toBeLessThan(13.2);
    expect(s).toBeGreaterThan(55.3);
    expect(n).toBeLessThan(56.0);
  });

  it('has the Hotspot zone ids the initiatives refer to', () => {
    const { data } = realData();
    const zoneIds = data.zones.map((z) => z.properties.id).sort();
    const referenced = data.initiatives
      .flatMap((i) => (i.omfang.slags === 'zone' ? [i.omfang.zone] : []))
      .sort();
    expect(zoneIds).toEqual(referenced);
  });
});

describe('area shapes', () => {
  it('draws a point area as a circle of its precision radius', () => {
    const { data } = realData();
    const shapes = areaShapes(data);
    const tingbjerg = shapes.features.find((f) => f.properties?.id === 'tingbjerg_utterslevhuse');
    expect(tingbjerg?.properties?.kind).toBe('precision');
    const km2 = turf.area(tingbjerg as never) / 1e6;
    expect(km2).toBeCloseTo(Math.PI * 0.25 ** 2, 1);
  });

  it('draws a polygon area as its outline when the data gives one', () => {
    const { data } = realData();
    const first = data.areas[0];
    if (!first) throw new Error('no area');
    const [x, y] = first.geometry.type === 'Point' ? first.geometry.coordinates : [12.5, 55.67];
    const ring = [
      [x - 0.001, y - 0.001],
      [x + 0.001, y - 0.001],
      [x + 0.001, y + 0.001],
      [x - 0.001, y + 0.001],
      [x - 0.001, y - 0.001],
    ] as [number, number][];
    const withPolygon = {
      ...data,
      areas: [{ ...first, geometry: { type: 'Polygon' as const, coordinates: [ring] } }],
    };
    const shape = areaShapes(withPolygon).features[0];
    expect(shape?.properties?.kind).toBe('outline');
    expect(shape?.geometry.type).toBe('Polygon');
    // The outline itself, not a precision circle around it: same box, same five corners.
    const box = turf.bbox(shape as never);
    const expected = [x - 0.001, y - 0.001, x + 0.001, y + 0.001];
    for (const [i, v] of expected.entries()) expect(box[i]).toBeCloseTo(v, 9);
    expect((shape?.geometry as GeoJSON.Polygon | undefined)?.coordinates[0]).toHaveLength(5);
  });
});

describe('sites on the map', () => {
  it('draws only the sites that lie apart from their area’s point: Hothers Plads', () => {
    const { data } = realData();
    expect(sitesApart(data).features.map((f) => f.properties?.id)).toEqual(['tv_hothers_plads']);
  });
});
