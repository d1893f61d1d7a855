/** A thing to place on screen: its id and its true position in pixels. */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
  /** This point's own box width (px), when wider than the common one (e.g. a long label). */
  width?: number;
  /** This point's own box height (px), when taller than the common one (e.g. a name with a note under it). */
  height?: number;
  /**
   * The point the box belongs to, when it is not the box's centre (a ring, with its name's box hanging under it):
   * whether it lies on screen decides whether the box takes part.
   */
  anchor?: { x: number; y: number };
  /** The name's box from the anchor (px), for a ring with its name (ringLabelBox): leaderEnds keeps out of it. */
  label?: LabelBox;
  /** The ring's radius (px), for a ring with its name (ringLabelBox). */
  radius?: number;
  /**
   * A box that keeps its place (a folded marker's pin at its area's point): the others are pushed off it. Only
   * another fixed box moves it, as far as they overlap.
   */
  fixed?: boolean;
}

/** A name's box from its ring's centre (px). */
export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Rounds of pushing apart; ten points settle in far fewer. */
const MAX_ROUNDS = 60;

/** The screen `declutter` keeps boxes in, with a strip along its foot and a corner they are kept out of. */
export interface DeclutterBounds {
  width: number;
  height: number;
  /**
   * Strip (px) along the screen's bottom edge that boxes are kept above (e.g. a scale bar and credits). A point in it
   * is still on screen: its box is pushed up out of it.
   */
  band?: number;
  /** A box of this size in the top-right corner (e.g. the map's zoom buttons) that boxes are pushed out of. */
  corner?: { width: number; height: number };
}

/**
 * Pixel offsets that keep boxes of `width` × `height` centred on the points from overlapping, moving each as
 * little as it can: overlapping pairs are pushed apart along the axis where they overlap least. Deterministic.
 *
 * With `bounds`, boxes are kept inside the screen, above its band and out of its corner, and only points truly on
 * screen take part (a ring's `anchor`, not its name's box): one off screen keeps its place and is not drawn, so it
 * pushes no one, and one in the band (under the scale bar) is pushed up out of it. Boxes the rounds leave
 * overlapping (neighbours pushing each other back and forth against an edge: a phone map panned 90 px) are then set
 * one by one where they fit (settleLeftovers).
 */
export function declutter(
  points: readonly ScreenPoint[],
  width: number,
  height: number,
  bounds?: DeclutterBounds,
): Record<string, [number, number]> {
  const pos = points.map((p) => ({ ...p }));
  const onScreen = points.map(({ x, y, anchor = { x, y } }) => !bounds || inside(anchor, bounds));
  const w = (p: ScreenPoint) => p.width ?? width;
  const h = (p: ScreenPoint) => p.height ?? height;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const a = pos[i];
        const b = pos[j];
        if (!a || !b || !onScreen[i] || !onScreen[j]) continue;
        const ox = (w(a) + w(b)) / 2 - Math.abs(a.x - b.x);
        const oy = (h(a) + h(b)) / 2 - Math.abs(a.y - b.y);
        if (ox <= 0.5 || oy <= 0.5) continue;
        moved = true;
        // Each moves half the way, or the one that is not fixed all of it. Two fixed boxes (pins at nearby points)
        // part as two free ones do, by half their size at most: one lay over the other's middle, out of a tap's reach.
        const [ka, kb] = a.fixed === b.fixed ? [1, 1] : a.fixed ? [0, 2] : [2, 0];
        if ((ox * (h(a) + h(b))) / 2 < (oy * (w(a) + w(b))) / 2) {
          const d = (ox / 2 + 0.5) * (a.x <= b.x ? 1 : -1);
          a.x -= ka * d;
          b.x += kb * d;
        } else {
          const d = (oy / 2 + 0.5) * (a.y <= b.y ? 1 : -1);
          a.y -= ka * d;
          b.y += kb * d;
        }
      }
    }
    // A fixed box parted from another stays within half its drawn size (its box less 2 px a side) of its place: a chain
    // of pins pushed one 16 px off (helper-35).
    for (const [i, p] of pos.entries()) {
      const o = points[i];
      if (!p.fixed || !o) continue;
      const [dx, dy] = [p.x - o.x, p.y - o.y];
      const half = w(p) / 2 - 2;
      const k = half / Math.max(Math.hypot(dx, dy), half);
      [p.x, p.y] = [o.x + dx * k, o.y + dy * k];
    }
    if (bounds) {
      for (const [i, p] of pos.entries()) {
        if (!onScreen[i] || p.fixed) continue;
        const half = w(p) / 2;
        const halfHeight = h(p) / 2;
        if (bounds.corner && pushOutOfCorner(p, half, halfHeight, bounds.width, bounds.corner)) moved = true;
        const { x, y } = limits(half, halfHeight, bounds);
        const [kx, ky] = [Math.min(Math.max(p.x, x[0]), x[1]), Math.min(Math.max(p.y, y[0]), y[1])];
        // A box brought back inside may now meet another: one more round (it ended here, leaving such a pair).
        if (Math.abs(kx - p.x) > 0.5 || Math.abs(ky - p.y) > 0.5) moved = true;
        [p.x, p.y] = [kx, ky];
      }
    }
    if (!moved) break;
  }
  if (bounds) {
    // Kept only where it leaves less overlap in all: on a full screen a box set clear of those above it can take
    // the place of one below, which then finds none (a 360 px phone's first view, where the rounds' small overlaps
    // were only the boxes' margins).
    const settled = pos.map((p) => ({ ...p }));
    settleLeftovers(settled, onScreen, w, h, bounds);
    const overlap = (ps: readonly ScreenPoint[]) => overlapArea(ps, onScreen, w, h);
    if (overlap(settled) < overlap(pos)) for (const [i, p] of settled.entries()) pos[i] = p;
    untangle(pos, points, onScreen, w, h, bounds);
  }
  return Object.fromEntries(
    pos.map((p, i) => [p.id, [Math.round(p.x - (points[i]?.x ?? 0)), Math.round(p.y - (points[i]?.y ?? 0))]]),
  );
}

/** How markers fold on a crowded map: a ring the declutter must push far from its area becomes a pin there. */
export interface FoldOptions {
  /** How far (px) a ring may stand from its area's point; one pushed farther folds. */
  beyond: number;
  /** The side (px) of the square a pin keeps free around its point. */
  pin: number;
  /** Ids never folded (the open area's ring). */
  keep?: readonly string[];
  /** Ids folded from the start (those of the last placing, kept through a zoom's frames). */
  already?: readonly string[];
  /** Rounds of folding more (FOLD_ROUNDS; 0 only places the others around the pins `already` folded). */
  rounds?: number;
}

/** Rounds of folding: each folds the ring still pushed farthest, and places the others again. */
const FOLD_ROUNDS = 10;
/** Placings folding may try in all (each costs one declutter: about 4 ms at the 90th percentile here). */
const FOLD_TRIES = 8;

/**
 * `declutter`, then fold: a ring it pushed farther than `fold.beyond` from its point (a phone map panned so that the
 * areas crowd one edge: a ring 224 px off, over Amager, helper-33) becomes a pin at the point, a fixed box of
 * `fold.pin` px, and the others are placed again around it, now with more room. One ring at a time, the farthest
 * first, while rings are still pushed too far (FOLD_ROUNDS, FOLD_TRIES). Returns the offsets (a pin's is 0, 0, or
 * half its size at most where two pins part) and the folded ids.
 */
export function declutterFolding(
  points: readonly ScreenPoint[],
  width: number,
  height: number,
  bounds: DeclutterBounds,
  fold: FoldOptions,
): { offsets: Record<string, [number, number]>; folded: string[] } {
  const onScreen = points.map(({ x, y, anchor = { x, y } }) => inside(anchor, bounds));
  const boxes = (ids: ReadonlySet<string>) =>
    points.map((p) => {
      const { id, x, y, anchor = { x, y } } = p;
      return ids.has(id) ? { id, ...anchor, anchor, width: fold.pin, height: fold.pin, fixed: true } : p;
    });
  // How many pairs of markers overlap where a placing puts them: rings, names and pins as drawn, not their boxes
  // (whose margins may meet unseen). Two pins do not count: they part by half their size at most (`declutter`), so
  // a pair of them that still meets is not the placing's to mend.
  const overlapAt = (ps: readonly ScreenPoint[], offsets: Record<string, [number, number]>) => {
    const drawn = ps.map((p, i) => {
      const [dx, dy] = offsets[p.id] ?? [0, 0];
      const { x, y, anchor = { x, y }, radius, label } = p;
      const [cx, cy] = [anchor.x + dx, anchor.y + dy];
      if (!onScreen[i]) return [];
      if (p.fixed || radius === undefined || !label) {
        const [hw, hh] = [
          (p.width ?? width) / 2 - (p.fixed ? 2 : MARGIN),
          (p.height ?? height) / 2 - (p.fixed ? 2 : MARGIN),
        ];
        return [[x + dx - hw, y + dy - hh, x + dx + hw, y + dy + hh] as Rect];
      }
      return drawnParts(cx, cy, radius, label);
    });
    const meet = (a: Rect, b: Rect) =>
      Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > 0.5 && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > 0.5;
    let pairs = 0;
    for (const [i, a] of drawn.entries())
      for (const [j, b] of drawn.entries())
        if (j > i && !(ps[i]?.fixed && ps[j]?.fixed) && a.some((r) => b.some((q) => meet(r, q)))) pairs++;
    return pairs;
  };
  let folded = new Set(
    points
      .filter(({ id }, i) => onScreen[i] && fold.already?.includes(id) && !fold.keep?.includes(id))
      .map((p) => p.id),
  );
  let offsets = declutter(boxes(folded), width, height, bounds);
  let overlap = overlapAt(boxes(folded), offsets);
  // One ring at a time, the farthest first: folding one frees room that may bring others near enough (all at once
  // folded 5 of 9 rings on a 360 px phone panned 90 px, where 2 were enough). One the check refuses is passed over
  // for the next; at most `FOLD_TRIES` placings in all.
  // The rings on screen, not folded, that a placing pushed farther than `fold.beyond`, the farthest first.
  const farOnes = (ids: ReadonlySet<string>, at: Record<string, [number, number]>) =>
    points
      .map(({ id }, i) => ({ id, i, away: Math.hypot(...(at[id] ?? [0, 0])) }))
      .filter(({ id, i, away }) => !ids.has(id) && onScreen[i] && away > fold.beyond)
      .sort((a, b) => b.away - a.away);
  let tries = 0;
  for (let round = 0; round < (fold.rounds ?? FOLD_ROUNDS); round++) {
    const far = farOnes(folded, offsets).filter(({ id }) => !fold.keep?.includes(id));
    let kept = false;
    for (const { id } of far) {
      if (tries++ >= FOLD_TRIES) break;
      const next = new Set([...folded, id]);
      const ps = boxes(next);
      const placed = declutter(ps, width, height, bounds);
      const after = overlapAt(ps, placed);
      // Kept only where nothing overlaps more: a pin cannot move, and a crowded map could find no room around it.
      if (after > overlap) continue;
      [folded, offsets, overlap] = [next, placed, after];
      kept = true;
      break;
    }
    if (!kept) break;
  }
  // Then unfold where room has come: a ring folded early, the farthest then, may fit near its point once others
  // folded (helper-35: rings folded in open space). Kept where no more markers overlap and no more rings are far.
  if (fold.rounds !== 0)
    for (const id of [...folded]) {
      const next = new Set(folded);
      next.delete(id);
      const ps = boxes(next);
      const placed = declutter(ps, width, height, bounds);
      const after = overlapAt(ps, placed);
      if (after <= overlap && farOnes(next, placed).length <= farOnes(folded, offsets).length)
        [folded, offsets, overlap] = [next, placed, after];
    }
  return { offsets, folded: [...folded] };
}

/**
 * The area (px²) by which the shown boxes overlap, pair by pair; two fixed boxes (pins at their points) do not
 * count: they part by half their size at most, so the overlap left is not the pushing's to mend.
 */
function overlapArea(
  ps: readonly ScreenPoint[],
  onScreen: readonly boolean[],
  w: (p: ScreenPoint) => number,
  h: (p: ScreenPoint) => number,
): number {
  let sum = 0;
  for (const [i, a] of ps.entries())
    for (const [j, b] of ps.entries())
      if (j > i && onScreen[i] && onScreen[j] && !(a.fixed && b.fixed))
        sum +=
          Math.max(0, (w(a) + w(b)) / 2 - Math.abs(a.x - b.x)) *
          Math.max(0, (h(a) + h(b)) / 2 - Math.abs(a.y - b.y));
  return sum;
}

/** A ring and its name as drawn, the ring centred at (cx, cy): what overlaps and leader crossings are counted on. */
function drawnParts(cx: number, cy: number, radius: number, label: LabelBox): Rect[] {
  return [
    [cx - radius, cy - radius, cx + radius, cy + radius],
    [cx + label.left, cy + label.top, cx + label.right, cy + label.bottom],
  ];
}

/** Whether a point lies on the screen (its edges included). */
function inside(p: { x: number; y: number }, bounds: DeclutterBounds): boolean {
  return p.x >= 0 && p.y >= 0 && p.x <= bounds.width && p.y <= bounds.height;
}

/**
 * The last resort for boxes the pushing left overlapping: pairs pushed back and forth by their neighbours on a crowded
 * phone map panned so that its areas crowd one side. From the top down, each box that meets one already kept moves
 * to the nearest place that is on screen, above the band, out of the corner and clear of the kept boxes: against a
 * kept box's side or a screen edge on either axis, or on its own line. A box with no such place stays where it is.
 */
function settleLeftovers(
  pos: ScreenPoint[],
  onScreen: readonly boolean[],
  w: (p: ScreenPoint) => number,
  h: (p: ScreenPoint) => number,
  bounds: DeclutterBounds,
): void {
  // A fixed box (a pin) is kept where it is from the start.
  const kept: ScreenPoint[] = pos.filter((p, i) => onScreen[i] && p.fixed);
  const meets = (p: ScreenPoint, x: number, y: number, others: readonly ScreenPoint[]) =>
    others.some(
      (k) =>
        k !== p && (w(p) + w(k)) / 2 - Math.abs(x - k.x) > 0.5 && (h(p) + h(k)) / 2 - Math.abs(y - k.y) > 0.5,
    );
  const shown = pos.filter((_, i) => onScreen[i]);
  if (!shown.some((p) => meets(p, p.x, p.y, shown))) return;
  const fits = (p: ScreenPoint, x: number, y: number): boolean =>
    placeable(w(p) / 2, h(p) / 2, x, y, bounds) && !meets(p, x, y, kept);
  for (const p of [...shown].sort((a, b) => a.y - b.y)) {
    if (p.fixed) continue;
    if (meets(p, p.x, p.y, kept)) {
      const lim = limits(w(p) / 2, h(p) / 2, bounds);
      const beside = (k: ScreenPoint, size: (q: ScreenPoint) => number, at: number) => [
        at - (size(p) + size(k)) / 2 - 1,
        at + (size(p) + size(k)) / 2 + 1,
      ];
      const xs = [p.x, ...lim.x, ...kept.flatMap((k) => beside(k, w, k.x))];
      const ys = [p.y, ...lim.y, ...kept.flatMap((k) => beside(k, h, k.y))];
      if (bounds.corner) {
        xs.push(bounds.width - bounds.corner.width - w(p) / 2);
        ys.push(bounds.corner.height + h(p) / 2);
      }
      let best: [number, number] | null = null;
      for (const x of xs)
        for (const y of ys)
          if (
            (!best || Math.hypot(x - p.x, y - p.y) < Math.hypot(best[0] - p.x, best[1] - p.y)) &&
            fits(p, x, y)
          )
            best = [x, y];
      if (best) [p.x, p.y] = best;
    }
    kept.push(p);
  }
}

/** What a leader crossing a ring, a name or another leader costs, in pixels of leader length. */
const CROSSING = 100;
/** Sweeps of untangle over the boxes; each moves a box only to a cheaper place, so few are needed. */
const UNTANGLE_SWEEPS = 2;

/**
 * Shortens and uncrosses the leaders the pushing left (a phone map panned so that its areas crowd one side: rings
 * pushed far from their points, leaders crossing other rings and names, helper-32). Box by box, the longest leader
 * first, each moves to the place that costs least (its leader's length, plus `CROSSING` for each crossing of its
 * leader with another box or leader, or of another leader with its box) among those where it overlaps no other box
 * and stays on screen, above the band and out of the corner: its true place, points on the way back to it, and the
 * places against the other boxes' sides and the screen's edges. It moves only when that is cheaper, so overlaps
 * never grow. The leader runs from the box's point (its anchor) to where the rounds put that point.
 */
function untangle(
  pos: ScreenPoint[],
  points: readonly ScreenPoint[],
  onScreen: readonly boolean[],
  w: (p: ScreenPoint) => number,
  h: (p: ScreenPoint) => number,
  bounds: DeclutterBounds,
): void {
  const shown = pos.flatMap((_, i) => (onScreen[i] ? [i] : []));
  // The true point of each box's anchor, and how far the box's centre lies from its anchor (fixed).
  const home = points.map(({ x, y, anchor = { x, y } }) => anchor);
  const hang = points.map(({ x, y, anchor = { x, y } }) => [x - anchor.x, y - anchor.y] as const);
  const leader = (i: number, x: number, y: number): Segment => {
    const [hx, hy] = hang[i] ?? [0, 0];
    const a = home[i] ?? { x, y };
    return [a.x, a.y, x - hx, y - hy];
  };
  // What a leader must not cross of box i at (x, y): its ring and its name (ringLabelBox), or else the box inside
  // its margin. The box alone (its corners empty) counted leaders that missed both, and missed ones a name's full
  // width met: the parts gave fewer crossings and shorter leaders at every size in the sweep.
  const box = (i: number, x: number, y: number): Rect[] => {
    const p = pos[i] as ScreenPoint;
    const { label, radius } = points[i] ?? p;
    if (!label || radius === undefined)
      return [[x - w(p) / 2 + MARGIN, y - h(p) / 2 + MARGIN, x + w(p) / 2 - MARGIN, y + h(p) / 2 - MARGIN]];
    const [hx, hy] = hang[i] ?? [0, 0];
    return drawnParts(x - hx, y - hy, radius, label);
  };
  const meets = (segment: Segment, rects: readonly Rect[]) => rects.some((r) => segmentMeetsRect(segment, r));
  // The other boxes' leaders and boxes, read once for each box that looks for a place.
  let theirs: { segment: Segment; rect: Rect[] }[] = [];
  const cost = (i: number, x: number, y: number): number => {
    const mine = leader(i, x, y);
    const long = Math.hypot(mine[2] - mine[0], mine[3] - mine[1]);
    const rect = box(i, x, y);
    let crossings = 0;
    for (const { segment, rect: other } of theirs) {
      if (long > 0.5 && meets(mine, other)) crossings++;
      if (meets(segment, rect)) crossings++;
      if (long > 0.5 && segmentsCross(mine, segment)) crossings++;
    }
    return long + CROSSING * crossings;
  };
  // Whether box i at (x, y) overlaps another shown box (where the limits and the corner are met: see `add`).
  const free = (i: number, x: number, y: number): boolean => {
    const p = pos[i] as ScreenPoint;
    for (const j of shown) {
      const k = pos[j] as ScreenPoint;
      if (
        j !== i &&
        (w(p) + w(k)) / 2 - Math.abs(x - k.x) > 0.5 &&
        (h(p) + h(k)) / 2 - Math.abs(y - k.y) > 0.5
      )
        return false;
    }
    return true;
  };
  // The cost of all the shown boxes where they stand: the leaders' length and every crossing.
  const total = (): number => {
    let sum = 0;
    const drawn = shown.map((j) => {
      const q = pos[j] as ScreenPoint;
      const segment = leader(j, q.x, q.y);
      const long = Math.hypot(segment[2] - segment[0], segment[3] - segment[1]);
      sum += long;
      return { segment, rect: box(j, q.x, q.y), long };
    });
    for (const [m, a] of drawn.entries())
      for (const [n, b] of drawn.entries()) {
        if (m === n || a.long <= 0.5) continue;
        if (meets(a.segment, b.rect)) sum += CROSSING;
        if (n > m && b.long > 0.5 && segmentsCross(a.segment, b.segment)) sum += CROSSING;
      }
    return sum;
  };
  // Whether box i stands on screen, above the band and out of the corner, where it is now.
  const placed = (i: number): boolean => {
    const p = pos[i] as ScreenPoint;
    return placeable(w(p) / 2, h(p) / 2, p.x, p.y, bounds);
  };
  for (let sweep = 0; sweep < UNTANGLE_SWEEPS; sweep++) {
    let moved = false;
    const order = [...shown].sort((a, b) => {
      const [pa, pb] = [pos[a] as ScreenPoint, pos[b] as ScreenPoint];
      const [oa, ob] = [points[a] as ScreenPoint, points[b] as ScreenPoint];
      return Math.hypot(pb.x - ob.x, pb.y - ob.y) - Math.hypot(pa.x - oa.x, pa.y - oa.y);
    });
    for (const i of order) {
      const p = pos[i] as ScreenPoint;
      const o = points[i] as ScreenPoint;
      if (p.fixed) continue;
      theirs = shown.flatMap((j) => {
        const q = pos[j] as ScreenPoint;
        return j === i ? [] : [{ segment: leader(j, q.x, q.y), rect: box(j, q.x, q.y) }];
      });
      let best = cost(i, p.x, p.y);
      if (best < 0.5) continue;
      const lim = limits(w(p) / 2, h(p) / 2, bounds);
      const xs = [o.x, p.x, ...lim.x];
      const ys = [o.y, p.y, ...lim.y];
      for (const j of shown) {
        const k = pos[j] as ScreenPoint;
        if (j === i) continue;
        xs.push(k.x - (w(p) + w(k)) / 2 - 1, k.x + (w(p) + w(k)) / 2 + 1);
        ys.push(k.y - (h(p) + h(k)) / 2 - 1, k.y + (h(p) + h(k)) / 2 + 1);
      }
      if (bounds.corner) {
        xs.push(bounds.width - bounds.corner.width - w(p) / 2);
        ys.push(bounds.corner.height + h(p) / 2);
      }
      // Each place on screen, above the band and out of the corner, nearer than the best cost, with its distance
      // from the true one (its leader's length).
      const candidates: [number, number, number][] = [];
      const add = (x: number, y: number) => {
        const away = Math.hypot(x - o.x, y - o.y);
        if (away < best - 0.5 && placeable(w(p) / 2, h(p) / 2, x, y, bounds)) candidates.push([x, y, away]);
      };
      for (const x of xs) for (const y of ys) add(x, y);
      for (let t = 0; t < 1; t += 0.125) add(o.x + (p.x - o.x) * t, o.y + (p.y - o.y) * t);
      // Nearest first: a place's cost is at least its leader's length, so the search ends at the first place
      // farther off than the best cost found.
      candidates.sort((a, b) => a[2] - b[2]);
      let to: [number, number] | null = null;
      for (const [x, y, away] of candidates) {
        if (away >= best - 0.5) break;
        if (!free(i, x, y)) continue;
        const c = cost(i, x, y);
        if (c < best - 0.5) [best, to] = [c, [x, y]];
      }
      if (to) {
        [p.x, p.y] = to;
        moved = true;
      }
    }
    // Two leaders crossing each other: a move of one box alone cannot undo that, an exchange of the two rings'
    // places can (each box keeps its own hang from its ring). Only such pairs are tried.
    for (const [n, i] of shown.entries()) {
      for (const j of shown.slice(n + 1)) {
        const [p, q] = [pos[i] as ScreenPoint, pos[j] as ScreenPoint];
        if (!segmentsCross(leader(i, p.x, p.y), leader(j, q.x, q.y))) continue;
        const [[hix, hiy], [hjx, hjy]] = [hang[i] ?? [0, 0], hang[j] ?? [0, 0]];
        const was = [p.x, p.y, q.x, q.y] as const;
        const before = total();
        [p.x, p.y, q.x, q.y] = [
          was[2] - hjx + hix,
          was[3] - hjy + hiy,
          was[0] - hix + hjx,
          was[1] - hiy + hjy,
        ];
        if (placed(i) && placed(j) && free(i, p.x, p.y) && free(j, q.x, q.y) && total() < before - 0.5)
          moved = true;
        else [p.x, p.y, q.x, q.y] = was;
      }
    }
    if (!moved) break;
  }
}

/** A line from (x1, y1) to (x2, y2). */
type Segment = readonly [number, number, number, number];
/** A box from (left, top) to (right, bottom). */
type Rect = readonly [number, number, number, number];

/** Which side of the line from (px, py) to (qx, qy) the point (rx, ry) lies on: -1, 0 or 1. */
function turn(px: number, py: number, qx: number, qy: number, rx: number, ry: number): number {
  return Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
}

/** Whether two segments cross (touching ends do not). */
function segmentsCross([a, b, c, d]: Segment, [e, f, g, h]: Segment): boolean {
  return (
    turn(a, b, c, d, e, f) * turn(a, b, c, d, g, h) < 0 && turn(e, f, g, h, a, b) * turn(e, f, g, h, c, d) < 0
  );
}

/** Whether a segment passes through a box. */
function segmentMeetsRect(segment: Segment, rect: Rect): boolean {
  return spanInside(segment, rect) !== null;
}

/**
 * Whether a box `half` × 2 by `halfHeight` × 2 centred at (`x`, `y`) stands on the screen, above its band and out
 * of its corner (half a pixel allowed).
 */
function placeable(half: number, halfHeight: number, x: number, y: number, bounds: DeclutterBounds): boolean {
  const lim = limits(half, halfHeight, bounds);
  if (x < lim.x[0] - 0.5 || x > lim.x[1] + 0.5 || y < lim.y[0] - 0.5 || y > lim.y[1] + 0.5) return false;
  const { corner } = bounds;
  return !(corner && x + half > bounds.width - corner.width + 0.5 && y - halfHeight < corner.height - 0.5);
}

/**
 * Where the centre of a box `half` × 2 by `halfHeight` × 2 may stand on the screen, per axis [least, most]: inside
 * it and above its band; a box wider than the screen stands in its middle, one taller than the room at its top.
 */
function limits(
  half: number,
  halfHeight: number,
  bounds: DeclutterBounds,
): { x: [number, number]; y: [number, number] } {
  const floor = bounds.height - (bounds.band ?? 0);
  return {
    x: [Math.min(half, bounds.width / 2), Math.max(bounds.width - half, bounds.width / 2)],
    y: [halfHeight, Math.max(floor - halfHeight, halfHeight)],
  };
}

/**
 * Moves `p` (a box `half` × 2, `halfHeight` × 2 around it) out of the `corner` box at the top right of a screen
 * `screenWidth` wide, by the shorter way (left or down). Returns whether it moved.
 */
function pushOutOfCorner(
  p: { x: number; y: number },
  half: number,
  halfHeight: number,
  screenWidth: number,
  corner: { width: number; height: number },
): boolean {
  const ox = p.x + half - (screenWidth - corner.width);
  const oy = corner.height - (p.y - halfHeight);
  if (ox <= 0.5 || oy <= 0.5) return false;
  if (ox <= oy) p.x -= ox;
  else p.y += oy;
  return true;
}

/** Room (px) kept above a ring and under its label: what a crowded map's last unresolved push may use up. */
const MARGIN = 6;
/** Room (px) between a ring and the label beside it (style.css, compact markers). */
export const LABEL_GAP = 4;

/**
 * The declutter box of a ring (`radius`, centred at `x`, `y`) with its label (`label`, px) hanging under it: from
 * just above the ring's top to just under the label's foot, at least `min` tall and wide, and as wide as the label. A box
 * centred on the ring and as tall above it as below kept a tall label's height (a two-line name with its "fra
 * fil" line) above the ring as well, so on a crowded phone map the boxes could not all be met and names ran
 * under the neighbours' rings. Point and box move together, so the offsets `declutter` returns fit the ring.
 * With `side` "right" or "left" (a short screen's compact markers) the label stands beside the ring, `LABEL_GAP` px
 * off and centred on it: the box reaches from just outside the ring to just outside the label.
 */
export function ringLabelBox(
  id: string,
  x: number,
  y: number,
  radius: number,
  label: { width: number; height: number },
  min: { width: number; height: number },
  side: 'below' | 'left' | 'right' = 'below',
): ScreenPoint {
  if (side !== 'below') {
    const near = radius + MARGIN;
    const far = radius + LABEL_GAP + label.width + MARGIN;
    const [left, right] = side === 'right' ? [near, far] : [far, near];
    return {
      id,
      anchor: { x, y },
      radius,
      label: labelBox(radius, label, side),
      x: x + (right - left) / 2,
      y,
      width: Math.max(min.width, left + right),
      height: Math.max(min.height, 2 * radius + 2 * MARGIN, label.height + 2 * MARGIN),
    };
  }
  const top = radius + MARGIN;
  const bottom = Math.max(radius + label.height + MARGIN, min.height - top);
  return {
    id,
    anchor: { x, y },
    radius,
    label: labelBox(radius, label, side),
    x,
    y: y + (bottom - top) / 2,
    width: Math.max(min.width, label.width + 8),
    height: top + bottom,
  };
}

/**
 * Which side of its ring each name stands on when names stand beside rings: away from the middle of the areas (the
 * median x), so the names of the western areas point west and the eastern ones east, and the two halves do not push
 * into each other.
 */
export function besideSides(xs: readonly number[]): ('left' | 'right')[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid =
    sorted.length === 0
      ? 0
      : ((sorted[(sorted.length - 1) >> 1] ?? 0) + (sorted[sorted.length >> 1] ?? 0)) / 2;
  return xs.map((x) => (x < mid ? 'left' : 'right'));
}

/** The SVG attributes leaderEnds' four numbers go to, in order. */
export const LEADER_ATTRS = ['x1', 'y1', 'x2', 'y2'] as const;

/**
 * Where the name of a ring of `radius` stands, from the ring's centre: under it, or beside it `LABEL_GAP` px off
 * (style.css's `.area-marker__label`).
 */
export function labelBox(
  radius: number,
  label: { width: number; height: number },
  side: 'below' | 'left' | 'right' = 'below',
): LabelBox {
  const inner = radius + LABEL_GAP;
  if (side === 'right')
    return { left: inner, top: -label.height / 2, right: inner + label.width, bottom: label.height / 2 };
  if (side === 'left')
    return { left: -inner - label.width, top: -label.height / 2, right: -inner, bottom: label.height / 2 };
  return { left: -label.width / 2, top: radius, right: label.width / 2, bottom: radius + label.height };
}

/** Room (px) between a leader and the name it starts under. */
const LEADER_GAP = 2;

/**
 * The leader line of a ring of radius `r` moved by (`dx`, `dy`): from the ring's edge to the true position, in the
 * ring's own box (x1, y1, x2, y2). AreaMarkers, the map picture and its build, and the PNG draw it alike.
 * With the ring's `label` (its name's box from the ring's centre), a leader whose way runs through the name starts
 * just past it: a ring pushed up over its point struck its leader through the name hanging under it (helper-33).
 * A leader to a point under the name itself ends where the name begins (the map's dot marks the point there).
 */
export function leaderEnds(
  dx: number,
  dy: number,
  r: number,
  label?: LabelBox,
): [number, number, number, number] {
  const length = Math.hypot(dx, dy) || 1;
  let [from, to] = [r / length, 1];
  // The span (0 the ring's centre, 1 the point) of the way from the centre to the point inside the name's box.
  const inName = label && spanInside([0, 0, -dx, -dy], [label.left, label.top, label.right, label.bottom]);
  if (inName) {
    const gap = LEADER_GAP / length;
    // Past the name when the point lies beyond it; else (the point under the name) up to the name, or no line
    // where the name starts at the ring.
    if (inName[1] < 1 - gap) from = Math.max(from, inName[1] + gap);
    else to = Math.max(from, inName[0] - gap);
  }
  return [r - dx * from, r - dy * from, r - dx * to, r - dy * to];
}

/** The span [t0, t1] (0–1) of a segment inside a box, or null if it misses it (Liang–Barsky). */
function spanInside([x1, y1, x2, y2]: Segment, [left, top, right, bottom]: Rect): [number, number] | null {
  if (right <= left || bottom <= top) return null;
  const [dx, dy] = [x2 - x1, y2 - y1];
  let [t0, t1] = [0, 1];
  const sides = [-dx, x1 - left, dx, right - x1, -dy, y1 - top, dy, bottom - y1];
  for (let k = 0; k < 8; k += 2) {
    const [p, q] = [sides[k] ?? 0, sides[k + 1] ?? 0];
    if (p === 0) {
      if (q < 0) return null;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
    if (t0 > t1) return null;
  }
  return t1 > t0 ? [t0, t1] : null;
}
