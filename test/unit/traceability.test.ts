import { describe, expect, it } from 'vitest';
import { formatKr } from '../../src/i18n/format';
import { STRINGS } from '../../src/i18n/strings';
import { caseText } from '../fixtures/dataFiles';
import { realData } from '../fixtures/dataset';

/** The case with line breaks and repeated spaces folded, so sentences can be found whole. */
const folded = (s: string) => s.replace(/-\n/g, '-').replace(/\s+/g, ' ').trim();
const seed = folded(caseText());
/** The seed with the list marker "1." that the document puts inside the indstilling's sentence taken out. */
const seedUnnumbered = seed.replace(
  'Miljøforvaltningen 1. til at forhandle',
  'Miljøforvaltningen til at forhandle',
);

/**
 * Keys of case.json whose text is the app's own words, not a quote: ids, dates, labels, the provenance line and
 * the hand-written data notes. Every other text field of case.json must stand word for word in the case.
 */
const APP_TEXT = new Set([
  '$schema',
  'id',
  'dato',
  'fra',
  'til',
  'praecision',
  'kilde_fil',
  'tal.navn',
  'tidslinje.navn',
  'tidslinje.navn_en',
  'datanoter.tekst',
  'datanoter.tekst_en',
]);

/** Every string leaf of a JSON value with its key path (array indices dropped), e.g. "beslutninger.tekst". */
function textFields(value: unknown, path: string[] = []): { key: string; text: string }[] {
  if (typeof value === 'string') return [{ key: path.join('.'), text: value }];
  if (Array.isArray(value)) return value.flatMap((v) => textFields(v, path));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => textFields(v, [...path, k]));
  return [];
}
const { data } = realData();

/** The ways the case writes an amount: "7,8 mio. kr.", "280.000 kr.", "5.312.000 kr.", "0,66 mio.kr.". */
function caseForms(kr: number): string[] {
  const whole = `${new Intl.NumberFormat('da-DK').format(kr)} kr.`;
  const mio = `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 3 }).format(kr / 1e6)} mio. kr.`;
  return [whole, formatKr(kr, 'da'), mio, mio.replace('mio. kr.', 'mio.kr.')];
}

describe('every figure is traceable to the case', () => {
  it.each(data.initiatives.map((i) => [i.id, i] as const))(
    '%s: its quoted sentence stands in the case',
    (_id, ini) => {
      for (const part of ini.kilde.split(' … ')) expect(seed).toContain(folded(part));
    },
  );

  it.each(data.initiatives.filter((i) => i.beloeb).map((i) => [i.id, i] as const))(
    '%s: its amounts stand in its quoted sentence',
    (_id, ini) => {
      const amounts = [ini.beloeb?.total_kr, ini.beloeb?.pr_aar_kr].filter(
        (n): n is number => n !== undefined,
      );
      for (const kr of amounts)
        expect(
          caseForms(kr).some((f) => ini.kilde.includes(f)),
          `${kr} in "${ini.kilde}"`,
        ).toBe(true);
    },
  );

  it.each(data.caseInfo.tal.map((t) => [t.id, t] as const))(
    'case figure %s: quoted in the case, amount in the quote',
    (_id, t) => {
      for (const part of t.kilde.split(' … ')) expect(seed).toContain(folded(part));
      expect(caseForms(t.kr).some((f) => t.kilde.includes(f)) || t.kilde.includes('24 mio. kr.')).toBe(true);
    },
  );

  it('cites bilag that the initiative’s sentence names', () => {
    for (const ini of data.initiatives.filter((i) => i.type !== 'tv_overvaagning')) {
      for (const nr of ini.bilag) expect(ini.kilde).toMatch(new RegExp(`bilag ${nr}\\b`));
    }
  });

  it('copies the bilag list 1–15 with the titles the case gives', () => {
    expect(data.bilag.map((b) => b.nr)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    for (const b of data.bilag) expect(seed).toContain(`${b.nr} - ${b.titel}`);
  });

  it('names each area as the case writes it', () => {
    for (const a of data.areas) expect(seed).toContain(a.properties.navn);
  });

  it.each(data.story.map((s) => [s.id, s] as const))(
    'story step %s quotes the case word for word',
    (_id, step) => {
      for (const quote of step.citater) expect(seed).toContain(folded(quote));
    },
  );

  it.each(
    textFields(data.caseInfo)
      .filter((f) => !APP_TEXT.has(f.key) && !APP_TEXT.has(f.key.split('.').pop() ?? ''))
      .map((f) => [f.key, f.text] as const),
  )('case.json %s stands word for word in the case: %s', (_key, text) => {
    for (const part of text.split(' … ')) expect(seedUnnumbered).toContain(folded(part));
  });

  it('checks the indstilling and who recommends it to the Borgerrepræsentationen', () => {
    expect(seedUnnumbered).toContain(folded(data.caseInfo.indstilling));
    expect(data.caseInfo.indstiller).toContain('over for Borgerrepræsentationen anbefaler');
  });

  it.each(data.initiatives.map((i) => [i.id, i] as const))(
    '%s: content and financing quotes stand in the case; the applicant is the one its sentence names',
    (_id, ini) => {
      for (const q of ini.indhold ?? []) expect(seed).toContain(folded(q));
      if (ini.finansiering?.kilde) expect(seed).toContain(folded(ini.finansiering.kilde));
      if (ini.ansvarlig) expect(ini.kilde).toContain(ini.ansvarlig);
    },
  );

  it('gives NV and SV no responsible administration: the case names none for them', () => {
    for (const id of ['nv_arbejdsmarked', 'sv_profilinstitutioner'])
      expect(data.initiatives.find((i) => i.id === id)?.ansvarlig).toBeUndefined();
  });

  it('quotes decisions and protokolbemærkninger word for word', () => {
    for (const p of data.caseInfo.protokolbemaerkninger) expect(seed).toContain(folded(p.tekst));
    for (const s of data.caseInfo.strategitemaer) expect(seed).toContain(s);
    expect(seed).toContain(folded(data.caseInfo.maal_2020));
  });
});

/** Every figure in a text: "7,8", "5.312.000", "2011", "50" (English separators swapped back to the case's). */
const figures = (text: string, lang: 'da' | 'en') =>
  [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) =>
    lang === 'en' ? m[0].replace(/[.,]/g, (c) => (c === '.' ? ',' : '.')) : m[0],
  );

describe('the speaker notes are traceable to the case', () => {
  it.each(data.story.map((s) => [s.id, s] as const))(
    'step %s: every figure of its notes (da and en) stands in the case',
    (_id, step) => {
      for (const lang of ['da', 'en'] as const) {
        expect(step.noter[lang].length, lang).toBeGreaterThan(40);
        for (const f of figures(step.noter[lang], lang)) expect(seed, `${lang}: ${f}`).toContain(f);
      }
    },
  );

  it('calls the decision step what it is: the committees’ recommendation', () => {
    const titles = data.story.map((s) => `${s.titel.da} | ${s.titel.en}`);
    expect(titles.some((t) => t.startsWith('Indstillingen') && t.includes('The recommendation'))).toBe(true);
    expect(titles.join(' ')).not.toMatch(/Beslutningen|The decision/);
  });

  it('does not tie Akacieparken to the SV step', () => {
    const sv = data.story.find((s) => s.typer.length === 1 && s.typer[0] === 'sv_profilinstitutioner');
    expect(sv?.fokus).toEqual(['sjaeloer_boulevard']);
  });

  it('translates "under forankring" as being made permanent everywhere, never as "anchored"', () => {
    const english = [
      ...data.story.flatMap((s) => [s.titel.en, s.noter.en]),
      ...Object.values(STRINGS.en).filter((t): t is string => typeof t === 'string'),
    ].join(' ');
    expect(english).not.toMatch(/anchor/i);
    expect(english).toMatch(/being made permanent/);
  });
});
