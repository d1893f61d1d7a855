import { describe, expect, it } from 'vitest';
import { median, ms, ratio, spread } from '../bench/stats';

describe('bench statistics', () => {
  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('gives min, median and max', () => {
    expect(spread([5, 1, 9, 3])).toEqual({ min: 1, median: 4, max: 9 });
  });
  it('prints a median with its range, saying how many runs had the figure', () => {
    expect(ms([100, 300, 200])).toBe('200 ms (100–300)');
    expect(ms([100, Number.NaN])).toBe('100 ms (100–100) [1 of 2 runs]');
    expect(ms([Number.NaN])).toBe('–');
  });
  it('prints the ratio of medians beside the per-run ratios', () => {
    expect(ratio([100, 200, 300], [200, 200, 200])).toBe('1.00 (per run min/median/max 0.50/1.00/1.50)');
  });
});
