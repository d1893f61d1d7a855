import { describe, expect, it, vi } from 'vitest';
import { INDSATS_TYPES } from '../../src/data/types';
import { uncoveredAreas } from '../../src/derive/coverage';
import { CoverageTable } from '../../src/ui/coverageTable';
import { realData } from '../fixtures/dataset';

const { data, matrix, geography } = realData();
const areaIds = new Set(data.areas.map((a) => a.properties.id));

function table() {
  const onSelect = vi.fn();
  const t = new CoverageTable({ data, matrix, geography, lang: 'da', onSelect });
  document.body.replaceChildren(t.element);
  return { t, onSelect };
}
const rowIds = (el: HTMLElement) =>
  [...el.querySelectorAll('tbody tr:not([hidden])')].map((r) => r.getAttribute('data-area'));

describe('the coverage table', () => {
  it('refers only to known areas and types, one cell per area and type, never colour alone', () => {
    const { t } = table();
    const cells = t.element.querySelectorAll('tbody td[data-type]');
    expect(cells).toHaveLength(10 * INDSATS_TYPES.length);
    for (const cell of cells) {
      expect(areaIds.has(cell.closest('tr')?.getAttribute('data-area') ?? '')).toBe(true);
      expect(INDSATS_TYPES as readonly string[]).toContain(cell.getAttribute('data-type'));
      expect(cell.textContent).toMatch(/Ja|Nej/);
    }
  });

  it('marks Hotspot coverage as derived', () => {
    const { t } = table();
    expect(
      t.element.querySelector('tr[data-area="blaagaarden"] td[data-type="hotspot"]')?.textContent,
    ).toContain('Ja (afledt)');
  });

  it('counts derived Hotspot coverage apart, in the row counts and the total row', () => {
    const { t } = table();
    const row = t.element.querySelector('tr[data-area="blaagaarden"]');
    expect(row?.querySelector('td.num')?.textContent).toMatch(/^\d+ \+ 1 afledt$/);
    expect(t.element.querySelector('tfoot td[data-type="hotspot"]')?.textContent).toBe('0 af 10 + 4 afledt');
    expect(t.element.querySelector('tfoot td[data-type="nv_arbejdsmarked"]')?.textContent).toBe('6 af 10');
  });

  it('says what each area’s position rests on', () => {
    const { t } = table();
    const basis = (id: string) => t.element.querySelector(`tr[data-area="${id}"] td.basis`)?.textContent;
    expect(basis('akacieparken')).toBe('håndplaceret');
    expect(basis('mjoelnerparken')).toBe('midtpunkt af karré');
    expect(basis('aldersrogade')).toBe('midtpunkt af gadestykke');
  });

  it('sorts by name, by bydel and by number of types', () => {
    const { t } = table();
    expect(rowIds(t.element)[0]).toBe('akacieparken');
    t.sort('bydel');
    expect(rowIds(t.element)[0]).toBe('hoergaarden');
    t.sort('antal');
    expect(rowIds(t.element).slice(0, 2).sort()).toEqual(['aldersrogade', 'mjoelnerparken']);
  });

  it('narrows to the gap areas and marks the selected row', () => {
    const { t, onSelect } = table();
    t.showOnly(uncoveredAreas(matrix, ['jobcentre']));
    expect(rowIds(t.element)).toHaveLength(6);
    t.setSelected('bispeparken');
    expect(t.element.querySelector('tr[aria-current="true"]')?.getAttribute('data-area')).toBe('bispeparken');
    (t.element.querySelector('button[data-area="bispeparken"]') as HTMLButtonElement).click();
    expect(onSelect).toHaveBeenCalledWith('bispeparken', expect.any(HTMLButtonElement));
  });
});
