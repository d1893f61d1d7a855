import { describe, expect, it } from 'vitest';
import { frameProblems, frameStage, lngLatAt, worldPx } from '../../src/derive/stageFraming';
import {
  circleMeetsRect,
  groupRings,
  labelLines,
  placeStage,
  rectsOverlap,
  type StageMarker,
} from '../../src/derive/stagePlacement';

const SIZES = { radius: 46, band: 27, gap: 6 };
/** Labels 100 × 30 px per area named, like one 24 px line each. */
const labelSize = (ids: readonly string[]) => ({ width: 100, height: 30 * ids.length });

/** No two of the markers' rings and labels overlap (the rule the stage keeps). */
function overlaps(markers: readonly StageMarker[]): string[] {
  const found: string[] = [];
  markers.forEach((a, i) => {
    for (const b of markers.slice(i + 1)) {
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) found.push(`rings ${a.ids}/${b.ids}`);
      if (rectsOverlap(a.label, b.label)) found.push(`labels ${a.ids}/${b.ids}`);
    }
    for (const b of markers) if (circleMeetsRect(b, a.label)) found.push(`label ${a.ids} on ring ${b.ids}`);
  });
  return found;
}

describe('groupRings', () => {
  it('keeps rings that do not touch where their areas are', () => {
    const rings = groupRings(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 200, y: 0 },
      ],
      SIZES.radius,
      SIZES.band,
      SIZES.gap,
    );
    expect(rings.map((r) => [r.ids, r.x, r.y, r.r])).toEqual([
      [['a'], 0, 0, 46],
      [['b'], 200, 0, 46],
    ]);
  });

  it('draws two areas 30 px apart as one group marker that encloses both true positions', () => {
    const [group, ...rest] = groupRings(
      [
        { id: 'mjoelnerparken', x: 100, y: 100 },
        { id: 'aldersrogade', x: 130, y: 100 },
      ],
      SIZES.radius,
      SIZES.band,
      SIZES.gap,
    );
    expect(rest).toEqual([]);
    expect(group?.ids).toEqual(['mjoelnerparken', 'aldersrogade']);
    expect(group?.x).toBe(115);
    // Hole: 15 px spread + 6 px clearance → max(19, 21) = 21; band 27 → outer 48.
    expect(group?.inner).toBe(21);
    expect(group?.r).toBe(48);
    for (const p of [100, 130]) expect(Math.abs(p - (group?.x ?? 0))).toBeLessThanOrEqual(group?.r ?? 0);
  });

  it('merges a chain of close areas until no two rings touch, and splits again when they are far apart', () => {
    const near = [0, 60, 120].map((x, i) => ({ id: `p${i}`, x, y: 0 }));
    expect(groupRings(near, 46, 27, 6)).toHaveLength(1);
    const far = near.map((p) => ({ ...p, x: p.x * 3 }));
    expect(groupRings(far, 46, 27, 6)).toHaveLength(3);
  });
});

describe('placeStage', () => {
  it('puts a label below its ring when there is room, and never moves the ring', () => {
    const [m] = placeStage([{ id: 'a', x: 200, y: 200 }], { ...SIZES, labelSize });
    expect([m?.x, m?.y]).toEqual([200, 200]);
    expect(m?.label).toEqual({ x: 150, y: 253, width: 100, height: 30 });
    expect(m?.fits).toBe(true);
  });

  it('moves a label to another side when the one below is taken, leaving no overlaps', () => {
    const markers = placeStage(
      [
        { id: 'a', x: 200, y: 200 },
        { id: 'b', x: 200, y: 310 },
      ],
      { ...SIZES, labelSize },
    );
    expect(markers.map((m) => [m.x, m.y])).toEqual([
      [200, 200],
      [200, 310],
    ]);
    expect(markers[0]?.label.x).toBeGreaterThan(246);
    expect(overlaps(markers)).toEqual([]);
  });

  it('keeps the labels of the step’s areas inside the bounds', () => {
    const bounds = { x: 0, y: 0, width: 400, height: 300 };
    const [m] = placeStage([{ id: 'a', x: 200, y: 240 }], { ...SIZES, labelSize, bounds });
    expect((m?.label.y ?? 0) + (m?.label.height ?? 0)).toBeLessThanOrEqual(300);
    expect(m?.fits).toBe(true);
  });

  it('moves the label of an area the step is not about away from the edge when a free spot is inside', () => {
    // Ring at the left edge: the label below would be cut by the stage's edge; the one to the right is free.
    const bounds = { x: 0, y: 0, width: 400, height: 300 };
    const [m] = placeStage([{ id: 'a', x: 40, y: 100 }], {
      ...SIZES,
      labelSize,
      bounds,
      mustFit: () => false,
    });
    expect(m?.label).toEqual({ x: 93, y: 85, width: 100, height: 30 });
    expect(m?.fits).toBe(true);
    // With no free spot inside, it keeps the first collision-free one (outside), still counted as fitting.
    const [edge] = placeStage([{ id: 'a', x: 40, y: 100 }], {
      ...SIZES,
      labelSize: () => ({ width: 500, height: 30 }),
      bounds,
      mustFit: () => false,
    });
    expect(edge?.label).toEqual({ x: -210, y: 153, width: 500, height: 30 });
    expect(edge?.fits).toBe(true);
  });
});

describe('frameStage', () => {
  const areas = [
    { id: 'tingbjerg', lngLat: [12.48583, 55.72] as [number, number] },
    { id: 'hoergaarden', lngLat: [12.595665, 55.6583] as [number, number] },
    { id: 'mjoelnerparken', lngLat: [12.5426, 55.703978] as [number, number] },
    { id: 'aldersrogade', lngLat: [12.548853, 55.705806] as [number, number] },
  ];
  const input = {
    width: 1024,
    height: 538,
    safe: { x: 8, y: 60, width: 1008, height: 420 },
    areas,
    focus: [],
    placement: { ...SIZES, labelSize },
    minZoom: 9,
    maxZoom: 13.5,
  };

  it('round-trips world pixels and lon/lat', () => {
    const p = worldPx([12.5426, 55.703978], 12.3);
    const [lon, lat] = lngLatAt(p.x, p.y, 12.3);
    expect(lon).toBeCloseTo(12.5426, 9);
    expect(lat).toBeCloseTo(55.703978, 9);
  });

  it('is a pure function of the stage: the same input gives the same camera', () => {
    expect(frameStage(input)).toEqual(frameStage(input));
  });

  it('fits every area, ring and label inside the free box with nothing overlapping, at a zoom step of 0.05', () => {
    const frame = frameStage(input);
    expect(frame.fits).toBe(true);
    expect(frameProblems(frame.markers, input)).toBe(0);
    expect(overlaps(frame.markers)).toEqual([]);
    expect(Math.round(frame.zoom * 20) / 20).toBeCloseTo(frame.zoom, 9);
    // 0.05 closer would no longer fit.
    expect(frame.zoom).toBeLessThan(13.5);
  });

  it('zooms in on a step with fewer areas, and frames a smaller stage at a lower zoom', () => {
    const all = frameStage(input).zoom;
    const two = frameStage({ ...input, focus: ['tingbjerg', 'mjoelnerparken'] }).zoom;
    expect(two).toBeGreaterThan(all);
    const small = frameStage({ ...input, height: 400, safe: { ...input.safe, height: 282 } }).zoom;
    expect(small).toBeLessThan(all);
  });
});

describe('labelLines', () => {
  const names = new Map([
    ['a', 'Aldersrogade'],
    ['b', 'Blågården'],
    ['h', 'Hørgården'],
  ]);
  const note = 'ikke omfattet af N/S/T';
  const text = (ids: string[], gaps: string[] | null) =>
    labelLines(ids, names, gaps, note).map((l) => (l.note ? `[${l.text}]` : l.text));

  it('names each area and adds no note outside gap mode', () => {
    expect(text(['a', 'b'], null)).toEqual(['Aldersrogade', 'Blågården']);
  });

  it('puts the note under a single gap area, and under a group that is all gap areas', () => {
    expect(text(['h'], ['h'])).toEqual(['Hørgården', `[${note}]`]);
    expect(text(['b', 'h'], ['b', 'h'])).toEqual(['Blågården', 'Hørgården', `[${note}]`]);
  });

  it('in a mixed group, heads the gap areas with the note so it cannot be read as the covered ones', () => {
    expect(text(['b', 'a'], ['b'])).toEqual(['Aldersrogade', `[${note}:]`, 'Blågården']);
  });
});
