import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatDistance,
  formatKr,
  formatKrShort,
  formatMetres,
  formatPeriod,
} from '../../src/i18n/format';

describe('Danish number formats', () => {
  it.each([
    [7_800_000, '7,8 mio. kr.'],
    [23_476_000, '23,476 mio. kr.'],
    [3_925_000, '3,925 mio. kr.'],
    [1_950_000, '1,95 mio. kr.'],
    [5_312_000, '5,312 mio. kr.'],
    [280_000, '280.000 kr.'],
    [63_000, '63.000 kr.'],
    [660_000, '660.000 kr.'],
    [0, '0 kr.'],
  ])('%d kr. reads "%s"', (kr, text) => {
    expect(formatKr(kr, 'da')).toBe(text);
  });

  it('formats English amounts the English way', () => {
    expect(formatKr(7_800_000, 'en')).toBe('DKK 7.8 million');
    expect(formatKr(280_000, 'en')).toBe('DKK 280,000');
  });

  it('labels axis amounts with their currency in English (a bare "16m" reads as metres)', () => {
    expect(formatKrShort(16_000_000, 'da')).toBe('16 mio.');
    expect(formatKrShort(16_000_000, 'en')).toBe('DKK 16m');
    expect(formatKrShort(100_000, 'en')).toBe('DKK 0.1m');
  });

  it('formats dates, distances, periods and counts', () => {
    expect(formatDate('2011-04-05', 'da')).toBe('5. april 2011');
    expect(formatDate('2011-04-04', 'en')).toBe('4 April 2011');
    expect(formatMetres(274, 'da')).toBe('270 m');
    expect(formatMetres(1250, 'da')).toBe('1,3 km');
    expect(formatPeriod({ fra: 2011, til: 2014 })).toBe('2011–2014');
    expect(formatCount(6, 10, 'da')).toBe('6 af 10');
  });

  it('writes derived distances by one rule: km to one decimal, "under 50 m" below that', () => {
    expect(formatDistance(2000, 'da')).toBe('2,0 km');
    expect(formatDistance(2240, 'da')).toBe('2,2 km');
    expect(formatDistance(274, 'da')).toBe('0,3 km');
    expect(formatDistance(50, 'da')).toBe('0,1 km');
    expect(formatDistance(0, 'da')).toBe('under 50 m');
    expect(formatDistance(49, 'en')).toBe('less than 50 m');
    expect(formatDistance(2240, 'en')).toBe('2.2 km');
  });
});
