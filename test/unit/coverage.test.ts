import { describe, expect, it } from 'vitest';
import { INDSATS_TYPES } from '../../src/data/types';
import {
  areasPerType,
  areasPerTypeSplit,
  typesPerArea,
  typesPerAreaSplit,
  uncoveredAreas,
} from '../../src/derive/coverage';
import { formatSplitCount } from '../../src/i18n/format';
import { realData } from '../fixtures/dataset';

const { data, matrix } = realData();

describe('coverage of the ten areas', () => {
  it('reaches as many areas per type as the case says (NV 6, SV 1, TV 3, jobcentre 4, flyttehjælp 10)', () => {
    expect(areasPerType(matrix)).toEqual({
      nv_arbejdsmarked: 6,
      sv_profilinstitutioner: 1,
      tv_overvaagning: 3,
      hotspot: 4,
      jobcentre: 4,
      flyttehjaelp: 10,
    });
  });

  it('counts Hotspot coverage as derived, apart from what the case states', () => {
    const split = areasPerTypeSplit(matrix);
    expect(split.hotspot).toEqual({ stated: 0, derived: 4 });
    expect(split.nv_arbejdsmarked).toEqual({ stated: 6, derived: 0 });
    for (const t of INDSATS_TYPES) expect(split[t].stated + split[t].derived).toBe(areasPerType(matrix)[t]);
    expect(formatSplitCount(split.hotspot, 'da', 10)).toBe('0 af 10 + 4 afledt');
    expect(formatSplitCount({ stated: 3, derived: 1 }, 'en', 10)).toBe('3 of 10 + 1 derived');
    expect(formatSplitCount(split.flyttehjaelp, 'da', 10)).toBe('10 af 10');
    const perArea = typesPerAreaSplit(matrix);
    for (const [id, n] of Object.entries(typesPerArea(matrix)))
      expect((perArea[id]?.stated ?? 0) + (perArea[id]?.derived ?? 0)).toBe(n);
    expect(perArea.blaagaarden?.derived).toBe(1);
    expect(perArea.tingbjerg_utterslevhuse?.derived).toBe(0);
  });

  it('names the six NV areas of the case', () => {
    const nv = Object.keys(matrix).filter((id) => (matrix[id]?.nv_arbejdsmarked.length ?? 0) > 0);
    expect(nv.sort()).toEqual(
      [
        'aldersrogade',
        'bispeparken',
        'gadelandet_husumgaard',
        'lundtoftegade',
        'mjoelnerparken',
        'tingbjerg_utterslevhuse',
      ].sort(),
    );
  });

  it('finds the six areas without a jobcenter', () => {
    expect(uncoveredAreas(matrix, ['jobcentre']).sort()).toEqual(
      [
        'akacieparken',
        'bispeparken',
        'blaagaarden',
        'gadelandet_husumgaard',
        'lundtoftegade',
        'sjaeloer_boulevard',
      ].sort(),
    );
  });

  it('treats several gap types as "reached by none of them"', () => {
    expect(uncoveredAreas(matrix, ['nv_arbejdsmarked', 'sv_profilinstitutioner']).sort()).toEqual(
      ['akacieparken', 'blaagaarden', 'hoergaarden'].sort(),
    );
    expect(uncoveredAreas(matrix, [])).toHaveLength(10);
  });

  it('leaves the three areas the case calls "de tre øvrige" outside NV, SV and TV, yet covered by Hotspot or jobcentre', () => {
    const strategic = ['nv_arbejdsmarked', 'sv_profilinstitutioner', 'tv_overvaagning'] as const;
    const others = uncoveredAreas(matrix, strategic);
    expect(others.sort()).toEqual(['akacieparken', 'blaagaarden', 'hoergaarden']);
    for (const id of others) {
      expect((matrix[id]?.hotspot.length ?? 0) + (matrix[id]?.jobcentre.length ?? 0)).toBeGreaterThan(0);
    }
  });

  it('marks the NV amount as shared by six areas and the TV amounts as each site’s own', () => {
    const nv = matrix.mjoelnerparken?.nv_arbejdsmarked[0];
    expect(nv?.sharedBy).toBe(6);
    const tv = matrix.mjoelnerparken?.tv_overvaagning[0];
    expect(tv?.sharedBy).toBe(1);
    expect(tv?.via).toBe('sted');
    expect(matrix.hoergaarden?.flyttehjaelp[0]?.sharedBy).toBe(10);
  });

  it('counts the types reaching each area: five at Aldersrogade and Mjølnerparken, four at Tingbjerg, two elsewhere', () => {
    expect(typesPerArea(matrix)).toEqual({
      akacieparken: 2,
      aldersrogade: 5,
      bispeparken: 2,
      blaagaarden: 2,
      gadelandet_husumgaard: 2,
      hoergaarden: 2,
      lundtoftegade: 2,
      mjoelnerparken: 5,
      sjaeloer_boulevard: 2,
      tingbjerg_utterslevhuse: 4,
    });
    // 28 covered cells: NV 6 + SV 1 + TV 3 + Hotspot 4 + jobcentre 4 + flyttehjælp 10, as the case counts them.
    expect(Object.values(typesPerArea(matrix)).reduce((a, b) => a + b, 0)).toBe(28);
    expect(Object.keys(matrix)).toHaveLength(data.areas.length);
    for (const row of Object.values(matrix))
      expect(Object.keys(row).sort()).toEqual([...INDSATS_TYPES].sort());
  });
});
