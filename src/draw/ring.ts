import { arc } from 'd3-shape';
import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { BASE, PALETTE } from '../style/palette';
import { svgEl } from './svg';

/** Share of the outer radius left open in the middle, where the map's true-position dot shows through. */
const HOLE = 0.42;
/** Gap between segments, in radians. */
const PAD = 0.06;
/** Letter size as a share of the outer radius (12 px at 24, 24 px at 46). */
const LETTER_SCALE = 0.522;
const SLICE = (2 * Math.PI) / INDSATS_TYPES.length;
/** Fill and stroke per segment state, as attributes so the SVG draws the same inside or outside the page (export). */
const SEGMENT = {
  on: { stroke: BASE.emptySlot, 'stroke-width': 1 },
  off: {
    fill: BASE.emptySlot,
    'fill-opacity': 0.9,
    stroke: BASE.emptySlotStroke,
    'stroke-width': 1,
    'stroke-dasharray': '2 2',
  },
  hidden: { fill: BASE.hiddenSlot, stroke: BASE.hiddenSlotStroke, 'stroke-width': 1 },
  /** Group marker: the type reaches some of its areas, not all (white with a thick border in the type's colour). */
  partial: { fill: BASE.white, 'stroke-width': 4 },
  /** A planner's proposal (not decided): white, outlined in the type's colour, letter in ink. */
  proposed: { fill: BASE.white, 'stroke-width': 2.5 },
} as const;

export interface RingOptions {
  /** Outer radius in CSS pixels. */
  radius: number;
  /** Types currently shown; a hidden type's segment is drawn neutral. */
  visible: ReadonlySet<IndsatsType>;
  /** Types reaching only some of the areas a group marker stands for (drawn as outlined segments). */
  partial?: readonly IndsatsType[];
  /** Inner radius in CSS pixels (default HOLE × radius): a group marker's larger hole. */
  inner?: number;
  /** Letter size in CSS pixels (default LETTER_SCALE × radius). */
  letterSize?: number;
  /** Types only proposed for this area (scenario): drawn outlined, never filled like decided ones. */
  proposed?: readonly IndsatsType[];
}

/**
 * A segmented ring: one fixed segment per type (clockwise from the top, as PALETTE.slot says), filled with the
 * type's colour and letter when `covered` includes it, empty and dashed when not. Decorative (aria-hidden):
 * its meaning is always given in text next to it.
 */
export function ring(covered: readonly IndsatsType[], opts: RingOptions): SVGSVGElement {
  const r = opts.radius;
  const root = svgEl('svg', {
    width: 2 * r,
    height: 2 * r,
    viewBox: `${-r} ${-r} ${2 * r} ${2 * r}`,
    class: 'ring',
    'aria-hidden': 'true',
  });
  const path = arc<{ start: number }>()
    .innerRadius(opts.inner ?? r * HOLE)
    .outerRadius(r - 1)
    .startAngle((d) => d.start)
    .endAngle((d) => d.start + SLICE)
    .padAngle(PAD);
  for (const type of INDSATS_TYPES) {
    const s = PALETTE[type];
    const d = { start: s.slot * SLICE - SLICE / 2 };
    const on = covered.includes(type);
    const shown = opts.visible.has(type);
    const part = shown && !on && (opts.partial?.includes(type) ?? false);
    const proposed = !on && shown && (opts.proposed?.includes(type) ?? false);
    const state = part ? 'partial' : on && shown ? 'on' : on ? 'hidden' : proposed ? 'proposed' : 'off';
    const seg = svgEl('path', {
      d: path(d) ?? '',
      class: `ring__seg ring__seg--${state}`,
      'data-type': type,
      ...SEGMENT[state],
    });
    if (state === 'on') seg.setAttribute('fill', s.color);
    if (state === 'partial' || state === 'proposed') seg.setAttribute('stroke', s.color);
    root.append(seg);
    if (state !== 'off' && state !== 'hidden') {
      const [x, y] = path.centroid(d);
      const letter = svgEl('text', {
        x: x.toFixed(1),
        y: y.toFixed(1),
        class: `ring__letter ring__letter--${state}`,
        fill: state === 'on' ? s.textColor : BASE.ink,
        'font-size': opts.letterSize ?? Math.round(r * LETTER_SCALE),
        'font-weight': 700,
        'font-family': 'system-ui, sans-serif',
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
      });
      letter.textContent = s.letter;
      root.append(letter);
    }
  }
  return root;
}
