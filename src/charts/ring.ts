import { arc } from 'd3-shape';
import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { PALETTE } from '../style/palette';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Share of the outer radius left open in the middle, where the map's true-position dot shows through. */
const HOLE = 0.42;
/** Gap between segments, in radians. */
const PAD = 0.06;
const SLICE = (2 * Math.PI) / INDSATS_TYPES.length;

export interface RingOptions {
  /** Outer radius in CSS pixels. */
  radius: number;
  /** Types currently shown; a hidden type's segment is drawn neutral. */
  visible: ReadonlySet<IndsatsType>;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/**
 * A segmented ring: one fixed segment per type (clockwise from the top, as PALETTE.slot says), filled with the
 * type's colour and letter when `covered` includes it, empty and dashed when not. Decorative (aria-hidden):
 * its meaning is always given in text next to it.
 */
export function ring(covered: readonly IndsatsType[], opts: RingOptions): SVGSVGElement {
  const r = opts.radius;
  const root = svg('svg', {
    width: 2 * r,
    height: 2 * r,
    viewBox: `${-r} ${-r} ${2 * r} ${2 * r}`,
    class: 'ring',
    'aria-hidden': 'true',
  });
  const path = arc<{ start: number }>()
    .innerRadius(r * HOLE)
    .outerRadius(r - 1)
    .startAngle((d) => d.start)
    .endAngle((d) => d.start + SLICE)
    .padAngle(PAD);
  for (const type of INDSATS_TYPES) {
    const s = PALETTE[type];
    const d = { start: s.slot * SLICE - SLICE / 2 };
    const on = covered.includes(type);
    const shown = opts.visible.has(type);
    const state = on && shown ? 'on' : on ? 'hidden' : 'off';
    const seg = svg('path', { d: path(d) ?? '', class: `ring__seg ring__seg--${state}`, 'data-type': type });
    if (state === 'on') seg.setAttribute('fill', s.color);
    root.append(seg);
    if (state === 'on') {
      const [x, y] = path.centroid(d);
      const letter = svg('text', {
        x: x.toFixed(1),
        y: y.toFixed(1),
        class: 'ring__letter',
        fill: s.textColor,
      });
      letter.textContent = s.letter;
      root.append(letter);
    }
  }
  return root;
}
