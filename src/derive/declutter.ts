/** A thing to place on screen: its id and its true position in pixels. */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
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
): Record<string, [number, number]> {
  const pos = points.map((p) => ({ id: p.id, x: p.x, y: p.y }));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const a = pos[i];
        const b = pos[j];
        if (!a || !b) continue;
        const ox = width - Math.abs(a.x - b.x);
        const oy = height - Math.abs(a.y - b.y);
        if (ox <= 0.5 || oy <= 0.5) continue;
        moved = true;
        if (ox * height < oy * width) {
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
    if (!moved) break;
  }
  return Object.fromEntries(
    pos.map((p, i) => [p.id, [Math.round(p.x - (points[i]?.x ?? 0)), Math.round(p.y - (points[i]?.y ?? 0))]]),
  );
}
