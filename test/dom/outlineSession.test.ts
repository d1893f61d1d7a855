import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { deriveWithOutlines } from '../../src/derive/derived';
import { importOutlines, mergeOutlines } from '../../src/derive/outlines';
import { outlinePrecision } from '../../src/i18n/outlineText';
import { DEFAULT_STATE, Store } from '../../src/state/store';
import { areaContent } from '../../src/ui/areaContent';
import { CoverageTable } from '../../src/ui/coverageTable';
import { createLegend } from '../../src/ui/legend';
import { realData } from '../fixtures/dataset';
import { svgMapFor } from '../fixtures/svgMap';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'outlines');

/** The derived data recomputed from the committed data with a fixture file's outlines. */
function withFile(name: string, as = name) {
  const { data } = realData();
  const imp = importOutlines(readFileSync(join(FIXTURES, name), 'utf8'), as, data.areas);
  const areaIds = imp.matches.map((m) => m.areaId);
  return deriveWithOutlines(data, mergeOutlines(data.areas, imp, outlinePrecision), {
    fileName: as,
    areaIds,
  });
}

const text = (nodes: readonly HTMLElement[]) => nodes.map((n) => n.textContent).join(' ');

describe('outlines from a file in the session’s derived data', () => {
  it('the dialog says a straddling outline’s bydel is the largest overlap, derived from the file', () => {
    const next = withFile('omraader.geojson');
    const body = areaContent('sjaeloer_boulevard', next.data, next.matrix, next.geography, 'da');
    const bydel = body[0]?.querySelector('[data-fact="bydel"]')?.textContent ?? '';
    expect(bydel).toMatch(
      /^\(største overlap vinder: 8\d\s%\saf afgrænsningen ligger i bydelen; afledt geografisk, fra fil: omraader\.geojson\)$/,
    );
    expect(text(body)).toContain('Valby');
    expect(text(body)).toContain('Bydel, Hotspot-zone (ingen) og afstande er regnet om');
    const en = areaContent('sjaeloer_boulevard', next.data, next.matrix, next.geography, 'en');
    expect(text(en)).toMatch(/largest overlap wins: 8\d\s?%\sof the outline lies in this district/);
    // An area the file does not touch keeps the plain marking.
    const other = areaContent('lundtoftegade', next.data, next.matrix, next.geography, 'da');
    expect(text(other)).not.toContain('fra fil');
    expect(text(other)).toContain('(afledt geografisk)');
  });

  it('swapped in through the store, the table and the legend show the moved area’s new bydel and Hotspot', () => {
    const d = realData();
    const store = new Store(DEFAULT_STATE);
    const table = new CoverageTable({ ...d, lang: 'da', onSelect: vi.fn() });
    const legend = createLegend(store, d, 10, new AbortController().signal);
    store.subscribe((s, prev) => {
      if (s.outlines !== prev.outlines) table.setData(d);
    });
    const row = () => table.element.querySelector('tr[data-area="bispeparken"]');
    const hotspotCount = () => legend.querySelector('[data-type="hotspot"] .legend__count')?.textContent;
    expect(row()?.children[1]?.textContent).toBe('Bispebjerg');
    expect(row()?.querySelector('td[data-type="hotspot"]')?.textContent).toContain('Nej');
    expect(hotspotCount()).toBe('0 af 10 + 4 afledt');

    const gaps = store.state.gaps;
    store.swapDerived(d, withFile('flyttet.geojson'));
    expect(store.state.outlines?.fileName).toBe('flyttet.geojson');
    expect(store.state.gaps).not.toBe(gaps);
    expect(row()?.children[1]?.textContent).toBe('Nørrebrofra fil: flyttet.geojson');
    expect(row()?.querySelector('td[data-type="hotspot"]')?.textContent).toContain('Ja (afledt)');
    expect(row()?.querySelector('.basis')?.textContent).toBe('afgrænsning fra fil');
    expect(hotspotCount()).toBe('0 af 10 + 5 afledt');
    expect(table.element.querySelector('.coverage__outlines')?.textContent).toContain(
      'for 1 område er regnet om fra afgrænsninger i fil: flyttet.geojson',
    );
    // A second file, even under the same name, replaces the first: Bispeparken is back as committed.
    store.swapDerived(d, withFile('omraader.geojson', 'flyttet.geojson'));
    expect(row()?.children[1]?.textContent).toBe('Bispebjerg');
    expect(hotspotCount()).toBe('0 af 10 + 4 afledt');
    expect(table.element.querySelector('.coverage__outlines')?.textContent).toContain('for 5 områder');
  });
});

describe('outlines from a file on the SVG fallback map', () => {
  it('moves the matched areas’ rings to their outlines, draws the outlines and marks them "fra fil"', async () => {
    const { areaPlaces } = await import('../../src/derive/mapFeatures');
    const { featureCollection } = await import('@turf/turf');
    const d = realData();
    const store = new Store(DEFAULT_STATE);
    const { map, container } = svgMapFor(d, {
      basisLabels: { handPlaced: 'håndplaceret', fromFile: 'fra fil' },
    });
    map.sync(
      store,
      () => null,
      () => ({
        places: areaPlaces(d.data, d.matrix),
        outlines: featureCollection(d.data.areas.filter((a) => a.geometry.type !== 'Point')),
      }),
    );
    const centre = (id: string) => {
      const dot = container.querySelector(`[data-marker="${id}"] circle`);
      return [Number(dot?.getAttribute('cx')), Number(dot?.getAttribute('cy'))];
    };
    const basis = (id: string) =>
      container.querySelector(`[data-marker="${id}"] .svg-area__basis`)?.textContent;
    const before = centre('bispeparken');

    expect(basis('akacieparken')).toBe('håndplaceret');
    expect(basis('bispeparken')).toBeUndefined();
    expect(container.querySelectorAll('.svg-map__outlines path')).toHaveLength(0);

    store.swapDerived(d, withFile('omraader.geojson'));
    const outlined = [...container.querySelectorAll('.svg-map__outlines path')].map((p) =>
      p.getAttribute('data-outline'),
    );
    expect(outlined.sort()).toEqual(
      [
        'blaagaarden',
        'hoergaarden',
        'mjoelnerparken',
        'sjaeloer_boulevard',
        'tingbjerg_utterslevhuse',
      ].sort(),
    );
    for (const p of container.querySelectorAll('.svg-map__outlines path'))
      expect(p.getAttribute('d')).toMatch(/^M[\d.-]+,[\d.-]+L/);
    expect(basis('mjoelnerparken')).toBe('fra fil');
    expect(basis('sjaeloer_boulevard')).toBe('fra fil');
    // An area the file does not touch stays where it was.
    expect(centre('bispeparken')).toEqual(before);
    map.destroy();
  });
});
