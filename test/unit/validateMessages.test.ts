/* biome-ignore-all lint/suspicious/noExplicitAny: the tests poke into untyped JSON on purpose */

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { goodRaw } from '../fixtures/dataFiles';
import { validationLines } from '../fixtures/dataset';

/** The "file: path: sentence" lines of one broken variant of the real data. */
function linesOf(mutate: (raw: any) => void): string[] {
  const raw = goodRaw() as any;
  mutate(raw);
  return validationLines(raw);
}

describe("valibot's own checks speak Danish through its message registry", () => {
  it('a bound without a message of its own says what it needs and what it got', () => {
    expect(
      linesOf((r) => {
        r.bilag.bilag[0].nr = 0;
      }),
    ).toEqual(['case/bilag.json: bilag.0.nr: skal være mindst 1 (fik 0)']);
  });

  it('a wrong literal, a wrong object and a missing object each get a Danish sentence', () => {
    expect(
      linesOf((r) => {
        r.areas.type = 'FeatureCollectio';
        r.initiatives.indsatser[0].beloeb = 'mange';
        delete r.initiatives.indsatser[1].omfang;
      }),
    ).toEqual([
      'case/areas.geojson: type: skal være "FeatureCollection" (fik "FeatureCollectio")',
      'case/initiatives.json: indsatser.0.beloeb: skal være et objekt (fik "mange")',
      'case/initiatives.json: indsatser.1.omfang: påkrævet felt mangler',
    ]);
  });

  it('a schema message of our own still wins', () => {
    expect(
      linesOf((r) => {
        r.initiatives.indsatser[3].beloeb.total_kr = -1;
      }),
    ).toEqual(['case/initiatives.json: indsatser.3.beloeb.total_kr: beløb skal være ≥ 0 (fik -1)']);
  });

  it('leaves valibot in English for a parse that does not ask for Danish', () => {
    validateDataset(goodRaw());
    const result = v.safeParse(v.number(), 'x');
    expect(result.issues?.[0]?.message).toMatch(/^Invalid type/);
  });
});
