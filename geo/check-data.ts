/**
 * `npm run check-data [dir]`: validates the data files under geo/ (or a folder laid out the same way)
 * with the same code the browser runs, and prints every problem as "file: path: sentence".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError, formatProblem } from '../src/data/errors';
import { DATA_FILES, type DataFileKey } from '../src/data/types';
import { parseJson, validateDataset } from '../src/data/validate';
import { schemaRef, staleSchemas } from './schemas';
import { staleTiles } from './tiles';

/** Data files whose `$schema` is missing or names another schema than theirs. */
export function schemaRefProblems(raw: Partial<Record<DataFileKey, unknown>>): string[] {
  return (Object.keys(DATA_FILES) as DataFileKey[])
    .filter((key) => raw[key] && typeof raw[key] === 'object')
    .filter((key) => (raw[key] as { $schema?: unknown }).$schema !== schemaRef(key))
    .map(
      (key) =>
        `${DATA_FILES[key]}: $schema: skal være "${schemaRef(key)}" (så editoren kan kontrollere filen)`,
    );
}

/** Reads and validates the data files below `root`; returns the problems (empty when all is well). */
export function checkDataDir(root: string): string[] {
  const raw = {} as Record<DataFileKey, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    let text: string;
    try {
      text = readFileSync(join(root, DATA_FILES[key]), 'utf8');
    } catch (e) {
      problems.push(`${DATA_FILES[key]}: (hele filen): kunne ikke læses: ${(e as Error).message}`);
      continue;
    }
    const parsed = parseJson(key, text);
    if (parsed.problem) problems.push(formatProblem(parsed.problem));
    else raw[key] = parsed.value;
  }
  if (problems.length > 0) return problems;
  try {
    validateDataset(raw);
    return schemaRefProblems(raw);
  } catch (e) {
    if (e instanceof DataError) return e.problems.map(formatProblem);
    throw e;
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const root = process.argv[2] ?? import.meta.dirname;
  const problems = checkDataDir(root);
  // The committed JSON Schemas must be what the valibot schemas give today (only for the repository's own geo/).
  if (root === import.meta.dirname)
    for (const file of staleSchemas())
      problems.push(`schema/${file}: er forældet eller mangler; kør npm run schemas og commit resultatet`);
  // The committed basemap tiles must be what the basemap GeoJSON gives today (geo/tiles.ts, npm run geo).
  if (root === import.meta.dirname) problems.push(...staleTiles());
  for (const p of problems) console.error(p);
  console.log(
    problems.length === 0
      ? `check-data: ${root}: alle datafiler er gyldige`
      : `check-data: ${problems.length} problem(er)`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}
