import { beforeEach, describe, expect, it } from 'vitest';
import { areaPlaces } from '../../src/derive/mapFeatures';
import { DEFAULT_STATE, Store } from '../../src/state/store';
import { wireHeaderMenu } from '../../src/ui/headerMenu';
import { Presentation } from '../../src/ui/presentation';
import { realData } from '../fixtures/dataset';
import { svgMapFor } from '../fixtures/svgMap';

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
    const { map, container } = svgMapFor(d);
    map.sync(
      store,
      () => null,
      () => ({ places: areaPlaces(d.data, d.matrix), outlines: { type: 'FeatureCollection', features: [] } }),
    );
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

describe('the desk panels live as long as the page signal', () => {
  it('mounted from index.html, they follow the store until the signal aborts, then leave no listener', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const { mountPanels } = await import('../../src/ui/panels');
    const { syncPermalink } = await import('../../src/ui/page');
    const html = readFileSync(resolve(__dirname, '../../index.html'), 'utf8');
    document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
    const store = new Store(DEFAULT_STATE);
    const page = new AbortController();
    // Node warns above ten listeners on one signal; a browser has no such limit.
    (await import('node:events')).EventEmitter.setMaxListeners(50, page.signal);
    // The budget charts load their module on demand; loaded here first, that import cannot outlive the test.
    await import('../../src/charts/budgetFigure');
    const { presentation, mountDetails } = mountPanels(realData(), store, page.signal);
    mountDetails();
    syncPermalink(store, page.signal);
    expect(store.listenerCount).toBeGreaterThanOrEqual(8);
    expect(document.querySelector('table.coverage')?.isConnected).toBe(true);

    store.update({ gaps: new Set(['jobcentre'] as const) });
    const gapStatus = () => document.querySelector('.gap__summary')?.textContent ?? '';
    expect(gapStatus()).toContain('jobcentre');
    expect(window.location.search).toContain('huller=jobcentre');

    page.abort();
    expect(store.listenerCount).toBe(0);
    expect(presentation.bar.isConnected).toBe(false);
    window.history.replaceState(null, '', '/');
    store.update({ gaps: new Set(['nv_arbejdsmarked'] as const), area: 'bispeparken' });
    // No panel redraws and the address bar no longer follows the view.
    expect(gapStatus()).toContain('jobcentre');
    expect(window.location.search).toBe('');
    const toggle = document.getElementById('download-button');
    toggle?.click();
    expect(toggle?.getAttribute('aria-expanded')).not.toBe('true');
  });
});
