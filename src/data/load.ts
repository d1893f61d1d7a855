import { DataError, type DataProblem } from './errors';
import { DATA_FILES, type DataFileKey } from './types';
import { type Dataset, parseJson, validateDataset } from './validate';

/** Fetches every data file below `baseUrl`, validates them together and returns the dataset. */
export async function loadDataset(baseUrl: string, fetchFn: typeof fetch = fetch): Promise<Dataset> {
  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  const problems: DataProblem[] = [];
  const texts = await Promise.all(
    keys.map(async (key) => {
      try {
        const res = await fetchFn(`${baseUrl}${DATA_FILES[key]}`);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return await res.text();
      } catch (e) {
        problems.push({
          file: DATA_FILES[key],
          path: '',
          message: `kunne ikke hentes: ${(e as Error).message}`,
        });
        return undefined;
      }
    }),
  );
  const raw = {} as Record<DataFileKey, unknown>;
  keys.forEach((key, i) => {
    const text = texts[i];
    if (text === undefined) return;
    const parsed = parseJson(key, text);
    if (parsed.problem) problems.push(parsed.problem);
    raw[key] = parsed.value;
  });
  if (problems.length > 0) throw new DataError(problems);
  return validateDataset(raw);
}
