import { describe, expect, it } from 'vitest';
import { FIT_PADDING, paddingFor } from '../../src/style/camera';

describe('paddingFor', () => {
  it('keeps the padding where the map has room for it (every normal screen)', () => {
    expect(paddingFor(FIT_PADDING, 930, 724)).toEqual(FIT_PADDING);
    expect(paddingFor(FIT_PADDING, 360, 420)).toEqual(FIT_PADDING);
  });
  it('scales it down per axis to half the map where it would leave no room (MapLibre would not fit then)', () => {
    const p = paddingFor(FIT_PADDING, 1000, 180);
    expect(p.left).toBe(FIT_PADDING.left);
    expect(p.right).toBe(FIT_PADDING.right);
    expect(p.top + p.bottom).toBeCloseTo(90);
    expect(p.top / p.bottom).toBeCloseTo(FIT_PADDING.top / FIT_PADDING.bottom);
    const q = paddingFor(FIT_PADDING, 100, 800);
    expect(q.left + q.right).toBeCloseTo(50);
  });
  it('leaves a map with no box yet to MapLibre as it was', () => {
    expect(paddingFor(FIT_PADDING, 0, 0)).toEqual(FIT_PADDING);
  });
});
