import { describe, expect, it } from 'vitest';
import { areaShapes } from '../../src/derive/mapFeatures';
import { GRUNDLAG_LABELS } from '../../src/i18n/strings';
import { realData } from '../fixtures/dataset';

const { data } = realData();

describe('what each area’s position rests on', () => {
  it('names a basis for every area, agreeing with its precision text', () => {
    for (const a of data.areas) {
      const g = a.properties.praecision.grundlag;
      expect(g, a.properties.id).toBeDefined();
      if (g === 'haandplaceret') expect(a.properties.praecision.tekst).toMatch(/håndplaceret/);
      if (g === 'karre') expect(a.properties.praecision.tekst).toMatch(/karré/);
      if (g === 'gade') expect(a.properties.praecision.tekst).toMatch(/Gadeniveau|midtpunkt af/i);
    }
  });

  it('marks exactly the two hand-placed areas, Akacieparken and Sjælør Boulevard, for the map', () => {
    const hand = areaShapes(data)
      .features.filter((f) => f.properties?.grundlag === 'haandplaceret')
      .map((f) => f.properties?.id);
    expect(hand.sort()).toEqual(['akacieparken', 'sjaeloer_boulevard']);
  });

  it('says it in one short phrase in both languages', () => {
    expect(GRUNDLAG_LABELS.da.karre).toBe('midtpunkt af karré');
    expect(GRUNDLAG_LABELS.en.gade).toBe('street midpoint');
    for (const lang of ['da', 'en'] as const)
      for (const phrase of Object.values(GRUNDLAG_LABELS[lang]))
        expect(phrase.split(' ').length).toBeLessThanOrEqual(6);
  });
});
