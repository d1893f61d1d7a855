import { describe, expect, it } from 'vitest';
import {
  besideSides,
  declutter,
  LABEL_GAP,
  ringLabelBox,
  type ScreenPoint,
} from '../../src/derive/declutter';

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

  it('pushes a box out of the top-right corner the shorter way (here left), and keeps it there', () => {
    // A 40 × 40 box centred at (80, 30) on a 100 px wide screen overlaps a 30 × 50 corner by 30 sideways, 40 down.
    const off = declutter([{ id: 'a', x: 80, y: 30 }], 40, 40, {
      width: 100,
      height: 200,
      corner: { width: 30, height: 50 },
    });
    expect(off.a).toEqual([-30, 0]);
  });

  it("keeps a point's own taller box clear of its neighbour", () => {
    // b's box is 80 tall: a (40 tall) must end 60 px from it vertically, where 40 × 40 boxes need only 40.
    const off = declutter(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 0, y: 30, height: 80 },
      ],
      40,
      40,
    );
    expect(30 + (off.b?.[1] ?? 0) - (off.a?.[1] ?? 0)).toBeGreaterThanOrEqual(60);
  });
});

describe('declutter on a crowded phone map (issue 10)', () => {
  /** Pairs of ids whose boxes (as placed) overlap by more than a pixel both ways, among the given ids. */
  const overlapping = (
    pts: readonly ScreenPoint[],
    off: Record<string, [number, number]>,
    ids: readonly string[],
  ): string[] => {
    const box = (p: ScreenPoint) => {
      const [dx, dy] = off[p.id] ?? [0, 0];
      return { id: p.id, x: p.x + dx, y: p.y + dy, w: p.width ?? 0, h: p.height ?? 0 };
    };
    const placed = pts.filter((p) => ids.includes(p.id)).map(box);
    return placed.flatMap((a, i) =>
      placed
        .slice(i + 1)
        .filter((b) => (a.w + b.w) / 2 - Math.abs(a.x - b.x) > 1 && (a.h + b.h) / 2 - Math.abs(a.y - b.y) > 1)
        .map((b) => `${a.id} × ${b.id}`),
    );
  };

  it('leaves no two rings with their names overlapping on a 390 × 844 phone map panned 90 px (helper-31)', () => {
    // The rings' points (px) and name sizes measured in the app at 390×844 after the pan; the map is 390 × 523.
    const rings: [string, number, number, number, number][] = [
      ['akacieparken', 37, 278, 85, 29],
      ['aldersrogade', 127, 156, 84, 15],
      ['bispeparken', 100, 134, 78, 15],
      ['blaagaarden', 143, 220, 64, 15],
      ['gadelandet_husumgaard', -4, 137, 74, 30],
      ['hoergaarden', 214, 312, 66, 15],
      ['lundtoftegade', 106, 193, 90, 15],
      ['mjoelnerparken', 116, 162, 89, 15],
      ['sjaeloer_boulevard', 83, 322, 108, 29],
      ['tingbjerg_utterslevhuse', 11, 109, 86, 30],
    ];
    const min = { width: 120, height: 78 };
    const pts = rings.map(([id, x, y, width, height]) => ringLabelBox(id, x, y, 24, { width, height }, min));
    const off = declutter(pts, min.width, min.height, {
      width: 390,
      height: 523,
      band: 110,
      corner: { width: 50, height: 100 },
    });
    // Gadelandet's ring is off the map (x −4): it is hidden and keeps its place.
    expect(off.gadelandet_husumgaard).toEqual([0, 0]);
    const shown = rings.map(([id]) => id).filter((id) => id !== 'gadelandet_husumgaard');
    // Before: five pairs, Akacieparken's ring over Lundtoftegade's name among them.
    expect(overlapping(pts, off, shown)).toEqual([]);
    for (const p of pts) {
      if (p.id === 'gadelandet_husumgaard') continue;
      const [dx, dy] = off[p.id] ?? [0, 0];
      expect(p.y + dy + (p.height ?? 0) / 2, `${p.id} above the band`).toBeLessThanOrEqual(523 - 110 + 1);
      expect(p.x + dx - (p.width ?? 0) / 2, `${p.id} inside`).toBeGreaterThanOrEqual(-1);
      expect(p.x + dx + (p.width ?? 0) / 2, `${p.id} inside`).toBeLessThanOrEqual(391);
    }
  });

  it('pushes a ring whose point lies in the bottom band up out of it', () => {
    // A 40 px box at y 90 on a 100 px screen with a 30 px band: its foot must rise to 70.
    const off = declutter([{ id: 'a', x: 50, y: 90 }], 40, 40, { width: 100, height: 100, band: 30 });
    expect(off.a).toEqual([0, -40]);
  });

  it('lets a ring off the screen push no one: its box overlaps a shown one, which stays put', () => {
    const off = declutter(
      [
        { id: 'off', x: -10, y: 50 },
        { id: 'on', x: 20, y: 50 },
      ],
      40,
      40,
      { width: 100, height: 100 },
    );
    expect(off).toEqual({ off: [0, 0], on: [0, 0] });
  });

  it("decides on or off the screen by a ring's own point, not its name's box", () => {
    // The ring at y 95 of 100 is on the map; its box (name under it) is centred below the map's foot.
    const pt = ringLabelBox('a', 50, 95, 10, { width: 30, height: 20 }, { width: 0, height: 0 });
    expect(pt.y).toBeGreaterThan(100);
    const off = declutter([pt], 40, 40, { width: 100, height: 100 });
    expect(pt.y + (off.a?.[1] ?? 0) + (pt.height ?? 0) / 2).toBeLessThanOrEqual(100);
  });

  it('separates a box brought back inside the screen from the one it then meets', () => {
    // a starts past the left edge's limit; clamped to x 20, it overlaps b (at 50) by 10: one more round is needed.
    const off = declutter(
      [
        { id: 'a', x: 5, y: 20 },
        { id: 'b', x: 50, y: 20 },
      ],
      40,
      40,
      { width: 200, height: 100 },
    );
    const [ax, bx] = [5 + (off.a?.[0] ?? 0), 50 + (off.b?.[0] ?? 0)];
    expect(bx - ax).toBeGreaterThanOrEqual(39);
  });
});

describe('ringLabelBox', () => {
  const min = { width: 120, height: 78 };
  it('reaches from just above the ring to just under its label, not as far above the ring as below', () => {
    // A 24 px ring with a three-line label (a two-line name and its "fra fil" line) 48 px tall under it.
    const box = ringLabelBox('a', 100, 200, 24, { width: 90, height: 48 }, min);
    const top = (box.y ?? 0) - (box.height ?? 0) / 2;
    const bottom = (box.y ?? 0) + (box.height ?? 0) / 2;
    expect(top).toBeLessThan(200 - 24);
    expect(top).toBeGreaterThan(200 - 24 - 10);
    expect(bottom).toBeGreaterThan(200 + 24 + 48);
    expect(bottom).toBeLessThan(200 + 24 + 48 + 10);
    expect(box.width).toBe(120);
  });
  it('is at least the common box, and as wide as a long label', () => {
    const box = ringLabelBox('a', 0, 0, 24, { width: 150, height: 0 }, min);
    expect(box.height).toBeGreaterThanOrEqual(78);
    expect(box.width).toBe(158);
  });
  it('keeps a stack of tall labels apart: no label over the ring below it', () => {
    const label = { width: 80, height: 48 };
    const pts = [0, 1, 2].map((i) => ringLabelBox(`a${i}`, 100, 100 + 10 * i, 24, label, min));
    const offsets = declutter(pts, 120, 78);
    const ys = [0, 1, 2].map((i) => 100 + 10 * i + (offsets[`a${i}`]?.[1] ?? 0)).sort((a, b) => a - b);
    for (const i of [0, 1]) expect((ys[i + 1] ?? 0) - 24).toBeGreaterThanOrEqual((ys[i] ?? 0) + 24 + 48);
  });
});

describe('a name beside its ring (a short screen)', () => {
  const min = { width: 0, height: 52 };
  const edges = (b: ReturnType<typeof ringLabelBox>) => ({
    left: (b.x ?? 0) - (b.width ?? 0) / 2,
    right: (b.x ?? 0) + (b.width ?? 0) / 2,
    top: (b.y ?? 0) - (b.height ?? 0) / 2,
    bottom: (b.y ?? 0) + (b.height ?? 0) / 2,
  });
  it('boxes the ring and the name on its right, centred on the ring', () => {
    const e = edges(ringLabelBox('a', 100, 200, 20, { width: 90, height: 17 }, min, 'right'));
    expect(e.left).toBeLessThan(80);
    expect(e.left).toBeGreaterThan(70);
    expect(e.right).toBeGreaterThan(120 + LABEL_GAP + 90);
    expect(e.right).toBeLessThan(120 + LABEL_GAP + 90 + 10);
    expect(e.top).toBe(200 - 26);
    expect(e.bottom).toBe(200 + 26);
  });
  it('mirrors it for a name on the left, and grows with a name taller than the ring', () => {
    const e = edges(ringLabelBox('a', 100, 200, 20, { width: 90, height: 60 }, min, 'left'));
    expect(e.right).toBeGreaterThan(120);
    expect(e.right).toBeLessThan(130);
    expect(e.left).toBeLessThan(80 - LABEL_GAP - 90);
    expect(e.bottom - e.top).toBeGreaterThanOrEqual(60);
  });
  it('sets the names away from the middle of the areas: west of the median left, the rest right', () => {
    expect(besideSides([10, 50, 30, 90])).toEqual(['left', 'right', 'left', 'right']);
    expect(besideSides([10, 20, 30])).toEqual(['left', 'right', 'right']);
    expect(besideSides([])).toEqual([]);
  });
});
