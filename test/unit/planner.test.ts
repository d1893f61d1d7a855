import { check, getIssues } from '@placemarkio/check-geojson';
import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { INDSATS_TYPES } from '../../src/data/types';
import { isCovered } from '../../src/derive/coverage';
import { nearestReached, nearestSite } from '../../src/derive/nearest';
import { effectiveProposals, scenarioGaps, typeCounts } from '../../src/derive/scenario';
import {
  areasGeoJson,
  coverageCsv,
  type FileContext,
  fileNames,
  initiativesCsv,
} from '../../src/files/exportFiles';
import { gapSummary } from '../../src/i18n/gapText';
import { TYPE_LABELS } from '../../src/i18n/strings';
import { parsePermalink, permalinkQuery } from '../../src/state/permalink';
import { DEFAULT_STATE } from '../../src/state/store';
import { realData } from '../fixtures/dataset';

const d = realData();
const { data, matrix, names } = d;
const AREA_IDS = Object.keys(names);
const semicolon = dsvFormat(';');
const ctx = (over: Partial<FileContext> = {}): FileContext => ({
  lang: 'da',
  gaps: [],
  proposals: [],
  date: '2026-11-29',
  ...over,
});

/** Great-circle distance in km on turf's sphere (R = 6371.0088 km), written out by hand for the check. */
function haversineKm([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const rad = Math.PI / 180;
  const dLat = ((lat2 ?? 0) - (lat1 ?? 0)) * rad;
  const dLon = ((lon2 ?? 0) - (lon1 ?? 0)) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos((lat1 ?? 0) * rad) * Math.cos((lat2 ?? 0) * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

describe('the gap sentence', () => {
  it('names the chosen initiatives and the three areas neither NV arbejdsmarked nor jobcentre reaches', () => {
    const g = gapSummary({ data, matrix, names, proposals: [] }, ['nv_arbejdsmarked', 'jobcentre'], 'da');
    expect(g?.ids.sort()).toEqual(['akacieparken', 'blaagaarden', 'sjaeloer_boulevard']);
    expect(g?.sentence).toBe(
      '3 af 10 områder er ikke omfattet af NV arbejdsmarked eller jobcentre: Akacieparken, Blågården, Sjælør Boulevard.',
    );
  });

  it('is null with gap mode off, and says so in English too', () => {
    expect(gapSummary({ data, matrix, names, proposals: [] }, [], 'da')).toBeNull();
    const en = gapSummary({ data, matrix, names, proposals: [] }, ['jobcentre'], 'en');
    expect(en?.sentence).toMatch(/^6 of 10 areas are not covered by job centres: Akacieparken, Bispeparken/);
  });

  it('lets a proposal close a gap and names it as a proposal, not as decided', () => {
    const g = gapSummary(
      { data, matrix, names, proposals: [{ type: 'jobcentre', area: 'blaagaarden' }] },
      ['nv_arbejdsmarked', 'jobcentre'],
      'da',
    );
    expect(g?.ids.sort()).toEqual(['akacieparken', 'sjaeloer_boulevard']);
    expect(g?.sentence).toContain('Forslag, ikke besluttet: jobcentre i Blågården.');
  });
});

describe('nearest help (derived from geography)', () => {
  const anchor = (id: string) => {
    const g = data.areas.find((a) => a.properties.id === id)?.geometry;
    return g?.type === 'Point' ? g.coordinates : [];
  };

  it('finds the jobcenter at Mjølnerparken 1,1 km from Bispeparken, ± 0,3 km (150 m + 100 m)', () => {
    // By hand: Δlat 0.008291° = 0.922 km, Δlon 0.00871° × cos 55.71° = 0.545 km → 1.071 km (the site lies at
    // the area's point).
    expect(haversineKm(anchor('bispeparken'), anchor('mjoelnerparken'))).toBeCloseTo(1.071, 2);
    expect(nearestReached(data, matrix, 'bispeparken', 'jobcentre')).toEqual({
      id: 'mjoelnerparken',
      km: 1.1,
      plusMinusKm: 0.3,
      site: 'Mjølnerparken',
    });
  });

  it('gives one TV figure for Blågården: 2,0 km to the site at Hothers Plads from the area’s point (not 2,2 km to Mjølnerparken’s point)', () => {
    const hothers =
      data.sites.find((s) => s.properties.id === 'tv_hothers_plads')?.geometry.coordinates ?? [];
    const km = haversineKm(anchor('blaagaarden'), hothers);
    expect(km).toBeCloseTo(1.977, 2);
    expect(haversineKm(anchor('blaagaarden'), anchor('mjoelnerparken'))).toBeCloseTo(2.16, 1);
    const site = nearestSite(data, 'blaagaarden', 'tv_overvaagning');
    expect(site).toMatchObject({ place: 'Hothers Plads', area: 'mjoelnerparken', plusMinusKm: 0.3 });
    expect(Math.abs((site?.m ?? 0) - km * 1000)).toBeLessThan(5);
    expect(nearestReached(data, matrix, 'blaagaarden', 'tv_overvaagning')).toEqual({
      id: 'mjoelnerparken',
      km: 2,
      plusMinusKm: 0.3,
      site: 'Hothers Plads',
    });
    const gap = (lang: 'da' | 'en') =>
      gapSummary({ data, matrix, names, proposals: [] }, ['tv_overvaagning'], lang)?.nearest ?? [];
    expect(gap('da')).toContain(
      'Blågården – nærmeste TV-overvågede sted: Hothers Plads, 2,0 km fra områdets punkt (± 0,3 km, afledt geografisk)',
    );
    expect(gap('en')).toContain(
      "Blågården – nearest CCTV site: Hothers Plads, 2.0 km from the area's point (± 0.3 km, derived from geography)",
    );
    expect(gap('da').join(' '), 'no second TV figure between area points').not.toContain('2,2 km');
  });

  it('finds Lundtoftegade 1,5 km from Blågården for NV arbejdsmarked, nearer than Mjølnerparken (2,2 km)', () => {
    // By hand: Δlat 0.007995° = 0.889 km, Δlon 0.019922° × cos 55.69° = 1.248 km → 1.532 km.
    expect(haversineKm(anchor('blaagaarden'), anchor('lundtoftegade'))).toBeCloseTo(1.532, 2);
    expect(haversineKm(anchor('blaagaarden'), anchor('mjoelnerparken'))).toBeCloseTo(2.16, 1);
    expect(nearestReached(data, matrix, 'blaagaarden', 'nv_arbejdsmarked')).toEqual({
      id: 'lundtoftegade',
      km: 1.5,
      plusMinusKm: 0.4,
      site: null,
    });
  });

  it('is null for an area the type reaches, and never names the area itself', () => {
    expect(nearestReached(data, matrix, 'mjoelnerparken', 'jobcentre')).toBeNull();
    for (const id of AREA_IDS)
      for (const type of INDSATS_TYPES) expect(nearestReached(data, matrix, id, type)?.id).not.toBe(id);
  });

  it('gives the gap view one line per gap area and chosen type, saying "afledt geografisk"', () => {
    const g = gapSummary({ data, matrix, names, proposals: [] }, ['jobcentre'], 'da');
    expect(g?.nearest).toHaveLength(6);
    expect(g?.nearest).toContain(
      'Bispeparken – nærmeste jobcenter: Mjølnerparken, 1,1 km fra områdets punkt (± 0,3 km, afledt geografisk)',
    );
  });
});

describe('the scenario ("Hvad nu hvis")', () => {
  const proposal = { type: 'jobcentre' as const, area: 'bispeparken' };

  it('adds a proposal to the count as "+ 1" without touching the case count', () => {
    const counts = typeCounts(matrix, [proposal]);
    expect(counts.jobcentre).toEqual({ covered: 4, derived: 0, proposed: 1 });
    expect(counts.nv_arbejdsmarked).toEqual({ covered: 6, derived: 0, proposed: 0 });
    expect(isCovered(matrix, 'bispeparken', 'jobcentre')).toBe(false);
    expect(typeCounts(matrix, []).hotspot, 'Hotspot reaches areas only through its zones: derived').toEqual({
      covered: 4,
      derived: 4,
      proposed: 0,
    });
  });

  it('drops duplicates, unknown areas and proposals for areas already covered', () => {
    const kept = effectiveProposals(matrix, [
      proposal,
      proposal,
      { type: 'jobcentre', area: 'mjoelnerparken' },
      { type: 'hotspot', area: 'christiania' },
    ]);
    expect(kept).toEqual([proposal]);
  });

  it('closes the gap for the proposed area only, and an empty scenario restores the case’s gap', () => {
    expect(scenarioGaps(matrix, ['jobcentre'], [proposal])).not.toContain('bispeparken');
    expect(scenarioGaps(matrix, ['jobcentre'], [proposal])).toHaveLength(5);
    expect(scenarioGaps(matrix, ['jobcentre'], [])).toHaveLength(6);
  });

  it('counts among the rows shown (gap mode) when asked', () => {
    const gap = scenarioGaps(matrix, ['jobcentre'], []);
    expect(typeCounts(matrix, [], gap).jobcentre).toEqual({ covered: 0, derived: 0, proposed: 0 });
    expect(typeCounts(matrix, [proposal], gap).jobcentre).toEqual({ covered: 0, derived: 0, proposed: 1 });
  });

  it('round-trips through the permalink as forslag=jobcentre:bispeparken, and drops unknown values', () => {
    const q = permalinkQuery({ ...DEFAULT_STATE, proposals: [proposal] });
    expect(decodeURIComponent(q)).toBe('?forslag=jobcentre:bispeparken');
    expect(parsePermalink(q, AREA_IDS).state.proposals).toEqual([proposal]);
    const bad = parsePermalink(
      '?forslag=jobcentre:bispeparken,bogus:hoergaarden,jobcentre:x,a:b:c',
      AREA_IDS,
    );
    expect(bad.state.proposals).toEqual([proposal]);
    expect(bad.ignored).toEqual(['forslag=bogus:hoergaarden', 'forslag=jobcentre:x', 'forslag=a:b:c']);
  });
});

describe('the files for Excel and GIS', () => {
  it('names the files after what they hold and the case number', () => {
    expect(fileNames('2011-40035', false)).toEqual({
      coverage: 'indsatskort-daekning-2011-40035.csv',
      areas: 'indsatskort-omraader-2011-40035.geojson',
      initiatives: 'indsatskort-indsatser-2011-40035.csv',
      picture: 'indsatskort-kort-2011-40035.png',
    });
    expect(fileNames('2011-40035', true).coverage).toBe('indsatskort-daekning-2011-40035-scenarie.csv');
    expect(fileNames('2011-40035', true).picture).toBe('indsatskort-kort-2011-40035-scenarie.png');
    // Gap mode says so in every name, so a folder keeps the plain, gap and scenario files apart.
    expect(fileNames('2011-40035', false, true).initiatives).toBe(
      'indsatskort-indsatser-2011-40035-huller.csv',
    );
    expect(fileNames('2011-40035', true, true).areas).toBe(
      'indsatskort-omraader-2011-40035-huller-scenarie.geojson',
    );
  });

  it('writes coverage as ;-separated UTF-8 with BOM: ten rows, Ja/Nej per type as the matrix says', () => {
    const csv = coverageCsv(d, ctx());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\n')[0]).toContain(';');
    const rows = semicolon.parse(csv.slice(1));
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      const id = row.område_id ?? '';
      expect(row.område).toBe(names[id]);
      for (const type of INDSATS_TYPES) {
        const cell = row[TYPE_LABELS.da[type].name] ?? '';
        expect(cell.startsWith('Ja'), `${id} ${type}`).toBe(isCovered(matrix, id, type));
        expect(['Ja', 'Ja (afledt)', 'Nej']).toContain(cell);
      }
      expect(row.sag).toBe('2011-40035');
      expect(row.kilde).toMatch(/^Kilde: Københavns Kommune, BR-sag 2011-40035.*2026-11-29/);
    }
    expect(rows.find((r) => r.område_id === 'blaagaarden')?.område).toBe('Blågården');
    expect(rows.find((r) => r.område_id === 'sjaeloer_boulevard')?.['bydel (afledt geografisk)']).toBe(
      d.geography.sjaeloer_boulevard?.bydel,
    );
  });

  it('adds the gap flag in gap mode and the scenario column, titled, when proposals exist', () => {
    const rows = semicolon.parse(
      coverageCsv(
        d,
        ctx({
          gaps: ['nv_arbejdsmarked', 'jobcentre'],
          proposals: [{ type: 'jobcentre', area: 'bispeparken' }],
        }),
      ).slice(1),
    );
    const gapCol = 'hul i sagen (uden forslag): ikke omfattet af NV arbejdsmarked eller jobcentre';
    expect(rows.filter((r) => r[gapCol] === 'Ja').map((r) => r.område_id)).toEqual([
      'akacieparken',
      'blaagaarden',
      'sjaeloer_boulevard',
    ]);
    expect(rows.find((r) => r.område_id === 'bispeparken')?.['Scenarie – ikke besluttet: forslag']).toBe(
      'Jobcentre',
    );
    expect(rows.find((r) => r.område_id === 'bispeparken')?.Jobcentre).toBe('Nej');
    expect(rows[0]?.kilde).toMatch(/^Scenarie – ikke besluttet\. Forslag: jobcentre i Bispeparken\./);
  });

  describe('a proposal that reaches a gap area (Jobcentre in Blågården, gap NV arbejdsmarked + jobcentre)', () => {
    const scenario = ctx({
      gaps: ['nv_arbejdsmarked', 'jobcentre'],
      proposals: [{ type: 'jobcentre', area: 'blaagaarden' }],
    });
    // The sentence the app shows under the gap checkboxes and in the table caption for this view.
    const onScreen = gapSummary(
      { data, matrix, names, proposals: scenario.proposals },
      scenario.gaps,
      'da',
    )?.sentence;
    const SENTENCE =
      '2 af 10 områder er ikke omfattet af NV arbejdsmarked eller jobcentre: Akacieparken, Sjælør Boulevard. Forslag, ikke besluttet: jobcentre i Blågården.';

    it('CSV: the case’s gap flag says so in its header, and columns say which proposal reaches the area and the scenario’s gap', () => {
      expect(onScreen).toBe(SENTENCE);
      const rows = semicolon.parse(coverageCsv(d, scenario).slice(1));
      expect(rows).toHaveLength(10);
      const caseGap = 'hul i sagen (uden forslag): ikke omfattet af NV arbejdsmarked eller jobcentre';
      const scenarioGap =
        'hul i scenariet (forslag tæller med): ikke omfattet af NV arbejdsmarked eller jobcentre';
      expect(rows.columns).toEqual(
        expect.arrayContaining([
          caseGap,
          'nås af forslag (ikke besluttet)',
          scenarioGap,
          'huller (som i appen)',
        ]),
      );
      const blaa = rows.find((r) => r.område_id === 'blaagaarden');
      expect(blaa).toMatchObject({
        [caseGap]: 'Ja',
        'nås af forslag (ikke besluttet)': 'Ja (forslag: jobcentre)',
        [scenarioGap]: 'Nej',
        Jobcentre: 'Nej',
      });
      expect(rows.filter((r) => r[caseGap] === 'Ja').map((r) => r.område_id)).toEqual([
        'akacieparken',
        'blaagaarden',
        'sjaeloer_boulevard',
      ]);
      expect(rows.filter((r) => r[scenarioGap] === 'Ja').map((r) => r.område_id)).toEqual([
        'akacieparken',
        'sjaeloer_boulevard',
      ]);
      expect(rows.filter((r) => r['nås af forslag (ikke besluttet)'] !== 'Nej')).toHaveLength(1);
      for (const row of rows) expect(row['huller (som i appen)']).toBe(SENTENCE);
    });

    it('GeoJSON: hul stays the case’s fact, hul_scenarie and naas_af_forslag explain the proposal, hul_tekst is the app’s sentence', () => {
      const text = areasGeoJson(d, scenario);
      expect(getIssues(text)).toEqual([]);
      const fc = check(text) as unknown as {
        hul_tekst: string;
        hul_forklaring: string;
        features: { properties: Record<string, string | number> }[];
      };
      expect(fc.hul_tekst).toBe(SENTENCE);
      expect(fc.hul_forklaring).toContain('hul: Ja, hvis ingen af de valgte indsatser (hul_indsatser)');
      expect(fc.hul_forklaring).toContain('hul_scenarie:');
      const blaa = fc.features.find((f) => f.properties.id === 'blaagaarden')?.properties;
      expect(blaa).toMatchObject({
        hul: 'Ja',
        hul_scenarie: 'Nej',
        naas_af_forslag: 'Ja (forslag: jobcentre)',
      });
      const aka = fc.features.find((f) => f.properties.id === 'akacieparken')?.properties;
      expect(aka).toMatchObject({ hul: 'Ja', hul_scenarie: 'Ja', naas_af_forslag: 'Nej' });
    });

    it('in English too: the same facts and the app’s English sentence', () => {
      const en = { ...scenario, lang: 'en' as const };
      const rows = semicolon.parse(coverageCsv(d, en).slice(1));
      const blaa = rows.find((r) => r.område_id === 'blaagaarden' || r.area_id === 'blaagaarden');
      expect(Object.values(blaa ?? {})).toContain('Yes (proposal: job centres)');
      expect(Object.values(blaa ?? {})).toContain(
        gapSummary({ data, matrix, names, proposals: en.proposals }, en.gaps, 'en')?.sentence,
      );
    });
  });

  it('writes the initiatives with amounts, period, status, bilag and the case’s own sentence', () => {
    const rows = semicolon.parse(initiativesCsv(d, ctx()).slice(1));
    expect(rows).toHaveLength(data.initiatives.length);
    data.initiatives.forEach((ini, i) => {
      const row = rows[i];
      expect(row?.navn).toBe(ini.navn);
      expect(row?.sagens_ordlyd).toBe(ini.kilde);
      expect(row?.beløb_kr).toBe(ini.beloeb ? String(ini.beloeb.total_kr) : '');
      expect(row?.bilag).toBe(ini.bilag.join(', '));
      expect(row?.sag).toBe('2011-40035');
    });
    const nv = rows.find((r) => r.indsatstype === 'NV arbejdsmarked');
    expect(nv).toMatchObject({
      beløb_kr: '7800000',
      pr_år_kr: '1950000',
      periode: '2011–2014',
      status: 'søgt',
    });
  });

  it('writes the areas as valid RFC 7946 GeoJSON with the data’s geometry and the coverage per type', () => {
    const text = areasGeoJson(d, ctx({ gaps: ['jobcentre'] }));
    expect(getIssues(text)).toEqual([]);
    const fc = check(text) as unknown as {
      sag: string;
      features: { geometry: unknown; properties: Record<string, string | number> }[];
    };
    expect(fc.sag).toBe('2011-40035');
    expect(fc.features).toHaveLength(10);
    fc.features.forEach((f, i) => {
      const area = data.areas[i];
      expect(f.geometry).toEqual(area?.geometry);
      const id = String(f.properties.id);
      expect(f.properties.navn).toBe(area?.properties.navn);
      expect(f.properties.bilag).toBe(area?.properties.bilag);
      expect(f.properties.praecision_radius_m).toBe(area?.properties.praecision.radius_m);
      expect(f.properties.bydel).toBe(d.geography[id]?.bydel);
      for (const type of INDSATS_TYPES)
        expect(String(f.properties[type]).startsWith('Ja')).toBe(isCovered(matrix, id, type));
      expect(f.properties.hul).toBe(isCovered(matrix, id, 'jobcentre') ? 'Nej' : 'Ja');
      // Each area says which initiatives its gap is about (QGIS keeps no collection members).
      expect(f.properties.hul_indsatser).toBe('jobcentre');
    });
    const members = JSON.parse(text) as { hul_forklaring: string };
    // Without proposals the explanation names no field the file does not have.
    expect(members.hul_forklaring).not.toContain('hul_scenarie');
  });

  it('in gap mode the initiatives file says which were chosen and which areas none of them reaches', () => {
    const plain = semicolon.parse(initiativesCsv(d, ctx()).slice(1));
    expect(plain.columns).not.toContain('valgt i hulvisningen');
    const rows = semicolon.parse(
      initiativesCsv(d, ctx({ gaps: ['nv_arbejdsmarked', 'jobcentre'] })).slice(1),
    );
    expect(rows).toHaveLength(data.initiatives.length);
    data.initiatives.forEach((ini, i) => {
      expect(rows[i]?.['valgt i hulvisningen'], ini.id).toBe(
        ['nv_arbejdsmarked', 'jobcentre'].includes(ini.type) ? 'Ja' : 'Nej',
      );
      expect(rows[i]?.['huller (som i appen)']).toContain(
        'ikke omfattet af NV arbejdsmarked eller jobcentre: Akacieparken, Blågården, Sjælør Boulevard',
      );
    });
  });
});
