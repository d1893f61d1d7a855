import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Area, Bydel, Site, Zone } from '../../src/data/schema';
import { areaAnchor, areaGeography } from '../../src/derive/geography';
import { realData } from '../fixtures/dataset';

const square = (x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Polygon' as const,
  coordinates: <[number, number][][]>[
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});
const praecision = { radius_m: 100, tekst: 't' };
const area = (id: string, geometry: Area['geometry']): Area => ({
  type: 'Feature',
  geometry,
  properties: { id, navn: id, bilag: 1, praecision },
});
const site = (id: string, type: 'tv_overvaagning' | 'jobcentre', lon: number, lat: number): Site => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { id, navn: id, type, omraade: 'a', praecision },
});

describe('geographic joins on small known geometries', () => {
  const bydele: Bydel[] = [
    { type: 'Feature', geometry: square(12.5, 55.6, 12.55, 55.65), properties: { navn: 'Vest' } },
    { type: 'Feature', geometry: square(12.55, 55.6, 12.6, 55.65), properties: { navn: 'Øst' } },
  ];
  const zones: Zone[] = [
    {
      type: 'Feature',
      geometry: square(12.56, 55.61, 12.58, 55.63),
      properties: { id: 'z1', navn: 'Z', afgraensning: 'test' },
    },
  ];
  const sites = [site('tv1', 'tv_overvaagning', 12.52, 55.62), site('jc1', 'jobcentre', 12.57, 55.62)];

  it('puts each point in the bydel and zone that contain it, or none', () => {
    const g = areaGeography(
      [
        area('a', { type: 'Point', coordinates: [12.52, 55.62] }),
        area('b', { type: 'Point', coordinates: [12.57, 55.62] }),
        area('c', { type: 'Point', coordinates: [12.7, 55.62] }),
      ],
      bydele,
      zones,
      sites,
    );
    expect(g.a).toMatchObject({ bydel: 'Vest', hotspotZone: null, nearestTvM: 0 });
    expect(g.b).toMatchObject({ bydel: 'Øst', hotspotZone: 'z1', nearestJobcenterM: 0 });
    expect(g.c).toMatchObject({ bydel: null, hotspotZone: null });
  });

  it('measures the distance to the nearest site in metres', () => {
    // 0.05° of longitude at 55.62° N is about 3.15 km.
    const g = areaGeography(
      [area('a', { type: 'Point', coordinates: [12.52, 55.62] })],
      bydele,
      zones,
      sites,
    );
    expect(g.a?.nearestJobcenterM).toBeGreaterThan(3100);
    expect(g.a?.nearestJobcenterM).toBeLessThan(3200);
    expect(
      areaGeography([area('a', { type: 'Point', coordinates: [12.52, 55.62] })], bydele, zones, []),
    ).toMatchObject({
      a: { nearestTvM: null, nearestJobcenterM: null },
    });
  });

  it('anchors a polygon area inside its polygon, so polygons join like points', () => {
    const poly = area('p', square(12.56, 55.61, 12.57, 55.62));
    const anchor = areaAnchor(poly);
    expect(turf.booleanPointInPolygon(anchor, poly.geometry as never)).toBe(true);
    expect(areaGeography([poly], bydele, zones, sites).p?.hotspotZone).toBe('z1');
  });
});

describe('geographic joins on the real data', () => {
  const { geography } = realData();

  it('puts every area in the bydel the sources expect (Sjælør Boulevard in Valby, by the boundary)', () => {
    expect(Object.fromEntries(Object.entries(geography).map(([id, g]) => [id, g.bydel]))).toEqual({
      akacieparken: 'Valby',
      aldersrogade: 'Nørrebro',
      bispeparken: 'Bispebjerg',
      blaagaarden: 'Nørrebro',
      gadelandet_husumgaard: 'Brønshøj-Husum',
      hoergaarden: 'Amager Vest',
      lundtoftegade: 'Nørrebro',
      mjoelnerparken: 'Nørrebro',
      sjaeloer_boulevard: 'Valby',
      tingbjerg_utterslevhuse: 'Brønshøj-Husum',
    });
  });

  it('finds the Hotspot zones of Aldersrogade and Mjølnerparken (Ydre), Blågården (Indre), Akacieparken (Valby)', () => {
    const inZone = Object.entries(geography)
      .filter(([, g]) => g.hotspotZone !== null)
      .map(([id, g]) => `${id}:${g.hotspotZone}`)
      .sort();
    expect(inZone).toEqual([
      'akacieparken:hotspot_valby',
      'aldersrogade:hotspot_ydre_noerrebro',
      'blaagaarden:hotspot_indre_noerrebro',
      'mjoelnerparken:hotspot_ydre_noerrebro',
    ]);
  });

  it('measures Mjølnerparken to Hothers Plads TV-overvågning as a few hundred metres', () => {
    expect(geography.mjoelnerparken?.nearestTvM).toBeGreaterThan(150);
    expect(geography.mjoelnerparken?.nearestTvM).toBeLessThan(400);
    expect(geography.tingbjerg_utterslevhuse?.nearestTvM).toBe(0);
  });
});
