import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../geo/check-data';
import { DataError, formatProblem } from '../../src/data/errors';
import { DATA_FILES, type DataFileKey } from '../../src/data/types';
import { parseJson, validateDataset } from '../../src/data/validate';
import { applyBroken, BROKEN_CASES, fileOf } from '../fixtures/broken';
import { GEO_DIR, goodRaw, goodTexts } from '../fixtures/dataFiles';

/** Parses and validates file texts the way the browser loader does; returns the problems as lines. */
function problemsOf(texts: Record<DataFileKey, string>): string[] {
  const raw = {} as Record<DataFileKey, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const parsed = parseJson(key, texts[key]);
    if (parsed.problem) problems.push(formatProblem(parsed.problem));
    raw[key] = parsed.value;
  }
  if (problems.length > 0) return problems;
  try {
    validateDataset(raw);
    return [];
  } catch (e) {
    if (e instanceof DataError) return e.problems.map(formatProblem);
    throw e;
  }
}

describe('the real data (the good fixture)', () => {
  it('validates with no problem', () => {
    expect(problemsOf(goodTexts())).toEqual([]);
  });

  it('passes check-data, the same validation run from disk', () => {
    expect(checkDataDir(GEO_DIR)).toEqual([]);
  });

  it('holds ten areas, each with its own bilag 6–15', () => {
    const d = validateDataset(goodRaw());
    expect(d.areas).toHaveLength(10);
    expect(d.areas.map((a) => a.properties.bilag).sort((a, b) => a - b)).toEqual([
      6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ]);
  });
});

describe('broken data sets', () => {
  it('has at least 15 of them', () => {
    expect(BROKEN_CASES.length).toBeGreaterThanOrEqual(15);
  });

  for (const c of BROKEN_CASES) {
    it(`rejects ${c.name}, naming the file, the path and the problem`, () => {
      const problems = problemsOf(applyBroken(goodTexts(), c));
      const hit = problems.find(
        (p) => p.startsWith(`${fileOf(c)}: `) && p.includes(c.expect.path) && c.expect.message.test(p),
      );
      expect(hit, `problems were:\n${problems.join('\n')}`).toBeDefined();
    });
  }

  it('collects every problem in one error rather than stopping at the first', () => {
    const texts = goodTexts();
    const initiatives = JSON.parse(texts.initiatives);
    initiatives[0].beloeb.total_kr = -1;
    initiatives[1].type = 'ukendt';
    const problems = problemsOf({ ...texts, initiatives: JSON.stringify(initiatives) });
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});
