import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREDITS, type Credit } from '../../src/data/credits';
import { STRINGS } from '../../src/i18n/strings';
import { buildStyle, GLYPH_ATTRIBUTION } from '../../src/style/mapStyle';
import { wrapLines } from '../../src/ui/exportPng';
import { GEO_DIR } from '../fixtures/dataFiles';

/** The credit lines the publishers ask for (issue 11, SOURCES.md "Licence findings"). */
const REQUIRED = [
  'Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur, DAGI',
  'Københavns Kommune (CC BY 4.0, 2023)',
  'Rejseplanen – linjeføring forenklet',
  'OpenStreetMap-bidragydere (ODbL, 2017)',
  'Noto Sans (SIL Open Font License 1.1)',
];
const empty = { type: 'FeatureCollection', features: [] } as GeoJSON.FeatureCollection;
const style = buildStyle({
  dataBase: 'http://x/data/',
  anchors: empty,
  shapes: empty,
  sites: empty,
  zones: empty,
});
const sourceAttributions = Object.values(style.sources)
  .map((s) => ('attribution' in s ? s.attribution : ''))
  .join(' | ')
  .replace(/<[^>]+>/g, '');
/** What the attribution control shows: the sources' lines and the glyphs' credit it adds (createMap). */
const attributions = `${sourceAttributions} | ${GLYPH_ATTRIBUTION}`;
const README = readFileSync(join(GEO_DIR, '..', 'README.md'), 'utf8');

describe('credits that meet the licences', () => {
  it.each(REQUIRED)('the map’s attribution names "%s"', (line) => {
    expect(attributions).toContain(line);
  });

  it.each(REQUIRED)('the PNG/print footer names "%s" in both languages', (line) => {
    expect(STRINGS.da.exportCredits).toContain(line);
    expect(STRINGS.en.exportCredits).toContain(line);
  });

  it("credits the glyphs to Noto Sans once, as the control's own line, and no data source to the font", () => {
    expect(GLYPH_ATTRIBUTION).toBe(CREDITS.fonts.line);
    expect(sourceAttributions).not.toContain('Noto Sans');
  });

  it('credits every publisher of the pre-tiled basemap (DAGI, Rejseplanen, OSM, KK, the unconfirmed 2014 layers)', () => {
    const s = style.sources as Record<string, { attribution?: string }>;
    const basemap = s.basemap?.attribution ?? '';
    expect(basemap).toContain(CREDITS.dagi.line);
    expect(basemap).toContain(CREDITS.rejseplanen.line);
    expect(basemap).toContain(CREDITS.kk.line);
    expect(basemap).toContain('OpenStreetMap');
    expect(basemap).toContain('ikke bekræftet');
  });

  it('gives each open-data line its licence and the year of the extract, as on the map and in the footer', () => {
    expect(CREDITS.dagi.line).toMatch(/CC BY 4\.0, udtræk 2014/);
    expect(CREDITS.kk.line).toMatch(/CC BY 4\.0, 2023/);
    expect(CREDITS.osm.line).toMatch(/ODbL, 2017/);
    expect(CREDITS.kk2014.line).toMatch(/2014.*licens ikke bekræftet/);
    expect(CREDITS.fonts.line).toMatch(/Open Font License/);
  });

  it('lists every credit line in the README’s table, the unconfirmed ones marked so', () => {
    for (const c of Object.values(CREDITS) as Credit[]) {
      const row = README.split('\n').find((l) => l.startsWith(`| ${c.line} |`));
      expect(row, c.line).toBeDefined();
      if (!c.confirmed) expect(row).toMatch(/not confirmed|not verified|not stated/);
    }
  });

  it('keeps the presumed licences of the 2014 copies and the park register unconfirmed', () => {
    expect(CREDITS.kk2014.confirmed).toBe(false);
    expect(CREDITS.kk2014.licence).toMatch(/formodet/);
  });

  it('names publishers and data sets in provenance fields, never the repository copies they were read from', () => {
    const files = [
      ...['areas.geojson', 'sites.geojson', 'case.json'].map((f) => join(GEO_DIR, 'case', f)),
      ...readdirSync(join(GEO_DIR, 'build'))
        .filter((f) => f.endsWith('.geojson'))
        .map((f) => join(GEO_DIR, 'build', f)),
    ];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(
        /repository|commit [0-9a-f]{7}|snapshot in|mirror site|seed-fil|_approx_points/,
      );
      expect(text, file).not.toMatch(/"kilde": ?"[a-z_]+\.geojson/);
    }
  });
});

describe('wrapping the footer', () => {
  const measure = (s: string) => s.length * 10;

  it('breaks at spaces so no line is wider than the room', () => {
    const lines = wrapLines('aa bb cc dd ee', 50, measure);
    expect(lines).toEqual(['aa bb', 'cc dd', 'ee']);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(50);
  });

  it('keeps every word and a too-long word on its own line', () => {
    expect(wrapLines('a verylongword b', 50, measure)).toEqual(['a', 'verylongword', 'b']);
    expect(wrapLines('', 50, measure)).toEqual([]);
  });
});
