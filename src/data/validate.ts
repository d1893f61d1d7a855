import * as v from 'valibot';
import { DataError, type DataProblem } from './errors';
import { danishConfig, describeValue } from './messages';
import {
  type Area,
  type Bilag,
  type Bydel,
  type CaseInfo,
  DATA_FILE_SCHEMAS,
  type Initiative,
  type Site,
  type StoryStep,
  type Zone,
} from './schema';
import { DATA_FILES, type DataFileKey, MAX_FILE_BYTES, REQUIRED_FIGURES } from './types';

/** Everything the app shows, validated and cross-checked. */
export interface Dataset {
  caseInfo: CaseInfo;
  bilag: Bilag[];
  areas: Area[];
  initiatives: Initiative[];
  sites: Site[];
  zones: Zone[];
  bydele: Bydel[];
  story: StoryStep[];
}

/** One file through its schema: valibot's output (transforms applied, unknown keys dropped) or its problems. */
function parseFile(key: DataFileKey, raw: unknown): { output: unknown; problems: DataProblem[] } {
  const result = v.safeParse(DATA_FILE_SCHEMAS[key], raw, danishConfig());
  if (result.success) return { output: result.output, problems: [] };
  const problems = result.issues.map((issue) => ({
    file: DATA_FILES[key],
    path: v.getDotPath(issue) ?? '',
    message:
      issue.input === undefined ? issue.message : `${issue.message} (fik ${describeValue(issue.input)})`,
  }));
  return { output: undefined, problems };
}

/** Parses JSON text, reporting the file and the parser's words when it is not JSON. */
export function parseJson(key: DataFileKey, text: string): { value?: unknown; problem?: DataProblem } {
  const file = DATA_FILES[key];
  if (text.length > MAX_FILE_BYTES) {
    return {
      problem: {
        file,
        path: '',
        message: `filen er ${text.length} tegn; højst ${MAX_FILE_BYTES} er tilladt`,
      },
    };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { problem: { file, path: '', message: `ugyldig JSON: ${(e as Error).message}` } };
  }
}

function duplicates(ids: readonly (string | number)[]): (string | number)[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Checks that ids are unique and every reference between files points at something that exists. */
function crossProblems(d: Dataset): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (key: DataFileKey, path: string, message: string) =>
    problems.push({ file: DATA_FILES[key], path, message });
  const areaIds = new Set(d.areas.map((a) => a.properties.id));
  const siteIds = new Set(d.sites.map((s) => s.properties.id));
  const zoneIds = new Set(d.zones.map((z) => z.properties.id));
  const bilagNrs = new Set(d.bilag.map((b) => b.nr));

  for (const id of duplicates(d.areas.map((a) => a.properties.id)))
    add('areas', 'features', `id "${id}" findes flere gange`);
  for (const id of duplicates(d.initiatives.map((i) => i.id)))
    add('initiatives', '', `id "${id}" findes flere gange`);
  for (const id of duplicates(d.sites.map((s) => s.properties.id)))
    add('sites', 'features', `id "${id}" findes flere gange`);
  for (const nr of duplicates(d.bilag.map((b) => b.nr))) add('bilag', '', `bilag ${nr} findes flere gange`);
  for (const id of duplicates(d.caseInfo.tal.map((t) => t.id)))
    add('case', 'tal', `tal-id "${id}" findes flere gange`);
  for (const id of REQUIRED_FIGURES) {
    if (!d.caseInfo.tal.some((t) => t.id === id)) add('case', 'tal', `sagens tal "${id}" mangler`);
  }
  d.areas.forEach((a, i) => {
    if (!bilagNrs.has(a.properties.bilag))
      add('areas', `features.${i}.properties.bilag`, `bilag ${a.properties.bilag} findes ikke i bilag.json`);
  });
  d.sites.forEach((s, i) => {
    if (!areaIds.has(s.properties.omraade))
      add(
        'sites',
        `features.${i}.properties.omraade`,
        `området "${s.properties.omraade}" findes ikke i areas.geojson`,
      );
  });
  d.initiatives.forEach((ini, i) => {
    ini.bilag.forEach((nr, j) => {
      if (!bilagNrs.has(nr))
        add('initiatives', `indsatser.${i}.bilag.${j}`, `bilag ${nr} findes ikke i bilag.json`);
    });
    const o = ini.omfang;
    if (o.slags === 'omraader') {
      o.omraader.forEach((id, j) => {
        if (!areaIds.has(id))
          add(
            'initiatives',
            `indsatser.${i}.omfang.omraader.${j}`,
            `området "${id}" findes ikke i areas.geojson`,
          );
      });
    } else if (o.slags === 'steder') {
      o.steder.forEach((id, j) => {
        if (!siteIds.has(id))
          add(
            'initiatives',
            `indsatser.${i}.omfang.steder.${j}`,
            `stedet "${id}" findes ikke i sites.geojson`,
          );
      });
    } else if (!zoneIds.has(o.zone)) {
      add(
        'initiatives',
        `indsatser.${i}.omfang.zone`,
        `zonen "${o.zone}" findes ikke i hotspot_zones.geojson`,
      );
    }
  });
  for (const id of duplicates(d.story.map((s) => s.id)))
    add('story', '', `trin-id "${id}" findes flere gange`);
  d.story.forEach((step, i) => {
    step.fokus.forEach((id, j) => {
      if (!areaIds.has(id))
        add('story', `trin.${i}.fokus.${j}`, `området "${id}" findes ikke i areas.geojson`);
    });
  });
  d.caseInfo.tal.forEach((t, i) => {
    t.bilag.forEach((nr, j) => {
      if (!bilagNrs.has(nr)) add('case', `tal.${i}.bilag.${j}`, `bilag ${nr} findes ikke i bilag.json`);
    });
  });
  return problems;
}

/** Validates the parsed files; throws one DataError naming every problem, or returns the dataset. */
export function validateDataset(raw: Record<DataFileKey, unknown>): Dataset {
  const keys = Object.keys(DATA_FILE_SCHEMAS) as DataFileKey[];
  const parsed = keys.map((key) => parseFile(key, raw[key]));
  const problems = parsed.flatMap((p) => p.problems);
  if (problems.length > 0) throw new DataError(problems);
  // The schemas' outputs, not the raw input: what valibot checked and transformed is what the app gets.
  const r = Object.fromEntries(keys.map((key, i) => [key, parsed[i]?.output])) as {
    case: CaseInfo;
    bilag: Bilag[];
    areas: { features: Area[] };
    initiatives: Initiative[];
    sites: { features: Site[] };
    zones: { features: Zone[] };
    bydele: { features: Bydel[] };
    story: StoryStep[];
  };
  const dataset: Dataset = {
    caseInfo: r.case,
    bilag: r.bilag,
    areas: r.areas.features,
    initiatives: r.initiatives,
    sites: r.sites.features,
    zones: r.zones.features,
    bydele: r.bydele.features,
    story: r.story,
  };
  const cross = crossProblems(dataset);
  if (cross.length > 0) throw new DataError(cross);
  return dataset;
}
