/** Small statistics for the benchmark: every figure is printed with its spread, so noise stays visible. */

/** The median of a list (mean of the middle two for an even count); NaN for an empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Minimum, median and maximum of a list. */
export function spread(xs: readonly number[]): { min: number; median: number; max: number } {
  return { min: Math.min(...xs), median: median(xs), max: Math.max(...xs) };
}

/**
 * "3126 ms (2900–3400)": median with min–max, in whole milliseconds, over the runs that have the figure; when some
 * lack it, says how many had it ("… [5 of 7 runs]"); "–" when none has it.
 */
export function ms(xs: readonly number[]): string {
  const ok = xs.filter(Number.isFinite);
  if (ok.length === 0) return '–';
  const s = spread(ok);
  const some = ok.length < xs.length ? ` [${ok.length} of ${xs.length} runs]` : '';
  return `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})${some}`;
}

/**
 * The ratio of two paired series: the ratio of their medians, and min/median/max of the per-run ratios (run i of
 * `a` against run i of `b`, loaded one right after the other), e.g. "0.98 (per run 0.91/0.99/1.07)".
 */
export function ratio(a: readonly number[], b: readonly number[]): string {
  const pairs = a.map((x, i) => x / (b[i] ?? Number.NaN)).filter(Number.isFinite);
  if (pairs.length === 0) return '–';
  const s = spread(pairs);
  return `${(median(a) / median(b)).toFixed(2)} (per run min/median/max ${s.min.toFixed(2)}/${s.median.toFixed(2)}/${s.max.toFixed(2)})`;
}
