/** A thing to place on screen: its id and its true position in pixels. */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
  /** This point's own box width (px), when wider than the common one (e.g. a long label). */
  width?: number;
  /** This point's own box height (px), when taller than the common one (e.g. a name with a note under it). */
  height?: number;
}

/** Rounds of pushing apart; ten points settle in far fewer. */
const MAX_ROUNDS = 60;

/**
 * Pixel offsets that keep boxes of `width` × `height` centred on the points from overlapping, moving each as
 * little as it can: overlapping pairs are pushed apart along the axis where they overlap least. Deterministic.
 */
export function declutter(
  points: readonly ScreenPoint[],
  width: number,
  height: number,
  /**
   * The screen (px); when given, boxes are kept inside it and out of its `corner`: a box of that size in the
   * top-right corner (e.g. the map's zoom buttons) that on-screen boxes are pushed out of, down or left.
   */
  bounds?: { width: number; height: number; corner?: { width: number; height: number } },
): Record<string, [number, number]> {
  const pos = points.map((p) => ({ ...p }));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const a = pos[i];
        const b = pos[j];
        if (!a || !b) continue;
        const ox = ((a.width ?? width) + (b.width ?? width)) / 2 - Math.abs(a.x - b.x);
        const ha = a.height ?? height;
        const hb = b.height ?? height;
        const oy = (ha + hb) / 2 - Math.abs(a.y - b.y);
        if (ox <= 0.5 || oy <= 0.5) continue;
        moved = true;
        if ((ox * (ha + hb)) / 2 < (oy * ((a.width ?? width) + (b.width ?? width))) / 2) {
          const d = (ox / 2 + 0.5) * (a.x <= b.x ? 1 : -1);
          a.x -= d;
          b.x += d;
        } else {
          const d = (oy / 2 + 0.5) * (a.y <= b.y ? 1 : -1);
          a.y -= d;
          b.y += d;
        }
      }
    }
    if (bounds) {
      // Only points truly on screen are kept on screen; one off screen stays off it rather than pretend.
      for (const [i, p] of pos.entries()) {
        const o = points[i];
        if (!o || o.x < 0 || o.y < 0 || o.x > bounds.width || o.y > bounds.height) continue;
        const half = (p.width ?? width) / 2;
        const halfHeight = (p.height ?? height) / 2;
        if (bounds.corner && pushOutOfCorner(p, half, halfHeight, bounds.width, bounds.corner)) moved = true;
        p.x = Math.min(
          Math.max(p.x, Math.min(half, bounds.width / 2)),
          Math.max(bounds.width - half, bounds.width / 2),
        );
        p.y = Math.min(Math.max(p.y, halfHeight), Math.max(bounds.height - halfHeight, halfHeight));
      }
    }
    if (!moved) break;
  }
  return Object.fromEntries(
    pos.map((p, i) => [p.id, [Math.round(p.x - (points[i]?.x ?? 0)), Math.round(p.y - (points[i]?.y ?? 0))]]),
  );
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
 * The leader line of a ring of radius `r` moved by (`dx`, `dy`): from the ring's edge to the true position, in the
 * ring's own box (x1, y1, x2, y2). AreaMarkers, the map picture and its build draw it alike.
 */
export function leaderEnds(dx: number, dy: number, r: number): [number, number, number, number] {
  const length = Math.hypot(dx, dy) || 1;
  return [r - (dx / length) * r, r - (dy / length) * r, r - dx, r - dy];
}
