/** One problem in one data file: which file, where in it (a dotted path), and a plain Danish sentence. */
export interface DataProblem {
  file: string;
  path: string;
  message: string;
}

/** Thrown once per load, carrying every problem found. */
export class DataError extends Error {
  readonly problems: readonly DataProblem[];

  constructor(problems: readonly DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** "initiatives.json: indsatser.3.beloeb.total_kr: beløb skal være ≥ 0 (fik -50000)". */
export function formatProblem(p: DataProblem): string {
  return `${p.file}: ${p.path || '(hele filen)'}: ${p.message}`;
}
