/**
 * Honest placement of the area rings on the projector stage (pure: screen positions and sizes in, markers out).
 *
 * Rings are never pushed away from their places. Two devices keep the picture readable instead:
 * 1. areas whose rings would touch are drawn as one **group marker**: a ring that encloses every member's true
 *    position (so each member lies inside it) and whose label names them all; it splits as the camera zooms in;
 * 2. **labels move, rings stay**: each label takes the first free spot around its marker (below, right, left,
 *    above, then the corners).
 */

/** One line of a marker's label: an area's name, or the step's gap note. */
export interface LabelLine {
  text: string;
  note: boolean;
}

/**
 * The label lines of a marker standing for `ids` (names looked up in `names`). A gap note must never be read as
 * applying to an area it does not concern: a single area or a group of gap areas only gets the note under its
 * names; a group that mixes covered and gap areas lists the covered names first, then the note as a heading
 * ("ikke omfattet af N/S/T:") over the gap areas' names.
 */
export function labelLines(
  ids: readonly string[],
  names: ReadonlyMap<string, string>,
  gaps: readonly string[] | null,
  note: string,
): LabelLine[] {
  const name = (id: string): LabelLine => ({ text: names.get(id) ?? id, note: false });
  const inGap = ids.filter((id) => gaps?.includes(id));
  const covered = ids.filter((id) => !gaps?.includes(id));
  if (inGap.length === 0) return covered.map(name);
  if (covered.length === 0) return [...inGap.map(name), { text: note, note: true }];
  return [...covered.map(name), { text: `${note}:`, note: true }, ...inGap.map(name)];
}

/** An axis-aligned box in screen pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One area's true position on screen (px). */
export interface StagePoint {
  id: string;
  x: number;
  y: number;
}

/** A ring standing for one area, or a group marker standing for several, before its label is placed. */
export interface StageRing {
  /** The areas it stands for, in the input order. */
  ids: string[];
  /** Centre and outer radius (px). */
  x: number;
  y: number;
  r: number;
  /** Inner radius (px): the hole through which the true-position dots show. */
  inner: number;
}

/** A ring with its placed label. */
export interface StageMarker extends StageRing {
  label: Rect;
  /** False when no free spot was found (the least bad one is used). */
  fits: boolean;
}

export interface PlacementOptions {
  /** Outer radius of a single area's ring (px). */
  radius: number;
  /** Width of a ring's band (px): a group marker has the same band around a larger hole. */
  band: number;
  /** Clearance kept between any two drawn things and between a group's dots and its band (px). */
  gap: number;
  /** Size of the label of a marker standing for `ids` (px). */
  labelSize: (ids: readonly string[]) => { width: number; height: number };
  /** Where labels must stay (the stage's free area); none = anywhere. */
  bounds?: Rect;
  /** Which markers' labels must stay inside `bounds` (default: all): the step's areas. */
  mustFit?: (ids: readonly string[]) => boolean;
  /** Boxes nothing may cover (legend, map controls). */
  obstacles?: readonly Rect[];
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/** The ring for a set of member points: single → the standard ring; several → enclosing ring of the same band. */
function ringFor(members: readonly StagePoint[], radius: number, band: number, gap: number): StageRing {
  const xs = members.map((m) => m.x);
  const ys = members.map((m) => m.y);
  const x = (Math.min(...xs) + Math.max(...xs)) / 2;
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  const ids = members.map((m) => m.id);
  if (members.length === 1) return { ids, x, y, r: radius, inner: radius - band };
  const spread = Math.max(...members.map((m) => dist(m, { x, y })));
  const inner = Math.max(radius - band, spread + gap);
  return { ids, x, y, r: inner + band, inner };
}

/**
 * Merges areas whose rings would come closer than `gap` into group markers, closest pair first, until no two
 * rings touch. Deterministic; order of `points` is kept inside each group and between groups.
 */
export function groupRings(
  points: readonly StagePoint[],
  radius: number,
  band: number,
  gap: number,
): StageRing[] {
  let clusters = points.map((p) => ({ members: [p], ring: ringFor([p], radius, band, gap) }));
  for (;;) {
    let best: { i: number; j: number; overlap: number } | null = null;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const a = clusters[i]?.ring;
        const b = clusters[j]?.ring;
        if (!a || !b) continue;
        const overlap = a.r + b.r + gap - dist(a, b);
        if (overlap > 0 && (!best || overlap > best.overlap)) best = { i, j, overlap };
      }
    }
    if (!best) break;
    const a = clusters[best.i];
    const b = clusters[best.j];
    if (!a || !b) break;
    const order = new Map(points.map((p, k) => [p.id, k]));
    const members = [...a.members, ...b.members].sort(
      (p, q) => (order.get(p.id) ?? 0) - (order.get(q.id) ?? 0),
    );
    const merged = { members, ring: ringFor(members, radius, band, gap) };
    clusters = clusters.filter((_, k) => k !== best.i && k !== best.j);
    clusters.splice(best.i, 0, merged);
  }
  return clusters.map((c) => c.ring);
}

/** What leaving the bounds costs a label that need not fit: less than any overlap (px²). */
const OUTSIDE_COST = 0.5;

/** True when the two boxes, grown by `gap`, overlap. */
export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/** True when the circle, grown by `gap`, meets the box. */
export function circleMeetsRect(c: { x: number; y: number; r: number }, rect: Rect, gap = 0): boolean {
  const nx = Math.max(rect.x, Math.min(c.x, rect.x + rect.width));
  const ny = Math.max(rect.y, Math.min(c.y, rect.y + rect.height));
  return Math.hypot(c.x - nx, c.y - ny) < c.r + gap;
}

/** True when `inner` lies wholly inside `outer`. */
export const rectInside = (inner: Rect, outer: Rect): boolean =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

/** The circle's bounding box. */
export const ringBox = (c: { x: number; y: number; r: number }): Rect => ({
  x: c.x - c.r,
  y: c.y - c.r,
  width: 2 * c.r,
  height: 2 * c.r,
});

/** Candidate label boxes around a ring, best first: below, right, left, above, then the four corners. */
function candidates(ring: StageRing, w: number, h: number, gap: number): Rect[] {
  const { x, y, r } = ring;
  // One pixel more than the clearance, so rounding never makes a label touch its own ring.
  const d = r + gap + 1;
  const c = d * Math.SQRT1_2;
  return [
    { x: x - w / 2, y: y + d, width: w, height: h },
    { x: x + d, y: y - h / 2, width: w, height: h },
    { x: x - d - w, y: y - h / 2, width: w, height: h },
    { x: x - w / 2, y: y - d - h, width: w, height: h },
    { x: x + c, y: y + c, width: w, height: h },
    { x: x - c - w, y: y + c, width: w, height: h },
    { x: x + c, y: y - c - h, width: w, height: h },
    { x: x - c - w, y: y - c - h, width: w, height: h },
  ];
}

/** How badly a box collides (px² of overlap, plus a large term for leaving the bounds). */
function badness(
  box: Rect,
  rings: readonly StageRing[],
  taken: readonly Rect[],
  o: PlacementOptions,
  bounded: boolean,
): number {
  const area = (a: Rect, b: Rect) =>
    Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + o.gap) *
    Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + o.gap);
  let bad = 0;
  for (const ring of rings) if (circleMeetsRect(ring, box, o.gap)) bad += area(box, ringBox(ring));
  for (const t of [...taken, ...(o.obstacles ?? [])]) if (rectsOverlap(box, t, o.gap)) bad += area(box, t);
  if (bounded && o.bounds && !rectInside(box, o.bounds)) bad += 1e6;
  return bad;
}

/**
 * Groups the points into rings and places every ring's label in the first free spot. Rings earlier in
 * `points` (put the step's areas first) choose their label spots first.
 */
export function placeStage(points: readonly StagePoint[], o: PlacementOptions): StageMarker[] {
  const rings = groupRings(points, o.radius, o.band, o.gap);
  const taken: Rect[] = [];
  return rings.map((ring) => {
    const { width, height } = o.labelSize(ring.ids);
    const bounded = o.mustFit?.(ring.ids) ?? true;
    let best = {
      box: candidates(ring, width, height, o.gap)[0] as Rect,
      bad: Number.POSITIVE_INFINITY,
      score: Number.POSITIVE_INFINITY,
    };
    for (const box of candidates(ring, width, height, o.gap)) {
      const bad = badness(box, rings, taken, o, bounded);
      // A label that need not fit (an area the step is not about) still prefers a free spot inside the bounds,
      // so it is not cut by the stage's edge when such a spot exists; any collision weighs more than that.
      const score = bad + (!bounded && o.bounds && !rectInside(box, o.bounds) ? OUTSIDE_COST : 0);
      if (score < best.score) best = { box, bad, score };
      if (score === 0) break;
    }
    taken.push(best.box);
    return { ...ring, label: best.box, fits: best.bad === 0 };
  });
}
