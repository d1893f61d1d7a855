import { featureCollection } from '@turf/turf';
import { beforeEach, describe, expect, it } from 'vitest';
import { areaPlaces } from '../../src/derive/mapFeatures';
import { SvgMap } from '../../src/map/svgMap';
import { DEFAULT_STATE, Store } from '../../src/state/store';
import { wireHeaderMenu } from '../../src/ui/headerMenu';
import { Presentation } from '../../src/ui/presentation';
import { realData } from '../fixtures/dataset';

const d = realData();

function presentation(store: Store): { p: Presentation; toggle: HTMLButtonElement } {
  const toggle = document.createElement('button');
  document.body.append(toggle);
  const p = new Presentation(
    store,
    d.data.story,
    toggle,
    { gapAreas: () => null, facts: (id) => ({ name: id, covered: [], derived: [] }) },
    () => undefined,
  );
  document.body.append(p.bar, p.legend);
  return { p, toggle };
}

describe('a torn-down widget leaves no listener behind', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    document.body.className = '';
  });

  it('the presentation bar answers P and its toggle while it lives, and nothing after destroy()', () => {
    const store = new Store(DEFAULT_STATE);
    const { p, toggle } = presentation(store);
    expect(store.listenerCount).toBe(1);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'p' }));
    expect(store.state.presentation).toBe(true);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(store.state.presentation).toBe(false);

    p.destroy();
    expect(store.listenerCount).toBe(0);
    expect(p.bar.isConnected).toBe(false);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'p' }));
    toggle.click();
    expect(store.state.presentation).toBe(false);
    // The store changing later no longer redraws the bar's page state.
    store.update({ presentation: true, step: 1 });
    expect(document.body.classList.contains('presentation')).toBe(false);
  });

  it('the SVG fallback map redraws with the view state until destroy(), then leaves its container empty', () => {
    const store = new Store(DEFAULT_STATE);
    const container = document.createElement('div');
    document.body.append(container);
    const map = new SvgMap({
      container,
      places: areaPlaces(d.data, d.matrix),
      bydele: featureCollection(d.data.bydele),
      zones: featureCollection(d.data.zones),
      water: null,
      label: 'kort',
      note: 'note',
      gapLabel: 'ikke omfattet',
      onAreaClick: () => undefined,
    });
    map.sync(store, () => null);
    const id = d.data.areas[0]?.properties.id ?? '';
    store.update({ area: id });
    expect(container.querySelector('.svg-area--selected')?.getAttribute('data-marker')).toBe(id);
    map.destroy();
    expect(store.listenerCount).toBe(0);
    expect(container.childElementCount).toBe(0);
  });

  it('the header menu closes on a click elsewhere until destroy(), then the document listener is gone', () => {
    const button = document.createElement('button');
    const menu = document.createElement('div');
    const elsewhere = document.createElement('p');
    document.body.append(button, menu, elsewhere);
    const header = wireHeaderMenu(button, menu, 'Menu');
    button.click();
    elsewhere.click();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    header.destroy();
    elsewhere.click();
    button.click();
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });
});
