import { describe, expect, it } from 'vitest';
import { budgetByType, budgetTotal, caseChecks, tvFigures, yearlyAmounts } from '../../src/derive/budgets';
import { checkSentence } from '../../src/i18n/dataNotes';
import { realData } from '../fixtures/dataset';

const { data, matrix } = realData();
const byId = (id: string) => {
  const ini = data.initiatives.find((i) => i.id === id);
  if (!ini) throw new Error(id);
  return ini;
};

describe('budgets', () => {
  it('sums the stated amounts per type, each counted once', () => {
    expect(budgetByType(data.initiatives)).toEqual({
      nv_arbejdsmarked: 7_800_000,
      sv_profilinstitutioner: 15_700_000,
      tv_overvaagning: 393_000,
      hotspot: 0,
      jobcentre: 2_950_000,
      flyttehjaelp: 5_312_000,
    });
  });

  it('totals 32.155.000 kr. over all initiatives, each counted once (7,8 + 15,7 + 0,393 + 2,95 + 5,312 mio.)', () => {
    expect(budgetTotal(data.initiatives)).toBe(32_155_000);
  });

  it('spreads NV and SV over 2011–2014 with the yearly amounts the case states', () => {
    expect(yearlyAmounts(byId('nv_arbejdsmarked'))).toEqual(
      [2011, 2012, 2013, 2014].map((year) => ({ year, kr: 1_950_000 })),
    );
    expect(yearlyAmounts(byId('sv_profilinstitutioner')).map((y) => y.kr)).toEqual([
      3_925_000, 3_925_000, 3_925_000, 3_925_000,
    ]);
    expect(yearlyAmounts(byId('flyttehjaelp'))).toEqual([]);
  });

  it('keeps both TV-overvågning totals: the sites’ 393.000 kr. and the case’s 0,66 mio. kr. split 50/50', () => {
    const tv = tvFigures(data);
    expect(tv.siteSum).toBe(393_000);
    expect(tv.statedTotal).toBe(660_000);
    expect(tv.stateShare).toBe(330_000);
    expect(tv.municipalShare).toBe(330_000);
  });

  it('funds Aldersrogade’s municipal TV share apart from the 0,33 mio. kr. in Kickstart 2011', () => {
    const funding = tvFigures(data).municipalFunding;
    expect(funding).toHaveLength(2);
    const kickstart = funding.find((f) => f.kr !== null);
    expect(kickstart?.sites.sort()).toEqual(['tv_hothers_plads', 'tv_tingbjerg']);
    expect(kickstart?.kr).toBe(330_000);
    const alders = funding.find((f) => f.kr === null);
    expect(alders?.sites).toEqual(['tv_aldersrogade']);
    expect(alders?.kilde).toContain('områdeløftet i Haraldsgadekvarteret');
  });
});

describe('checks of the case against itself', () => {
  const checks = Object.fromEntries(caseChecks(data, matrix).map((c) => [c.id, c]));

  it('flags 7,8 + 15,7 = 23,5 mio. kr. against the stated 23,476 mio. kr.', () => {
    expect(checks.pulje_sum).toMatchObject({ stated: 23_476_000, computed: 23_500_000, matches: false });
  });

  it('flags the TV total 0,66 mio. kr. against the sites’ 393.000 kr.', () => {
    expect(checks.tv_sum).toMatchObject({ stated: 660_000, computed: 393_000, matches: false });
  });

  it('confirms what does add up: the municipal TV share, yearly amounts, and "7 af de 10"', () => {
    expect(checks.tv_kommune?.matches).toBe(true);
    expect(checks.aarlig?.matches).toBe(true);
    expect(checks.syv_af_ti).toMatchObject({ stated: 7, computed: 7, matches: true });
  });

  it('lets the case’s "ca. 24 mio. kr." agree with the exact 23,476 mio. kr., but not a figure 5 % or more off', () => {
    expect(checks.forventet).toMatchObject({ stated: 24_000_000, computed: 23_476_000, matches: true });
    const tal = data.caseInfo.tal.map((t) => (t.id === 'forventede_midler' ? { ...t, kr: 25_000_000 } : t));
    const off = caseChecks({ ...data, caseInfo: { ...data.caseInfo, tal } }, matrix);
    expect(off.find((c) => c.id === 'forventet')?.matches).toBe(false);
  });

  it('states both figures of a mismatch in Danish number format', () => {
    const sentence = checkSentence(checks.pulje_sum as never, 'da');
    expect(sentence).toContain('23,476 mio. kr.');
    expect(sentence).toContain('23,5 mio. kr.');
    expect(sentence).toContain('24.000 kr.');
  });

  it('calls the 24.000 kr. difference the map’s reading, not the case’s, and quotes what the case says', () => {
    for (const lang of ['da', 'en'] as const) {
      const sentence = checkSentence(checks.pulje_sum as never, lang);
      expect(sentence).toMatch(lang === 'da' ? /kortets læsning, ikke sagens/ : /the map's, not the case's/);
      expect(sentence).not.toMatch(/de to projekter, den dækker|the two projects it covers/);
    }
    expect(checkSentence(checks.pulje_sum as never, 'da')).toContain(
      '"hvilket svarer til det ansøgte beløb jf. bilag 10-15"',
    );
  });
});
