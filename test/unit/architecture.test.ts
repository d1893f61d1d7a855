import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const filesIn = (dir: string): string[] =>
  readdirSync(join(SRC, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** One import of a file: what it names and whether it brings in types only. */
interface ImportOf {
  spec: string;
  typeOnly: boolean;
}

/** Static imports, re-exports and dynamic `import()`s of a source text. */
function importsOf(source: string): ImportOf[] {
  const found: ImportOf[] = [];
  for (const m of source.matchAll(/^(import|export)(\s+type)?[^'"]*?\sfrom\s+['"]([^'"]+)['"]/gm))
    found.push({ spec: m[3] ?? '', typeOnly: !!m[2] });
  for (const m of source.matchAll(/^import\s+['"]([^'"]+)['"]/gm))
    found.push({ spec: m[1] ?? '', typeOnly: false });
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ spec: m[1] ?? '', typeOnly: false });
  return found;
}

/** What each folder of src/ may import: our folders, packages, packages as types only, and whether it may use the DOM. */
interface Rule {
  ours: readonly string[];
  packages: readonly RegExp[];
  typesOnly?: readonly RegExp[];
  dom: boolean;
}

/** The allow-list (STYLE.md's layer table): anything not named here is forbidden. */
const RULES: Record<string, Rule> = {
  data: { ours: ['data'], packages: [/^valibot$/], dom: false },
  // i18n words the derived figures (the data notes), so it reads derive/'s types; derive/ holds no sentences.
  i18n: { ours: ['i18n', 'data', 'derive'], packages: [], dom: false },
  derive: {
    ours: ['derive', 'data'],
    // the outline import validates with check-geojson, reprojects with proj4 and checks with the data's valibot schema
    packages: [/^@turf\/turf$/, /^@placemarkio\/check-geojson$/, /^proj4$/, /^valibot$/],
    typesOnly: [/^geojson$/],
    dom: false,
  },
  // the view state holds a planner's proposals, whose type and key live with the scenario derivations
  state: { ours: ['state', 'data', 'derive', 'i18n'], packages: [], dom: false },
  // file writers: the derived figures as CSV (d3-dsv) and GeoJSON, headed in the user's language
  files: { ours: ['files', 'data', 'derive', 'i18n'], packages: [/^d3-dsv$/], dom: false },
  style: {
    ours: ['style', 'data'],
    packages: [],
    typesOnly: [/^maplibre-gl$/, /^geojson$/],
    dom: false,
  },
  draw: { ours: ['draw', 'data', 'style'], packages: [/^d3-(shape|selection)$/], dom: true },
  charts: {
    ours: ['charts', 'draw', 'data', 'derive', 'i18n', 'style'],
    packages: [/^d3-(axis|scale|selection|shape)$/],
    dom: true,
  },
  map: {
    ours: ['map', 'draw', 'data', 'derive', 'state', 'style'],
    packages: [/^maplibre-gl(\/.*)?$/, /^@turf\/turf$/, /^d3-(geo|selection)$/],
    dom: true,
  },
  // ui may use the charts only through their public figure builder, never their internals.
  ui: {
    ours: [
      'ui',
      'draw',
      'data',
      'derive',
      'state',
      'i18n',
      'style',
      'map',
      'files',
      'charts/budgetFigure',
      'charts/caseTimeline',
    ],
    // the service worker's registration is a virtual module of vite-plugin-pwa, loaded on demand
    packages: [/^@turf\/turf$/, /^virtual:pwa-register$/],
    typesOnly: [/^maplibre-gl$/],
    dom: true,
  },
};

/** The src/ folder (or file, for the entries below) an import of `file` resolves to, or null for a package. */
function targetOf(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return join(file, '..', spec).replace(/\\/g, '/');
}

/** Every import of `file` (relative to src/) that its folder's rule does not allow, as readable lines. */
function forbiddenImports(file: string, source: string): string[] {
  const folder = file.split(/[\\/]/)[0] ?? '';
  const rule = RULES[folder];
  if (!rule) return [`${file}: folder "${folder}" has no rule in the allow-list`];
  const bad: string[] = [];
  for (const { spec, typeOnly } of importsOf(source)) {
    const target = targetOf(file, spec);
    if (target !== null) {
      const allowed = rule.ours.some(
        (o) => target === o || target.startsWith(`${o}/`) || target === `${o}.ts`,
      );
      if (!allowed) bad.push(`${file} imports ${spec}`);
    } else if (!rule.packages.some((re) => re.test(spec))) {
      if (!(typeOnly && rule.typesOnly?.some((re) => re.test(spec))))
        bad.push(`${file} imports package ${spec}`);
    }
  }
  // words inside string literals ("a second window") are text, not DOM use
  const code = source.replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"/g, "''");
  if (!rule.dom && /\b(document|window|HTMLElement|requestAnimationFrame)\b/.test(code))
    bad.push(`${file} uses the DOM`);
  return bad;
}

const folders = readdirSync(SRC, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe('import arrows (an allow-list per folder)', () => {
  it('has a rule for every folder of src/', () => {
    expect(folders.filter((f) => !RULES[f])).toEqual([]);
  });

  it.each(folders.flatMap(filesIn))('%s imports only what its folder allows', (file) => {
    expect(forbiddenImports(file, readFileSync(join(SRC, file), 'utf8'))).toEqual([]);
  });

  it('catches the imports the old deny-list let through', () => {
    expect(forbiddenImports('derive/x.ts', "import { Store } from '../state/store';")).toHaveLength(1);
    expect(forbiddenImports('derive/x.ts', "import { ring } from '../charts/ring';")).toHaveLength(1);
    expect(forbiddenImports('derive/x.ts', "import { select } from 'd3-selection';")).toHaveLength(1);
    expect(forbiddenImports('derive/x.ts', 'const el = document.body;')).toEqual([
      'derive/x.ts uses the DOM',
    ]);
    expect(forbiddenImports('style/x.ts', "import { Map } from 'maplibre-gl';")).toHaveLength(1);
    expect(forbiddenImports('style/x.ts', "import type { LayerSpecification } from 'maplibre-gl';")).toEqual(
      [],
    );
    expect(forbiddenImports('charts/x.ts', "import { h } from '../ui/dom';")).toHaveLength(1);
    expect(forbiddenImports('ui/x.ts', "import { bars } from '../charts/budgetChart';")).toHaveLength(1);
    expect(forbiddenImports('map/x.ts', "import { legend } from '../ui/legend';")).toHaveLength(1);
    expect(forbiddenImports('map/x.ts', "const m = import('../ui/legend');")).toHaveLength(1);
  });
});

describe('the code', () => {
  it('keeps HTML-string APIs out of src/', () => {
    const offenders = filesIn('.').filter((f) =>
      /innerHTML|insertAdjacentHTML|setHTML\(/.test(readFileSync(join(SRC, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps main.ts a composition root of under 100 lines', () => {
    expect(readFileSync(join(SRC, 'main.ts'), 'utf8').split('\n').length).toBeLessThan(100);
  });

  it("finds index.html's elements by id only in the page's assembly; widgets and actions are handed theirs", () => {
    // map/picture.ts owns the one element it is about: the build-time picture, which it removes after hand-over.
    const assembly = ['main.ts', 'ui/page.ts', 'ui/panels.ts', 'ui/layout.ts', 'map/picture.ts'];
    const offenders = filesIn('.')
      .map((f) => f.split(/[\\/]/).join('/'))
      .filter((f) => !assembly.includes(f))
      .filter((f) => /\bbyId[<(]|getElementById\(/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
