import { describe, expect, it } from 'vitest';
import { coveredInsets, NO_INSETS } from '../../src/map/insets';

const map = { left: 300, top: 56, right: 1366, bottom: 768 };

describe('coveredInsets', () => {
  it('reads a dialog at the map’s left as a left inset up to its right edge', () => {
    expect(coveredInsets(map, { left: 310, top: 66, right: 714, bottom: 700 })).toEqual({
      ...NO_INSETS,
      left: 414,
    });
  });

  it('reads a dialog at the right as a right inset', () => {
    expect(coveredInsets(map, { left: 1000, top: 66, right: 1356, bottom: 700 })).toEqual({
      ...NO_INSETS,
      right: 366,
    });
  });

  it('reads a full-width bottom sheet as a bottom inset', () => {
    const phoneMap = { left: 0, top: 56, right: 390, bottom: 579 };
    expect(coveredInsets(phoneMap, { left: 0, top: 464, right: 390, bottom: 844 })).toEqual({
      ...NO_INSETS,
      bottom: 115,
    });
  });

  it('is zero without an overlay or when the overlay misses the map', () => {
    expect(coveredInsets(map, null)).toEqual(NO_INSETS);
    expect(coveredInsets(map, { left: 0, top: 800, right: 100, bottom: 900 })).toEqual(NO_INSETS);
  });
});
