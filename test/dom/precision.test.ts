import { describe, expect, it } from 'vitest';
import { areaContent } from '../../src/ui/areaContent';
import { realData } from '../fixtures/dataset';

const { data, matrix, geography } = realData();
const text = (id: string, lang: 'da' | 'en') =>
  areaContent(id, data, matrix, geography, lang)
    .map((el) => el.textContent)
    .join(' ');

describe('the area dialog’s position basis', () => {
  it('says in one phrase what the position rests on, in the UI language', () => {
    expect(text('sjaeloer_boulevard', 'da')).toContain('Omtrentlig, ±300 m (håndplaceret)');
    expect(text('lundtoftegade', 'da')).toContain('(midtpunkt af karré)');
    expect(text('aldersrogade', 'en')).toContain('(street midpoint)');
  });
});
