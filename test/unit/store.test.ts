import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, Store } from '../../src/state/store';

describe('Store', () => {
  it('tells a listener every change with the state before it, until it unsubscribes', () => {
    const store = new Store(DEFAULT_STATE);
    const seen: [string | null, string | null][] = [];
    const stop = store.subscribe((s, prev) => seen.push([s.area, prev.area]));
    store.update({ area: 'a' });
    stop();
    store.update({ area: 'b' });
    expect(seen).toEqual([['a', null]]);
    expect(store.listenerCount).toBe(0);
  });

  it('drops a listener when its signal aborts, and never adds one whose signal has aborted', () => {
    const store = new Store(DEFAULT_STATE);
    const life = new AbortController();
    let calls = 0;
    store.subscribe(() => calls++, life.signal);
    store.update({ area: 'a' });
    life.abort();
    store.update({ area: 'b' });
    store.subscribe(() => calls++, life.signal);
    store.update({ area: 'c' });
    expect(calls).toBe(1);
    expect(store.listenerCount).toBe(0);
  });
});
