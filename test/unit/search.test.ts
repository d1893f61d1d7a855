import { describe, expect, it } from 'vitest';
import { foldName, searchByName } from '../../src/derive/search';
import { realData } from '../fixtures/dataset';

const { data } = realData();
const items = data.areas.map((a) => ({ id: a.properties.id, navn: a.properties.navn }));

describe('area search', () => {
  it.each(['hoergaarden', 'Horgarden', 'hørgården', 'HØRG', 'gården'])('finds Hørgården from "%s"', (q) => {
    expect(searchByName(items, q)[0]).toBe(q === 'gården' ? 'blaagaarden' : 'hoergaarden');
  });

  it('finds both "-gården" areas for "garden"', () => {
    expect(searchByName(items, 'garden').sort()).toEqual(['blaagaarden', 'hoergaarden']);
  });

  it('finds Sjælør Boulevard written the ASCII way, and the Tingbjerg/Utterslevhuse parts', () => {
    expect(searchByName(items, 'sjaelor')).toEqual(['sjaeloer_boulevard']);
    expect(searchByName(items, 'utterslev')).toEqual(['tingbjerg_utterslevhuse']);
    expect(searchByName(items, 'mjolner')).toEqual(['mjoelnerparken']);
  });

  it('returns all areas for an empty query and none for a miss', () => {
    expect(searchByName(items, '  ')).toHaveLength(10);
    expect(searchByName(items, 'christiania')).toEqual([]);
  });

  it('folds names to plain lower-case ASCII', () => {
    expect(foldName('Gadelandet/Husumgård')).toBe('gadelandet husumgard');
  });
});
