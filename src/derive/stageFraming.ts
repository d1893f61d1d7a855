import {
  type PlacementOptions,
  placeStage,
  type Rect,
  rectInside,
  rectsOverlap,
  type StageMarker,
  type StagePoint,
} from './stagePlacement';

/**
 * The camera of a story step on the projector stage, as a pure function of the stage's size, the step's areas
 * and the room their rings and labels take: the highest zoom (in steps of 0.05) at which every area of the step
 * — ring, label, gap note — lies inside the stage's free box with nothing overlapping. Reached forward,
 * backward, by URL or after a resize, the same inputs give the same camera.
 */

/** Web-Mercator tile size MapLibre uses (px at zoom 0). */
const TILE = 512;
/** Zoom is searched in steps of this size. */
export const ZOOM_STEP = 0.05;

/** A point's position in world pixels at `zoom`. */
export function worldPx([lon, lat]: readonly [number, number], zoom: number): { x: number; y: number } {
  const size = TILE * 2 ** zoom;
  const phi = (lat * Math.PI) / 180;
  return {
    x: ((lon + 180) / 360) * size,
    y: ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * size,
  };
}

/** The lon/lat at world pixel (x, y) at `zoom`. */
export function lngLatAt(x: number, y: number, zoom: number): [number, number] {
  const size = TILE * 2 ** zoom;
  const lat = (2 * Math.atan(Math.exp(Math.PI * (1 - (2 * y) / size))) - Math.PI / 2) * (180 / Math.PI);
  return [(x / size) * 360 - 180, lat];
}

export interface StageArea {
  id: string;
  lngLat: [number, number];
}

export interface FrameInput {
  /** The map container's size (px). */
  width: number;
  height: number;
  /** The box (container px) the step's rings and labels must stay inside: the map less legend and controls. */
  safe: Rect;
  /** Every area drawn (all ten). */
  areas: readonly StageArea[];
  /** The step's areas; empty = all. */
  focus: readonly string[];
  /** Ring sizes and label sizes, as the stage draws them. */
  placement: Pick<PlacementOptions, 'radius' | 'band' | 'gap' | 'labelSize'>;
  minZoom: number;
  maxZoom: number;
}

export interface Frame {
  center: [number, number];
  zoom: number;
  markers: StageMarker[];
  /** False when even `minZoom` could not fit everything (the best effort is returned). */
  fits: boolean;
}

/** Screen positions of the areas, step areas first, for a camera centred on world pixel `c`. */
function screenPoints(input: FrameInput, zoom: number, c: { x: number; y: number }): StagePoint[] {
  const focus = new Set(input.focus.length > 0 ? input.focus : input.areas.map((a) => a.id));
  const ordered = [
    ...input.areas.filter((a) => focus.has(a.id)),
    ...input.areas.filter((a) => !focus.has(a.id)),
  ];
  return ordered.map((a) => {
    const w = worldPx(a.lngLat, zoom);
    return { id: a.id, x: w.x - c.x + input.width / 2, y: w.y - c.y + input.height / 2 };
  });
}

/** The box around the step's markers and their labels. */
function focusBox(markers: readonly StageMarker[], isFocus: (ids: readonly string[]) => boolean): Rect {
  const boxes = markers
    .filter((m) => isFocus(m.ids))
    .flatMap((m) => [{ x: m.x - m.r, y: m.y - m.r, width: 2 * m.r, height: 2 * m.r }, m.label]);
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
  };
}

/** The placement options of the stage for a step (labels of the step's areas must stay in the free box). */
export function stagePlacementOptions(
  input: Pick<FrameInput, 'safe' | 'focus' | 'placement'>,
): PlacementOptions {
  const focus = new Set(input.focus);
  return {
    ...input.placement,
    bounds: input.safe,
    mustFit: (ids) => focus.size === 0 || ids.some((id) => focus.has(id)),
  };
}

/**
 * How many markers break the rules (0 = everything the audience must see fits): a step marker outside the free
 * box or overlapping, or another marker on the stage whose label overlaps.
 */
export function frameProblems(markers: readonly StageMarker[], input: FrameInput): number {
  const o = stagePlacementOptions(input);
  const stage = { x: 0, y: 0, width: input.width, height: input.height };
  return markers.filter((m) => {
    const ring = { x: m.x - m.r, y: m.y - m.r, width: 2 * m.r, height: 2 * m.r };
    if (o.mustFit?.(m.ids))
      return !(m.fits && rectInside(ring, input.safe) && rectInside(m.label, input.safe));
    const onStage = rectsOverlap(ring, stage) || rectsOverlap(m.label, stage);
    return !(!onStage || m.fits || !rectsOverlap(m.label, stage));
  }).length;
}

/** The camera for a step: see the module comment. */
export function frameStage(input: FrameInput): Frame {
  const o = stagePlacementOptions(input);
  const focusIds = input.focus.length > 0 ? input.focus : input.areas.map((a) => a.id);
  const safeCx = input.safe.x + input.safe.width / 2;
  const safeCy = input.safe.y + input.safe.height / 2;
  let best: { frame: Frame; problems: number } | null = null;
  const steps = Math.round((input.maxZoom - input.minZoom) / ZOOM_STEP);
  for (let k = 0; k <= steps; k++) {
    const zoom = Math.round((input.maxZoom - k * ZOOM_STEP) * 100) / 100;
    const pts = input.areas.filter((a) => focusIds.includes(a.id)).map((a) => worldPx(a.lngLat, zoom));
    // Start with the areas' middle on the free box's middle, then re-centre on the rings and labels (twice:
    // a label may change side once).
    let c = {
      x:
        (Math.min(...pts.map((p) => p.x)) + Math.max(...pts.map((p) => p.x))) / 2 -
        (safeCx - input.width / 2),
      y:
        (Math.min(...pts.map((p) => p.y)) + Math.max(...pts.map((p) => p.y))) / 2 -
        (safeCy - input.height / 2),
    };
    let markers = placeStage(screenPoints(input, zoom, c), o);
    for (let round = 0; round < 2; round++) {
      const box = focusBox(markers, (ids) => o.mustFit?.(ids) ?? true);
      c = { x: c.x + box.x + box.width / 2 - safeCx, y: c.y + box.y + box.height / 2 - safeCy };
      markers = placeStage(screenPoints(input, zoom, c), o);
    }
    const frame = { center: lngLatAt(c.x, c.y, zoom), zoom, markers, fits: false };
    const problems = frameProblems(markers, input);
    if (problems === 0) return { ...frame, fits: true };
    // Best effort when nothing fits: the highest zoom with the fewest problems.
    if (!best || problems < best.problems) best = { frame, problems };
  }
  if (!best) throw new Error('frameStage: minZoom above maxZoom');
  return best.frame;
}
