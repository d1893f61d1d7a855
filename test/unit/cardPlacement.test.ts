import { describe, expect, it } from 'vitest';
import { type CardPlacementInput, overlapArea, placeFactCardFitting } from '../../src/derive/cardPlacement';

/** Where the whole card goes (no shortening): the spot placeFactCardFitting gives at its full height. */
const placeFactCard = (input: CardPlacementInput) => {
  const { x, y } = placeFactCardFitting({ ...input, minHeight: input.size.height });
  return { x, y };
};

const stage = { x: 8, y: 8, width: 1008, height: 522 };
const size = { width: 300, height: 200 };

describe('placeFactCardFitting', () => {
  it('measures the overlap of two rectangles', () => {
    expect(overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: 5, width: 10, height: 10 })).toBe(
      25,
    );
    expect(overlapArea({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 })).toBe(0);
  });

  it('goes to the opposite side of the stage from the clicked marker when nothing else is in the way', () => {
    const ring = { x: 40, y: 300, width: 92, height: 92 };
    const at = placeFactCard({ bounds: stage, size, avoid: [ring], prefer: [], from: { x: 86, y: 346 } });
    // Farthest corner from a ring on the lower left: the top right.
    expect(at).toEqual({ x: 8 + 1008 - 300, y: 8 });
  });

  it('never covers the clicked marker or its label when a spot exists, and stays inside the bounds', () => {
    const ring = { x: 400, y: 150, width: 200, height: 200 };
    const label = { x: 610, y: 160, width: 260, height: 190 };
    const at = placeFactCard({
      bounds: stage,
      size,
      avoid: [ring, label],
      prefer: [],
      from: { x: 500, y: 250 },
    });
    const card = { ...at, ...size };
    expect(overlapArea(card, ring)).toBe(0);
    expect(overlapArea(card, label)).toBe(0);
    expect(at.x).toBeGreaterThanOrEqual(stage.x);
    expect(at.y).toBeGreaterThanOrEqual(stage.y);
    expect(at.x + size.width).toBeLessThanOrEqual(stage.x + stage.width);
    expect(at.y + size.height).toBeLessThanOrEqual(stage.y + stage.height);
  });

  it('prefers covering the legend to covering a step area', () => {
    const ring = { x: 40, y: 300, width: 92, height: 92 };
    const legend = { rect: { x: 8, y: 8, width: 1008, height: 110 }, weight: 0.05 };
    // A focus area fills the whole band under the legend on the right.
    const focus = { rect: { x: 600, y: 120, width: 416, height: 410 }, weight: 1 };
    const at = placeFactCard({
      bounds: stage,
      size,
      avoid: [ring],
      prefer: [legend, focus],
      from: { x: 86, y: 346 },
    });
    expect(overlapArea({ ...at, ...size }, focus.rect)).toBe(0);
  });

  it('puts a card larger than the stage at its top-left corner', () => {
    const at = placeFactCard({
      bounds: { x: 8, y: 8, width: 200, height: 100 },
      size,
      avoid: [],
      prefer: [],
      from: { x: 0, y: 0 },
    });
    expect(at).toEqual({ x: 8, y: 8 });
  });

  it('makes the card shorter (to scroll inside) rather than cover the clicked marker when it fits nowhere whole', () => {
    // 1024×768 step 6: a five-area group marker in the middle of a 1008×634 map, its label to the right; the
    // card (432×408) fits neither beside it nor above or below it.
    const bounds = { x: 8, y: 8, width: 1008, height: 634 };
    const ring = { x: 377, y: 148, width: 232, height: 232 };
    const label = { x: 617, y: 186, width: 180, height: 156 };
    const input = {
      bounds,
      size: { width: 432, height: 408 },
      avoid: [ring, label],
      prefer: [],
      from: { x: 493, y: 264 },
      minHeight: 160,
    };
    expect(overlapArea({ ...placeFactCard(input), width: 432, height: 408 }, ring)).toBeGreaterThan(0);
    const fit = placeFactCardFitting(input);
    const card = { x: fit.x, y: fit.y, width: 432, height: fit.height };
    expect(fit.clear).toBe(true);
    expect(fit.height).toBeLessThan(408);
    expect(fit.height).toBeGreaterThanOrEqual(160);
    expect(overlapArea(card, ring) + overlapArea(card, label)).toBe(0);
    expect(card.y + card.height).toBeLessThanOrEqual(bounds.y + bounds.height);
    // The tallest such card: 8 px more would cover the marker wherever it went.
    const taller = placeFactCardFitting({
      ...input,
      size: { width: 432, height: fit.height + 8 },
      minHeight: fit.height + 8,
    });
    expect(
      overlapArea({ x: taller.x, y: taller.y, width: 432, height: fit.height + 8 }, ring) +
        overlapArea({ x: taller.x, y: taller.y, width: 432, height: fit.height + 8 }, label),
    ).toBeGreaterThan(0);
  });

  it('keeps the whole card when a spot exists', () => {
    const ring = { x: 40, y: 300, width: 92, height: 92 };
    const fit = placeFactCardFitting({
      bounds: stage,
      size,
      avoid: [ring],
      prefer: [],
      from: { x: 86, y: 346 },
      minHeight: 100,
    });
    expect(fit).toEqual({ x: 8 + 1008 - 300, y: 8, height: 200, clear: true });
  });
});
