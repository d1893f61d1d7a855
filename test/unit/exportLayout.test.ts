import { describe, expect, it } from 'vitest';
import { EXPORT_LAYOUT, exportLayout, type TextRow } from '../../src/ui/exportLayout';

/** A generous stand-in for canvas text widths: 0.6 × the font size per character. */
const measure = (text: string, font: string) => text.length * 0.6 * Number(/(\d+)px/.exec(font)?.[1] ?? 13);
const LONG_NOTE =
  '3 af 10 områder er ikke omfattet af NV arbejdsmarked eller jobcentre: Akacieparken, Blågården, Sjælør Boulevard. Forslag, ikke besluttet: jobcentre i Bispeparken.';
const input = (mapWidth: number) => ({
  mapWidth,
  mapHeight: 400,
  scenario: 'Scenarie – ikke besluttet',
  title: 'Indsatskort: indsatser i Københavns 10 særligt udsatte boligområder',
  subtitle:
    'BR-sag 2011-40035 · anbefalet i Teknik- og Miljøudvalget 4. april og Økonomiudvalget 5. april 2011',
  credits: `Kilder: ${'Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur · '.repeat(5)}`,
  notes: ['Scenarie – ikke besluttet. Forslag: jobcentre i Bispeparken', LONG_NOTE],
});
const overlaps = (a: TextRow, b: TextRow) => a.y < b.y + b.height && b.y < a.y + a.height;

describe('the exported picture’s layout', () => {
  for (const mapWidth of [400, 700, 1500]) {
    it(`keeps every text row apart, on the picture and off the map (map ${mapWidth} px wide)`, () => {
      const layout = exportLayout(input(mapWidth), measure);
      const { rows, map } = layout;
      rows.forEach((a, i) => {
        for (const b of rows.slice(i + 1)) expect(overlaps(a, b), `${a.text} / ${b.text}`).toBe(false);
        expect(a.y + a.height <= map.y || a.y >= map.y + map.height, a.text).toBe(true);
        expect(measure(a.text, a.font), a.text).toBeLessThanOrEqual(layout.width - 2 * EXPORT_LAYOUT.margin);
        expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
      });
      // Header: scenario line first, then the whole title (no "Scenarie…: Indsatskort:" double colon).
      expect(rows[0]?.role).toBe('scenario');
      const title = rows
        .filter((r) => r.role === 'title')
        .map((r) => r.text)
        .join(' ');
      expect(title).toBe('Indsatskort: indsatser i Københavns 10 særligt udsatte boligområder');
      const lastCredit = rows.filter((r) => r.role === 'credit').at(-1);
      const firstNote = rows.find((r) => r.role === 'note');
      expect((firstNote?.y ?? 0) >= (lastCredit?.y ?? 0) + (lastCredit?.height ?? 0)).toBe(true);
    });
  }

  it('keeps the plain picture’s header at 84 px and its footer at 46 px', () => {
    const layout = exportLayout({ ...input(1500), scenario: undefined, notes: [] }, measure);
    expect(layout.map.y).toBe(EXPORT_LAYOUT.header);
    expect(layout.height).toBe(EXPORT_LAYOUT.header + 400 + EXPORT_LAYOUT.footer);
  });

  it('puts the stage’s gap line under its title and its words under the map, with no legend column', () => {
    const layout = exportLayout(
      {
        ...input(1000),
        scenario: undefined,
        title: 'Trin 7/9: Hvem nås af hvad: de tre øvrige områder',
        gapLine: 'Skraveret: ikke omfattet af NV arbejdsmarked, SV profilinstitutioner eller TV-overvågning',
        quotes: [
          'Ved denne indsats sættes der initiativer i gang i 7 af de 10 særligt udsatte boligområder.',
        ],
        legendWidth: 0,
      },
      measure,
    );
    const roles = layout.rows.map((r) => r.role);
    expect(roles.indexOf('gap')).toBe(roles.lastIndexOf('title') + 1);
    expect(layout.width).toBe(1000 + 2 * EXPORT_LAYOUT.margin);
    const gap = layout.rows.find((r) => r.role === 'gap');
    const quote = layout.rows.find((r) => r.role === 'quote');
    const credit = layout.rows.find((r) => r.role === 'credit');
    expect((gap?.y ?? 0) + (gap?.height ?? 0)).toBeLessThanOrEqual(layout.map.y);
    expect(quote?.y ?? 0).toBeGreaterThanOrEqual(layout.map.y + layout.map.height);
    expect(credit?.y ?? 0).toBeGreaterThanOrEqual((quote?.y ?? 0) + (quote?.height ?? 0));
    layout.rows.forEach((a, i) => {
      for (const b of layout.rows.slice(i + 1)) expect(overlaps(a, b), `${a.text} / ${b.text}`).toBe(false);
    });
  });
});
