import { describe, expect, it } from 'vitest';
import { INDSATS_TYPES } from '../../src/data/types';
import { ring } from '../../src/draw/ring';
import { PALETTE } from '../../src/style/palette';

const visible = new Set(INDSATS_TYPES);

describe('a proposal on the ring', () => {
  it('is an outlined segment in the type’s colour with its letter, never filled like a decided one', () => {
    const svg = ring(['flyttehjaelp'], { radius: 24, visible, proposed: ['jobcentre'] });
    const seg = svg.querySelector('.ring__seg--proposed');
    expect(seg?.getAttribute('data-type')).toBe('jobcentre');
    expect(seg?.getAttribute('fill')).toBe('#ffffff');
    expect(seg?.getAttribute('stroke')).toBe(PALETTE.jobcentre.color);
    expect([...svg.querySelectorAll('.ring__letter')].map((l) => l.textContent).sort()).toEqual(
      [PALETTE.flyttehjaelp.letter, PALETTE.jobcentre.letter].sort(),
    );
  });

  it('gives way to the decided segment when the type already reaches the area', () => {
    const svg = ring(['jobcentre'], { radius: 24, visible, proposed: ['jobcentre'] });
    expect(svg.querySelector('.ring__seg--proposed')).toBeNull();
    expect(svg.querySelector('.ring__seg--on')?.getAttribute('fill')).toBe(PALETTE.jobcentre.color);
  });
});
