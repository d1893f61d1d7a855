import type { Rect } from './stagePlacement';

/** What a fact card on the stage must keep clear of, and where it may go (all in the map's CSS px). */
export interface CardPlacementInput {
  /** Where the card must lie whole: the visible map less a margin. */
  bounds: Rect;
  /** The card's size. */
  size: { width: number; height: number };
  /** Never covered when any spot avoids them: the clicked ring or group marker and its label. */
  avoid: readonly Rect[];
  /** Covered as little as possible, by weight: the step's focus markers, the legend, the map controls. */
  prefer: readonly { rect: Rect; weight: number }[];
  /** The clicked marker's centre: among equally good spots the card goes farthest from it. */
  from: { x: number; y: number };
  /** Grid step of the spots tried (px). */
  step?: number;
}

/** The overlap area of two rectangles (0 when apart). */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The positions tried along one axis: every `step` px from `lo` to `hi`, both ends included. */
function spots(lo: number, hi: number, step: number): number[] {
  if (hi <= lo) return [lo];
  const out: number[] = [];
  for (let v = lo; v < hi; v += step) out.push(v);
  out.push(hi);
  return out;
}

/**
 * Where a fact card goes on the stage: the spot inside `bounds` that covers none of `avoid` if any spot can, and
 * of those the one covering least of `prefer` (weighted area), then the one farthest from the clicked marker; a
 * card larger than `bounds` goes to its top-left corner. When no spot for the whole card keeps clear of the
 * clicked marker and its label, the card is made shorter (it scrolls inside; never below `minHeight`) until one
 * does: a card that hides the ring it is about is worse than a card that scrolls. Returns the top-left corner,
 * the card's height, and whether that spot keeps clear of the marker (`clear`; false: no height down to
 * `minHeight` did, and the best spot for the whole card is given).
 */
export function placeFactCardFitting(input: CardPlacementInput & { minHeight: number }): {
  x: number;
  y: number;
  height: number;
  clear: boolean;
} {
  const step = input.step ?? 8;
  const whole = search(input);
  if (whole.hard === 0) return { ...whole.at, height: input.size.height, clear: true };
  for (let height = input.size.height - step; height >= input.minHeight; height -= step) {
    const found = search({ ...input, size: { width: input.size.width, height } });
    if (found.hard === 0) return { ...found.at, height, clear: true };
  }
  return { ...whole.at, height: input.size.height, clear: false };
}

/** The grid search for one card size: the best spot and how much of `avoid` it covers. */
function search(input: CardPlacementInput): { at: { x: number; y: number }; hard: number } {
  const { bounds, size, avoid, prefer, from } = input;
  const step = input.step ?? 8;
  let best = { x: bounds.x, y: bounds.y };
  let bestScore = Number.POSITIVE_INFINITY;
  let bestDistance = -1;
  let bestHard = Number.POSITIVE_INFINITY;
  for (const y of spots(bounds.y, bounds.y + bounds.height - size.height, step))
    for (const x of spots(bounds.x, bounds.x + bounds.width - size.width, step)) {
      const card = { x, y, ...size };
      const hard = avoid.reduce((sum, r) => sum + overlapArea(card, r), 0);
      const soft = prefer.reduce((sum, p) => sum + p.weight * overlapArea(card, p.rect), 0);
      // Any overlap with the clicked marker outweighs every soft cost (the whole map's area at most).
      const score = hard * 1e6 + soft;
      const distance = Math.hypot(x + size.width / 2 - from.x, y + size.height / 2 - from.y);
      if (score < bestScore - 1e-6 || (Math.abs(score - bestScore) <= 1e-6 && distance > bestDistance)) {
        best = { x, y };
        bestScore = score;
        bestDistance = distance;
        bestHard = hard;
      }
    }
  return { at: best, hard: bestHard };
}
