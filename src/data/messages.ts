import * as v from 'valibot';

/** valibot's language code under which the data files' Danish problem sentences are registered. */
const LANG = 'da';

/** "fik …" for a value: strings quoted, long values cut, nothing as "intet". */
export function describeValue(value: unknown): string {
  const s = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return s === undefined ? 'intet' : s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** A missing field, for every check whose input is absent. */
const MISSING = 'påkrævet felt mangler';
/** The sentence of a check that has no message of its own: what it expected. */
const fallback = (issue: v.BaseIssue<unknown>) =>
  issue.input === undefined ? MISSING : `forkert type eller værdi: forventede ${issue.expected ?? '?'}`;

let registered = false;

/**
 * The parse configuration for data files: valibot reports in Danish. A schema's own message wins; valibot's
 * built-in checks without one get the sentences registered here (once) with `setSpecificMessage` and
 * `setGlobalMessage` under "da", so other users of valibot keep its defaults.
 */
export function danishConfig(): v.Config<v.BaseIssue<unknown>> {
  if (!registered) {
    registered = true;
    v.setGlobalMessage(fallback, LANG);
    v.setSpecificMessage(v.object, (i) => (i.input === undefined ? MISSING : 'skal være et objekt'), LANG);
    // A key the schema does not know (a typo such as "beleob"): its path ends in the key.
    v.setSpecificMessage(
      v.strictObject,
      (i) =>
        i.input === undefined ? MISSING : i.expected === 'never' ? 'ukendt felt' : 'skal være et objekt',
      LANG,
    );
    v.setSpecificMessage(v.array, (i) => (i.input === undefined ? MISSING : 'skal være en liste'), LANG);
    v.setSpecificMessage(v.string, (i) => (i.input === undefined ? MISSING : 'skal være tekst'), LANG);
    v.setSpecificMessage(v.number, (i) => (i.input === undefined ? MISSING : 'skal være et tal'), LANG);
    v.setSpecificMessage(
      v.boolean,
      (i) => (i.input === undefined ? MISSING : 'skal være sand eller falsk'),
      LANG,
    );
    v.setSpecificMessage(
      v.literal,
      (i) => (i.input === undefined ? MISSING : `skal være ${i.expected}`),
      LANG,
    );
    v.setSpecificMessage(v.minValue, (i) => `skal være mindst ${i.requirement}`, LANG);
    v.setSpecificMessage(v.maxValue, (i) => `må højst være ${i.requirement}`, LANG);
    v.setSpecificMessage(v.minLength, (i) => `skal have mindst ${i.requirement} element(er)`, LANG);
  }
  return { lang: LANG, abortPipeEarly: true };
}
