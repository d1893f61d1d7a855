import { describe, expect, it } from 'vitest';
import {
  besideSides,
  declutter,
  declutterFolding,
  LABEL_GAP,
  labelBox,
  leaderEnds,
  ringLabelBox,
  type ScreenPoint,
} from '../../src/derive/declutter';
import { RING } from '../../src/style/palette';

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

describe('declutter: leaders (issue 10, helper-32)', () => {
  type Ring = [
    id: string,
    x: number,
    y: number,
    labelWidth: number,
    labelHeight: number,
    side: 'below' | 'left' | 'right',
  ];
  /**
   * What a person sees cross: each leader drawn (longer than the ring's radius) that runs through another marker's
   * ring or name (each box 1 px in from its edge), or across another leader; plus the overlapping markers.
   */
  const seen = (
    rings: readonly Ring[],
    r: number,
    screen: { width: number; height: number },
    pan: [number, number],
    fold?: { beyond: number; pin: number; keep?: string[] },
  ) => {
    const min = rings[0]?.[5] === 'below' ? { width: 72, height: 78 } : { width: 0, height: 52 };
    const band = rings[0]?.[5] === 'below' ? 110 : 40;
    const at = rings.map(([id, x, y, width, height, side]) => ({
      id,
      x: x + pan[0],
      y: y + pan[1],
      width,
      height,
      side,
    }));
    const pts = at.map((m) => ringLabelBox(m.id, m.x, m.y, r, m, min, m.side));
    const bounds = { ...screen, band, corner: { width: 50, height: 100 } };
    const { offsets: off, folded } = fold
      ? declutterFolding(pts, min.width, min.height, bounds, fold)
      : { offsets: declutter(pts, min.width, min.height, bounds), folded: [] as string[] };
    const drawn = at
      .filter((m) => m.x >= 0 && m.y >= 0 && m.x <= screen.width && m.y <= screen.height)
      .map((m) => {
        const [dx, dy] = off[m.id] ?? [0, 0];
        const [cx, cy] = [m.x + dx, m.y + dy];
        if (folded.includes(m.id)) {
          // A folded ring: the small ring at its point, nothing else.
          if (Math.hypot(dx, dy) > RING.folded / 2 + 1) throw new Error(`${m.id} folded but moved`);
          const q = RING.folded / 2 - 1;
          return {
            id: m.id,
            leader: [m.x, m.y, cx, cy] as const,
            long: false,
            parts: [[cx - q, cy - q, cx + q, cy + q] as const],
            pin: true,
            far: 0,
          };
        }
        const left =
          m.side === 'below'
            ? cx - m.width / 2
            : m.side === 'right'
              ? cx + r + LABEL_GAP
              : cx - r - LABEL_GAP - m.width;
        const top = m.side === 'below' ? cy + r : cy - m.height / 2;
        const parts = [
          [cx - r, cy - r, cx + r, cy + r],
          [left, top, left + m.width, top + m.height],
        ].map(([a = 0, b = 0, c = 0, d = 0]) => [a + 1, b + 1, c - 1, d - 1] as const);
        const far = Math.hypot(dx, dy);
        return { id: m.id, leader: [m.x, m.y, cx, cy] as const, long: far > r, parts, pin: false, far };
      });
    const found: string[] = [];
    for (const a of drawn) {
      if (!a.long) continue;
      for (const b of drawn) {
        if (b === a) continue;
        if (b.parts.some((q) => through(a.leader, q))) found.push(`${a.id} leader × ${b.id}`);
        if (b.long && a.id < b.id && across(a.leader, b.leader))
          found.push(`${a.id} leader × ${b.id} leader`);
      }
    }
    for (const [i, a] of drawn.entries())
      for (const b of drawn.slice(i + 1))
        if (
          !(a.pin && b.pin) &&
          a.parts.some((p) =>
            b.parts.some(
              (q) =>
                Math.min(p[2], q[2]) > Math.max(p[0], q[0]) && Math.min(p[3], q[3]) > Math.max(p[1], q[1]),
            ),
          )
        )
          found.push(`${a.id} × ${b.id}`);
    if (fold)
      for (const a of drawn) if (a.far > fold.beyond) found.push(`${a.id} ${Math.round(a.far)} px off`);
    return fold ? { found, folded } : found;
  };
  type Line = readonly [number, number, number, number];
  const turn = (a: number, b: number, c: number, d: number, e: number, f: number) =>
    Math.sign((c - a) * (f - b) - (d - b) * (e - a));
  const across = ([a, b, c, d]: Line, [e, f, g, h]: Line) =>
    turn(a, b, c, d, e, f) * turn(a, b, c, d, g, h) < 0 &&
    turn(e, f, g, h, a, b) * turn(e, f, g, h, c, d) < 0;
  /** Whether the line runs through the box: sampled every half pixel, plain to read (the code clips). */
  const through = ([a, b, c, d]: Line, [left, top, right, bottom]: Line) => {
    const steps = Math.ceil(Math.hypot(c - a, d - b) * 2);
    for (let k = 0; k <= steps; k++) {
      const [x, y] = [a + ((c - a) * k) / steps, b + ((d - b) * k) / steps];
      if (x > left && x < right && y > top && y < bottom) return true;
    }
    return false;
  };

  // The rings' points (px) and name sizes measured in the app's first view (stop 24).
  const side: Ring[] = [
    ['akacieparken', 365, 179, 85, 29, 'left'],
    ['aldersrogade', 441, 76, 84, 15, 'right'],
    ['bispeparken', 418, 58, 78, 15, 'left'],
    ['blaagaarden', 454, 130, 64, 15, 'right'],
    ['gadelandet_husumgaard', 330, 60, 143, 15, 'left'],
    ['hoergaarden', 514, 207, 66, 15, 'right'],
    ['lundtoftegade', 423, 107, 90, 15, 'right'],
    ['mjoelnerparken', 431, 81, 89, 15, 'right'],
    ['sjaeloer_boulevard', 404, 217, 108, 29, 'left'],
    ['tingbjerg_utterslevhuse', 342, 36, 143, 15, 'left'],
  ];
  const upright: Ring[] = [
    ['akacieparken', 121, 238, 85, 29, 'below'],
    ['aldersrogade', 200, 132, 84, 15, 'below'],
    ['bispeparken', 175, 113, 78, 15, 'below'],
    ['blaagaarden', 213, 187, 64, 15, 'below'],
    ['gadelandet_husumgaard', 85, 115, 74, 30, 'below'],
    ['hoergaarden', 275, 267, 66, 15, 'below'],
    ['lundtoftegade', 181, 164, 90, 15, 'below'],
    ['mjoelnerparken', 189, 137, 89, 15, 'below'],
    ['sjaeloer_boulevard', 161, 277, 108, 29, 'below'],
    ['tingbjerg_utterslevhuse', 98, 91, 86, 30, 'below'],
  ];

  it('crosses no leader over a ring, a name or a leader on a phone on its side (844 × 390, first view)', () => {
    // Before: Aldersrogade's and Mjølnerparken's leaders ran through Lundtoftegade's ring or name.
    expect(seen(side, 20, { width: 844, height: 280 }, [0, 0])).toEqual([]);
  });

  it('untangles the leaders of a 360 × 740 phone map panned 120 px to the left', () => {
    // Before: three, Sjælør Boulevard's leader over Akacieparken's and Hørgården's markers, Bispeparken's over
    // Mjølnerparken's. Left: Sjælør Boulevard's point lies under Akacieparken's name, which has no other room.
    expect(seen(upright, 24, { width: 360, height: 459 }, [-120, 0])).toEqual([
      'sjaeloer_boulevard leader × akacieparken',
    ]);
  });

  const seenFolding = (...args: Parameters<typeof seen>) =>
    seen(...args) as { found: string[]; folded: string[] };

  describe('declutterFolding: a crowded map folds rings it would push far (issue 10, helper-33)', () => {
    const fold = { beyond: 120, pin: 28 };

    it('folds nothing in the first views of a phone upright and on its side', () => {
      const plain = { ...fold, beyond: 1e9 };
      for (const [rings, r, screen] of [
        [upright, 24, { width: 360, height: 459 }],
        [side, 20, { width: 844, height: 280 }],
      ] as const) {
        const { found, folded } = seenFolding(rings, r, screen, [0, 0], fold);
        expect(folded).toEqual([]);
        expect(found).toEqual(seenFolding(rings, r, screen, [0, 0], plain).found);
      }
    });

    it('leaves no ring farther than 120 px from its point, and nothing overlapping, on a 360 px map panned left', () => {
      // Before: at 90 px Sjælør Boulevard's ring stood 224 px from its point, over Amager; at 120 px its leader ran
      // under Akacieparken's name.
      for (const pan of [-60, -90, -120] as const) {
        const { found, folded } = seenFolding(upright, 24, { width: 360, height: 459 }, [pan, 0], fold);
        expect(
          found.filter((f) => f.endsWith('px off') || !f.includes('leader')),
          `${pan}`,
        ).toEqual([]);
        expect(folded.length, `${pan}`).toBeGreaterThan(0);
      }
      // Over pans 50 px apart within ±150 px: fewer leaders crossing other markers than without folding, no overlap
      // at any, and no ring more than 150 px off (a fold is refused where it would make markers overlap).
      const crossings = { plain: 0, folding: 0 };
      const overlapOrFar = (f: string) =>
        f.endsWith('px off') ? Number(f.split(' ')[1]) > 150 : !f.includes('leader');
      for (let px = -150; px <= 150; px += 50)
        for (let py = -150; py <= 150; py += 50) {
          const screen = { width: 360, height: 459 };
          const plain = seenFolding(upright, 24, screen, [px, py], { ...fold, beyond: 1e9 });
          const { found } = seenFolding(upright, 24, screen, [px, py], fold);
          expect(found.filter(overlapOrFar), `${px},${py}`).toEqual([]);
          crossings.plain += plain.found.filter((f) => f.includes('leader')).length;
          crossings.folding += found.filter((f) => f.includes('leader')).length;
        }
      expect(crossings.folding).toBeLessThan(crossings.plain);
      expect(seenFolding(upright, 24, { width: 360, height: 459 }, [-90, 0], fold).folded.sort()).toEqual([
        'akacieparken',
      ]);
    }, 20_000);

    it('keeps the rings folded at the last rest through a move, and folds no more there', () => {
      const pts = upright.map(([id, x, y, width, height, side]) =>
        ringLabelBox(id, x - 90, y, 24, { width, height }, { width: 72, height: 78 }, side),
      );
      const bounds = { width: 360, height: 459, band: 110, corner: { width: 50, height: 100 } };
      const moving = declutterFolding(pts, 72, 78, bounds, { ...fold, already: ['hoergaarden'], rounds: 0 });
      expect(moving.folded).toEqual(['hoergaarden']);
      const rest = declutterFolding(pts, 72, 78, bounds, fold);
      expect(rest.folded).not.toContain('hoergaarden');
      expect(rest.folded.length).toBeGreaterThan(0);
    });

    it('never folds a ring it is told to keep (the open area)', () => {
      const { folded } = seenFolding(upright, 24, { width: 360, height: 459 }, [-90, 0], {
        ...fold,
        keep: ['sjaeloer_boulevard'],
      });
      expect(folded).not.toContain('sjaeloer_boulevard');
    });
  });
});

describe('declutter: a fixed box', () => {
  it('keeps its place; the box it meets takes the whole push', () => {
    const off = declutter(
      [
        { id: 'pin', x: 100, y: 100, width: 28, height: 28, fixed: true },
        { id: 'ring', x: 110, y: 100 },
      ],
      40,
      40,
      { width: 400, height: 400 },
    );
    expect(off.pin).toEqual([0, 0]);
    expect(off.ring?.[0]).toBeGreaterThanOrEqual(24);
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

describe('leaderEnds', () => {
  // A 24 px ring with a one-line name (80 × 15) under it; the ring's box is 48 px, its centre at (24, 24).
  const name = labelBox(24, { width: 80, height: 15 }, 'below');
  it('starts just past the name hanging under a ring pushed up over its point (helper-33: struck through)', () => {
    // The ring 60 px above its point: the line ran from the ring's foot (y 48) through the name (48–63).
    expect(leaderEnds(0, -60, 24)).toEqual([24, 48, 24, 84]);
    const [x1, y1, x2, y2] = leaderEnds(0, -60, 24, name);
    expect([x1, x2, y2]).toEqual([24, 24, 84]);
    expect(y1).toBeCloseTo(65);
  });
  it('is the plain line where its way does not meet the name', () => {
    expect(leaderEnds(60, 0, 24, name)).toEqual(leaderEnds(60, 0, 24));
    expect(leaderEnds(0, 60, 24, name)).toEqual(leaderEnds(0, 60, 24));
  });
  it('ends where the name begins when the point lies under the name (none where the name starts at the ring)', () => {
    // The point 30 px under the ring's centre, inside the name (24–39 px under it).
    expect(leaderEnds(0, -30, 24)).toEqual([24, 48, 24, 54]);
    expect(leaderEnds(0, -30, 24, name)).toEqual([24, 48, 24, 48]);
    // Beside the ring on a short screen: the name 24–94 px right of the centre, the point 60 px right of it.
    const [x1, , x2] = leaderEnds(-60, 0, 20, labelBox(20, { width: 70, height: 15 }, 'right'));
    expect([x1, x2]).toEqual([40, 42]);
  });
  it('starts past a name beside the ring on a short screen too', () => {
    const right = labelBox(20, { width: 70, height: 15 }, 'right');
    // The point 120 px right of the ring's centre, beyond the name (24–94 px from it).
    const [x1] = leaderEnds(-120, 0, 20, right);
    expect(x1).toBeCloseTo(20 + 94 + 2);
  });
});
