import { beforeEach, describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { coverageMatrix } from '../../src/derive/coverage';
import { areaGeography } from '../../src/derive/geography';
import { DEFAULT_STATE, Store } from '../../src/state/store';
import { areaContent } from '../../src/ui/areaContent';
import { AreaDialog } from '../../src/ui/areaDialog';
import { createLegend } from '../../src/ui/legend';
import { goodRaw } from '../fixtures/dataFiles';
import { realData } from '../fixtures/dataset';

const HOSTILE = '<img src=x onerror="window.pwned=1">Mjølner<script>window.pwned=2</script>';

function hostileData() {
  const raw = goodRaw() as {
    areas: { features: { properties: { navn: string } }[] };
    initiatives: { indsatser: { navn: string }[] };
  };
  const area = raw.areas.features.find((f) => f.properties.navn === 'Mjølnerparken');
  if (!area) throw new Error('no Mjølnerparken');
  area.properties.navn = HOSTILE;
  (raw.initiatives.indsatser[0] as { navn: string }).navn = HOSTILE;
  const data = validateDataset(raw as never);
  const geography = areaGeography(data.areas, data.bydele, data.zones, data.sites);
  return { data, geography, matrix: coverageMatrix(data, geography) };
}

describe('the area dialog', () => {
  let opener: HTMLButtonElement;
  let dialog: AreaDialog;
  let onClose: ReturnType<typeof vi.fn<() => void>>;
  let fallback: HTMLButtonElement;

  beforeEach(() => {
    document.body.replaceChildren();
    opener = document.createElement('button');
    document.body.append(opener);
    onClose = vi.fn<() => void>();
    fallback = document.createElement('button');
    document.body.append(fallback);
    dialog = new AreaDialog('da', onClose, () => fallback);
    document.body.append(dialog.element);
  });

  /** Opens the dialog of area `id` (on the data with the hostile Mjølnerparken name) under `title`. */
  function openArea(id: string, title: string) {
    const { data, geography, matrix } = hostileData();
    dialog.open(id, title, areaContent(id, data, matrix, geography, 'da'), opener);
  }

  it('is a dialog labelled by the area name, showing markup in names as literal text', () => {
    openArea('mjoelnerparken', HOSTILE);
    const el = dialog.element;
    expect(el.getAttribute('role')).toBe('dialog');
    const labelId = el.getAttribute('aria-labelledby') ?? '';
    expect(document.getElementById(labelId)?.textContent).toBe(HOSTILE);
    expect(el.querySelector('img, script')).toBeNull();
    expect(el.textContent).toContain('<script>');
    // jsdom runs no onerror handler, so prove the name stayed text: only the name's parts (spans broken after a
    // "/" by <wbr>), each a single text node, and no element with attributes.
    const title = document.getElementById(labelId);
    const parts = [...(title?.childNodes ?? [])];
    expect(new Set(parts.map((n) => n.nodeName))).toEqual(new Set(['SPAN', 'WBR']));
    for (const span of title?.querySelectorAll('span') ?? [])
      expect([...span.childNodes].map((n) => n.nodeType)).toEqual([Node.TEXT_NODE]);
    expect(
      [...el.querySelectorAll('*')].filter((n) => n.hasAttribute('onerror') || n.hasAttribute('src')),
    ).toEqual([]);
  });

  it('shows the bilag, Danish amounts and the shared NV budget', () => {
    openArea('mjoelnerparken', 'Mjølnerparken');
    const text = dialog.element.textContent ?? '';
    expect(text).toContain('Bilag 13 – Initiativaftale: Mjølnerparken');
    expect(text).toContain('7,8 mio. kr. (1,95 mio. kr. årligt) – fælles for 6 områder');
    expect(text).toContain('50.000 kr. – stedets eget beløb');
    expect(text).toContain('Nørrebro');
    expect(text).toContain('afledt geografisk');
    expect(text).toContain('Ikke omfattet af: SV profilinstitutioner');
    expect(text).toContain(
      'Nærmeste område med SV profilinstitutioner: Sjælør Boulevard, 5,6 km mellem områdernes punkter (± 0,4 km, afledt geografisk)',
    );
  });

  it('says from where each distance is measured, in km to one decimal, and "under 50 m" for a site at the point', () => {
    openArea('mjoelnerparken', 'Mjølnerparken');
    const facts = Object.fromEntries(
      [...dialog.element.querySelectorAll('.area-facts dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling?.textContent,
      ]),
    );
    expect(facts['Nærmeste TV-overvågede sted']).toBe(
      'Hothers Plads, 0,3 km fra områdets punkt (± 0,2 km) (afledt geografisk)',
    );
    expect(facts['Nærmeste jobcenter']).toBe(
      'Mjølnerparken, under 50 m fra områdets punkt (± 0,2 km) (afledt geografisk)',
    );
    for (const li of dialog.element.querySelectorAll('.nearest-help li'))
      expect(li.textContent).toMatch(
        /^Nærmeste område med .*, \d+,\d km mellem områdernes punkter \(± \d+,\d km/,
      );
  });

  it('names the nearest jobcenter for Bispeparken once, in the facts (1,1 km), and keeps hostile names as text', () => {
    openArea('bispeparken', 'Bispeparken');
    const facts = [...dialog.element.querySelectorAll('.area-facts dd')].map((dd) => dd.textContent);
    expect(facts).toContain('Mjølnerparken, 1,1 km fra områdets punkt (± 0,3 km) (afledt geografisk)');
    const items = [...dialog.element.querySelectorAll('.nearest-help li')].map((li) => li.textContent);
    // The types with sites (TV-overvågning, jobcentre) have their one figure in the facts, not a second here.
    expect(items.join(' ')).not.toMatch(/jobcentre|TV-overvågning/);
    expect(items.length).toBeGreaterThan(0);
    expect(dialog.element.querySelector('img, script')).toBeNull();
  });

  it('gives Blågården one TV figure: Hothers Plads, 2,0 km from the area’s point, no second figure area to area', () => {
    openArea('blaagaarden', 'Blågården');
    const tv = [...dialog.element.querySelectorAll('.area-facts dt')].find(
      (dt) => dt.textContent === 'Nærmeste TV-overvågede sted',
    );
    expect(tv?.nextElementSibling?.textContent).toBe(
      'Hothers Plads, 2,0 km fra områdets punkt (± 0,3 km) (afledt geografisk)',
    );
    const text = dialog.element.textContent ?? '';
    expect(text.match(/Hothers Plads, 2,0 km/g)).toHaveLength(1);
    expect(text, 'a second TV figure (area to area)').not.toMatch(/område med TV-overvågning/);
  });

  it('takes focus, closes on Escape and gives focus back to its opener', () => {
    opener.focus();
    dialog.open('x', 'X', [], opener);
    expect(dialog.element.contains(document.activeElement)).toBe(true);
    dialog.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(dialog.isOpen).toBe(false);
    expect(document.activeElement).toBe(opener);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('gives focus to the fallback (the map) when opened with none focused (a permalink) or its opener is gone', () => {
    (document.activeElement as HTMLElement | null)?.blur();
    dialog.open('x', 'X', [], null);
    dialog.close();
    expect(document.activeElement).toBe(fallback);
    dialog.open('x', 'X', [], opener);
    opener.remove();
    dialog.close();
    expect(document.activeElement).toBe(fallback);
  });

  it('has its close button last', () => {
    dialog.open('x', 'X', [document.createElement('p')], opener);
    const buttons = dialog.element.querySelectorAll('button');
    expect(buttons[buttons.length - 1]?.textContent).toBe('Luk');
    expect(dialog.element.lastElementChild?.tagName).toBe('BUTTON');
  });
});

describe('the legend', () => {
  it('lists every type with its count and toggles with aria-pressed through the store', () => {
    const { matrix } = realData();
    const store = new Store({ ...DEFAULT_STATE, visible: new Set(['nv_arbejdsmarked'] as const) });
    const legend = createLegend(store, { matrix }, 10, new AbortController().signal);
    const buttons = [...legend.querySelectorAll('button')];
    expect(buttons).toHaveLength(6);
    expect(buttons[0]?.textContent).toContain('6 af 10');
    expect(buttons[3]?.textContent).toContain('0 af 10 + 4 afledt');
    expect(buttons[0]?.getAttribute('aria-pressed')).toBe('true');
    expect(buttons[1]?.getAttribute('aria-pressed')).toBe('false');
    buttons[0]?.click();
    expect(buttons[0]?.getAttribute('aria-pressed')).toBe('false');
    expect(store.state.visible.has('nv_arbejdsmarked')).toBe(false);
  });

  it('adds "+ 1 forslag" and the proposal note in a scenario, and drops both when the proposal goes', () => {
    const { matrix } = realData();
    const store = new Store(DEFAULT_STATE);
    const legend = createLegend(store, { matrix }, 10, new AbortController().signal);
    const jobcentre = () => legend.querySelector('[data-type="jobcentre"] .legend__count')?.textContent;
    expect(jobcentre()).toBe('4 af 10');
    store.update({ proposals: [{ type: 'jobcentre', area: 'bispeparken' }] });
    expect(jobcentre()).toBe('4 af 10 + 1 forslag');
    expect(legend.querySelector<HTMLElement>('.legend__proposed')?.hidden).toBe(false);
    store.update({ proposals: [] });
    expect(jobcentre()).toBe('4 af 10');
    expect(legend.querySelector<HTMLElement>('.legend__proposed')?.hidden).toBe(true);
  });
});
