import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../geo/check-data';
import { schemaRef } from '../../geo/schemas';
import { DATA_FILES, type DataFileKey } from '../../src/data/types';
import { areasPerTypeSplit, isDerivedOnly } from '../../src/derive/coverage';
import { deriveWithOutlines } from '../../src/derive/derived';
import { areaGeography } from '../../src/derive/geography';
import { areasFileText, importOutlines, matchArea, mergeOutlines, pathAt } from '../../src/derive/outlines';
import { areasGeoJson } from '../../src/files/exportFiles';
import { outlinePrecision, outlineProblemText, unmatchedReason } from '../../src/i18n/outlineText';
import { goodTexts } from '../fixtures/dataFiles';
import { realData } from '../fixtures/dataset';
import { OMRAADER_MATCHED } from '../fixtures/outlineFixtures';

const committed = realData();
const { data } = committed;
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'outlines', name), 'utf8');
const feature = (props: Record<string, unknown>) =>
  ({ type: 'Feature', properties: props, geometry: null }) as unknown as GeoJSON.Feature;

describe('matching outlines to the ten areas', () => {
  it.each(['Hørgården', 'Hoergaarden', 'Horgarden'])('finds Hørgården written "%s"', (navn) => {
    expect(matchArea(feature({ navn }), data.areas)?.area.properties.id).toBe('hoergaarden');
  });

  it('matches by id before name, and finds no area for an unknown name', () => {
    expect(matchArea(feature({ id: 'blaagaarden', navn: 'Hørgården' }), data.areas)).toMatchObject({
      by: 'id',
    });
    expect(matchArea(feature({ navn: 'Ukendt Boligområde' }), data.areas)).toBeUndefined();
  });

  const imp = importOutlines(fixture('omraader.geojson'), 'omraader.geojson', data.areas);

  it('matches names in any spelling, a MultiPolygon and an id, and lists the unknown feature', () => {
    expect(imp.problems).toEqual([]);
    expect(imp.crs).toBe('EPSG:4326');
    expect(imp.matches.map((m) => m.areaId).sort()).toEqual([...OMRAADER_MATCHED]);
    expect(imp.matches.find((m) => m.areaId === 'tingbjerg_utterslevhuse')?.geometry.type).toBe(
      'MultiPolygon',
    );
    expect(imp.matches.find((m) => m.areaId === 'sjaeloer_boulevard')?.matchedBy).toBe('id');
    expect(imp.unmatched).toEqual([{ feature: 3, label: 'Ukendt Boligområde', reason: { kind: 'noMatch' } }]);
  });

  it('reprojects an EPSG:25832 file to lon/lat near the areas’ points', () => {
    const utm = importOutlines(fixture('epsg25832.geojson'), 'utm.geojson', data.areas);
    expect(utm.crs).toBe('EPSG:25832');
    expect(utm.problems).toEqual([]);
    const bispe = utm.matches.find((m) => m.areaId === 'bispeparken');
    const [lon, lat] = (bispe?.geometry.coordinates[0]?.[0] ?? []) as number[];
    // The fixture's first corner is the Bispeparken point minus (0.0015°, 0.0008°), written in UTM metres.
    expect(lon).toBeCloseTo(12.53389 - 0.0015, 5);
    expect(lat).toBeCloseTo(55.712269 - 0.0008, 5);
  });

  it('reports every problem of an invalid ring by feature and path, and keeps the valid feature', () => {
    const bad = importOutlines(fixture('ugyldig-ring.geojson'), 'ugyldig.geojson', data.areas);
    expect(bad.problems).toEqual([
      {
        feature: 0,
        path: 'features.0.geometry.coordinates.0',
        source: 'geojson',
        message: expect.stringMatching(/four or more positions/),
      },
      {
        feature: 0,
        path: 'features.0.geometry.coordinates.0.0',
        source: 'geojson',
        message: expect.stringMatching(/First and last/),
      },
      {
        feature: 0,
        path: 'features.0.geometry.coordinates.0.2',
        source: 'geojson',
        message: expect.stringMatching(/First and last/),
      },
    ]);
    expect(bad.unmatched).toEqual([{ feature: 0, label: 'Lundtoftegade', reason: { kind: 'invalid' } }]);
    expect(bad.matches.map((m) => m.areaId)).toEqual(['akacieparken']);
  });

  it('reports a file that is not JSON as one problem of the whole file', () => {
    expect(importOutlines('{ nope', 'x.geojson', data.areas).problems).toEqual([
      { feature: null, path: '', source: 'json', message: expect.any(String) },
    ]);
  });

  it('words every reason and the JSON problem in Danish and English (i18n, not derive)', () => {
    const names = { bispeparken: 'Bispeparken' };
    expect(unmatchedReason({ kind: 'noMatch' }, 'da', names)).toBe(
      'navnet eller id’et passer ikke til et af de 10 områder',
    );
    expect(unmatchedReason({ kind: 'noMatch' }, 'en', names)).toBe(
      'the name or id matches none of the 10 areas',
    );
    expect(unmatchedReason({ kind: 'taken', areaId: 'bispeparken' }, 'da', names)).toBe(
      'Bispeparken har allerede en afgrænsning fra filen',
    );
    expect(unmatchedReason({ kind: 'notPolygon', geometry: 'Point' }, 'en', names)).toBe(
      'not a polygon (Point)',
    );
    expect(unmatchedReason({ kind: 'notPolygon', geometry: null }, 'da', names)).toBe(
      'ikke en flade (ingen geometri)',
    );
    const [json] = importOutlines('{ nope', 'x.geojson', data.areas).problems;
    expect(json && outlineProblemText(json, 'da')).toMatch(/^ugyldig JSON: \S/);
    expect(json && outlineProblemText(json, 'en')).toMatch(/^invalid JSON: \S/);
  });

  it('names the path at a character offset', () => {
    const text = '{"features":[{"a":1},{"geometry":{"coordinates":[[0,1],[2,3]]}}]}';
    expect(pathAt(text, text.indexOf('[2,3]'))).toEqual(['features', 1, 'geometry', 'coordinates', 1]);
  });

  it('recomputes bydel from an outline straddling two bydele: the largest overlap wins', () => {
    const merged = mergeOutlines(data.areas, imp, outlinePrecision);
    const geo = areaGeography(merged, data.bydele, data.zones, data.sites);
    expect(geo.sjaeloer_boulevard?.bydel).toBe('Valby');
    expect(geo.sjaeloer_boulevard?.bydelShare).toBeGreaterThan(0.8);
    expect(geo.sjaeloer_boulevard?.bydelShare).toBeLessThan(0.9);
    expect(geo.akacieparken?.bydelShare).toBeNull();
    expect(geo.blaagaarden?.hotspotZone).toBe('hotspot_indre_noerrebro');
  });

  it('writes an areas.geojson with the outlines and their source that npm run check-data accepts', () => {
    const merged = mergeOutlines(data.areas, imp, outlinePrecision);
    const hoer = merged.find((a) => a.properties.id === 'hoergaarden');
    expect(hoer?.geometry.type).toBe('Polygon');
    expect(hoer?.properties.praecision.kilde).toMatch(/^fra fil: omraader\.geojson/);
    // The ± of an outline is how far it reaches from its point: the fixture's square around Hørgården's point is
    // ±0.0015° × ±0.0008°, i.e. 94.1 m × 89.0 m at 55.66° N, so its corners lie 129.5 m away — 130 m, rounded up.
    expect(hoer?.properties.praecision.radius_m).toBe(130);
    expect(hoer?.properties.praecision.tekst).toContain('når op til 130 m');
    const dir = mkdtempSync(join(tmpdir(), 'outlines-'));
    const texts = { ...goodTexts(), areas: areasFileText(merged, schemaRef('areas')) };
    for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
      const path = join(dir, DATA_FILES[key]);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, texts[key]);
    }
    expect(checkDataDir(dir)).toEqual([]);
    rmSync(dir, { recursive: true });
  });
});

describe('recomputing the derived data from imported outlines (for the session)', () => {
  const recompute = (name: string) => {
    const imp = importOutlines(fixture(name), name, data.areas);
    const areaIds = imp.matches.map((m) => m.areaId);
    return deriveWithOutlines(data, mergeOutlines(data.areas, imp, outlinePrecision), {
      fileName: name,
      areaIds,
    });
  };

  it('moves an area’s bydel and Hotspot membership with its outline, marked as from the file', () => {
    // flyttet.geojson: Bispeparken's outline placed inside bydel Nørrebro and the Ydre Nørrebro zone.
    expect(committed.geography.bispeparken).toMatchObject({ bydel: 'Bispebjerg', hotspotZone: null });
    expect(committed.matrix.bispeparken?.hotspot).toEqual([]);
    const next = recompute('flyttet.geojson');
    expect(next.outlines).toEqual({ fileName: 'flyttet.geojson', areaIds: ['bispeparken'] });
    expect(next.geography.bispeparken).toMatchObject({
      bydel: 'Nørrebro',
      bydelShare: 1,
      hotspotZone: 'hotspot_ydre_noerrebro',
      fromFile: 'flyttet.geojson',
    });
    // Hotspot now reaches Bispeparken, through the zone only: "Ja (afledt)", counted apart from the case's.
    expect(isDerivedOnly(next.matrix.bispeparken?.hotspot ?? [])).toBe(true);
    expect(areasPerTypeSplit(committed.matrix).hotspot).toEqual({ stated: 0, derived: 4 });
    expect(areasPerTypeSplit(next.matrix).hotspot).toEqual({ stated: 0, derived: 5 });
    // Distances are measured from the outline: Mjølnerparken's TV site is a few hundred metres away now.
    expect(committed.geography.bispeparken?.nearestTvM).toBe(1181);
    expect(next.geography.bispeparken?.nearestTvM).toBeLessThan(500);
    // The other nine areas are as committed, and not marked as from the file.
    for (const id of Object.keys(committed.geography).filter((x) => x !== 'bispeparken'))
      expect(next.geography[id]).toEqual(committed.geography[id]);
  });

  it('names the file in the downloaded areas GeoJSON’s bydel source for the recomputed area only', () => {
    const next = recompute('flyttet.geojson');
    const file = JSON.parse(areasGeoJson(next, { lang: 'da', gaps: [], proposals: [], date: '2026-11-29' }));
    const props = (id: string) =>
      file.features.find((f: { properties: { id: string } }) => f.properties.id === id)?.properties;
    expect(props('bispeparken')).toMatchObject({
      bydel: 'Nørrebro',
      bydel_kilde: 'afledt geografisk, fra fil: flyttet.geojson',
    });
    expect(props('lundtoftegade')?.bydel_kilde).toBe('afledt geografisk');
  });

  it('recomputes from the committed data and leaves it untouched (a second file replaces the first)', () => {
    const first = recompute('omraader.geojson');
    const second = recompute('flyttet.geojson');
    expect(first.geography.hoergaarden?.fromFile).toBe('omraader.geojson');
    expect(second.geography.hoergaarden?.fromFile).toBeUndefined();
    expect(data.areas.every((a) => a.geometry.type === 'Point')).toBe(true);
    expect(committed.outlines).toBeNull();
  });

  it('gives a polygon straddling two bydele the bydel of its largest overlap, with the share', () => {
    const next = recompute('omraader.geojson');
    expect(next.geography.sjaeloer_boulevard).toMatchObject({ bydel: 'Valby', fromFile: 'omraader.geojson' });
    expect(next.geography.sjaeloer_boulevard?.bydelShare).toBeGreaterThan(0.8);
    expect(next.geography.sjaeloer_boulevard?.bydelShare).toBeLessThan(0.9);
  });
});
