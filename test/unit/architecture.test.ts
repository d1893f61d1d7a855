import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');
const filesIn = (dir: string): string[] =>
  readdirSync(join(SRC, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
const importsOf = (file: string) =>
  [...readFileSync(join(SRC, file), 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? '',
  );

describe('import arrows', () => {
  it.each(filesIn('data'))('data/ file %s imports nothing of ours outside data/, and no maplibre', (file) => {
    for (const spec of importsOf(file)) {
      expect(spec).not.toMatch(/maplibre/);
      if (spec.startsWith('.')) expect(spec, spec).toMatch(/^\.\/[^/]+$/);
    }
  });

  it.each(filesIn('derive'))('derive/ file %s imports only data/, derive/, i18n/ and turf', (file) => {
    for (const spec of importsOf(file)) {
      expect(spec).not.toMatch(/maplibre|\/ui\/|\/map\/|\/style\//);
    }
  });

  it('keeps HTML-string APIs out of src/', () => {
    const offenders = filesIn('.').filter((f) =>
      /innerHTML|insertAdjacentHTML|setHTML\(/.test(readFileSync(join(SRC, f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps main.ts a composition root of under 100 lines', () => {
    expect(readFileSync(join(SRC, 'main.ts'), 'utf8').split('\n').length).toBeLessThan(100);
  });
});
