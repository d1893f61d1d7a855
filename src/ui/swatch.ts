import type { IndsatsType } from '../data/types';
import { PALETTE } from '../style/palette';
import { h } from './dom';

/** The colour-and-letter badge of a type, decorative (its meaning is always in text beside it). */
export function swatch(type: IndsatsType, covered = true): HTMLSpanElement {
  const s = PALETTE[type];
  const el = h(
    'span',
    { class: covered ? 'swatch' : 'swatch swatch--empty', 'aria-hidden': 'true' },
    covered ? s.letter : '',
  );
  if (covered) {
    el.style.backgroundColor = s.color;
    el.style.color = s.textColor;
  }
  return el;
}
