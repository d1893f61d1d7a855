import { describe, expect, it } from 'vitest';
import { declutter } from '../../src/derive/declutter';

describe('declutter', () => {
  it('leaves points that do not overlap where they are', () => {
    expect(
      declutter(
        [
          { id: 'a', x: 0, y: 0 },
          { id: 'b', x: 100, y: 0 },
        ],
        50,
        50,
      ),
    ).toEqual({ a: [0, 0], b: [0, 0] });
  });

  it('pushes two overlapping boxes apart along the axis of least overlap, equally', () => {
    const off = declutter(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 10, y: 40 },
      ],
      50,
      50,
    );
    expect(off.a?.[0]).toBe(0);
    expect(off.b?.[0]).toBe(0);
    expect((off.b?.[1] ?? 0) - (off.a?.[1] ?? 0) + 40).toBeGreaterThanOrEqual(50);
    expect(Math.abs((off.a?.[1] ?? 0) + (off.b?.[1] ?? 0))).toBeLessThanOrEqual(1);
  });

  it('separates a cluster of several boxes so that no two overlap', () => {
    const pts = [0, 1, 2, 3, 4].map((i) => ({ id: `p${i}`, x: 100 + i * 3, y: 100 + (i % 2) * 4 }));
    const off = declutter(pts, 40, 40);
    const placed = pts.map((p) => ({ x: p.x + (off[p.id]?.[0] ?? 0), y: p.y + (off[p.id]?.[1] ?? 0) }));
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i];
        const b = placed[j];
        if (!a || !b) throw new Error('missing');
        expect(Math.abs(a.x - b.x) >= 39 || Math.abs(a.y - b.y) >= 39).toBe(true);
      }
    }
  });

  it('keeps boxes inside the screen when bounds are given', () => {
    const off = declutter(
      [
        { id: 'a', x: 5, y: 5 },
        { id: 'b', x: 95, y: 95 },
      ],
      40,
      40,
      { width: 100, height: 100 },
    );
    expect(off.a).toEqual([15, 15]);
    expect(off.b).toEqual([-15, -15]);
  });

  it('leaves a point whose true position is off screen where it is', () => {
    const off = declutter([{ id: 'a', x: -50, y: 40 }], 40, 40, { width: 100, height: 100 });
    expect(off.a).toEqual([0, 0]);
  });
});
