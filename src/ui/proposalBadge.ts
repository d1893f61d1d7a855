import type { IndsatsType } from '../data/types';
import { PALETTE } from '../style/palette';
import { h } from './dom';
import './planner.css';

/**
 * The badge of a proposed (not decided) initiative: the type's letter in an outlined, hatched circle, so it
 * never looks like a decided or applied-for one. Decorative: the word "forslag" is always beside it.
 */
export function proposedSwatch(type: IndsatsType): HTMLSpanElement {
  const s = PALETTE[type];
  const el = h('span', { class: 'swatch swatch--proposed', 'aria-hidden': 'true' }, s.letter);
  el.style.borderColor = s.color;
  el.style.setProperty('--proposal-color', s.color);
  return el;
}
