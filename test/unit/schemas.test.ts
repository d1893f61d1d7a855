import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { schemaRefProblems } from '../../geo/check-data';
import { allSchemas, SCHEMA_DIR, schemaRef, staleSchemas } from '../../geo/schemas';
import { DATA_FILE_SCHEMAS } from '../../src/data/schema';
import { DATA_FILES, type DataFileKey } from '../../src/data/types';
import { goodRaw } from '../fixtures/dataFiles';

const KEYS = Object.keys(DATA_FILES) as DataFileKey[];
const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

describe('JSON Schemas for the editor, generated from the valibot schemas', () => {
  it('is deterministic: two fresh node processes write the committed files byte for byte', () => {
    // Child processes, so no module cache or state kept inside this test process can hide a difference.
    const runs = [0, 1].map(() => {
      const dir = mkdtempSync(join(tmpdir(), 'schemas-run-'));
      execFileSync(TSX, [join(ROOT, 'geo', 'schemas.ts'), '--out', dir], { cwd: ROOT, stdio: 'pipe' });
      const files = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))] as const));
      rmSync(dir, { recursive: true });
      return files;
    });
    const [first = {}, second = {}] = runs;
    expect(Object.keys(first).sort()).toEqual(KEYS.map((k) => `${k}.schema.json`).sort());
    for (const [file, bytes] of Object.entries(first)) {
      expect(bytes.equals(second[file] ?? Buffer.alloc(0)), `${file}: run 1 = run 2`).toBe(true);
      expect(bytes.equals(readFileSync(join(SCHEMA_DIR, file))), `${file}: = geo/schema/${file}`).toBe(true);
    }
  }, 60_000);

  it.each(KEYS)('the committed geo/schema file for %s matches what the valibot schema gives', (key) => {
    const generated = allSchemas().find((s) => s.key === key);
    expect(readFileSync(join(SCHEMA_DIR, generated?.file ?? ''), 'utf8')).toBe(generated?.text);
  });

  it('finds nothing stale, and names a schema that was edited by hand or is missing', () => {
    expect(staleSchemas()).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'schemas-'));
    for (const { file, text } of allSchemas()) writeFileSync(join(dir, file), text);
    expect(staleSchemas(dir)).toEqual([]);
    writeFileSync(join(dir, 'case.schema.json'), '{}\n');
    rmSync(join(dir, 'bilag.schema.json'));
    expect(staleSchemas(dir).sort()).toEqual(['bilag.schema.json', 'case.schema.json']);
    rmSync(dir, { recursive: true });
  });

  it('carries the case’s rules into the JSON Schema (bilag numbers, statuses, Copenhagen’s box)', () => {
    const initiatives = readFileSync(join(SCHEMA_DIR, 'initiatives.schema.json'), 'utf8');
    expect(initiatives).toContain('"under forankring"');
    expect(initiatives).toContain('"statsstoette"');
    const areas = JSON.parse(readFileSync(join(SCHEMA_DIR, 'areas.schema.json'), 'utf8'));
    expect(JSON.stringify(areas)).toContain('"minimum":12.2');
    expect(areas.properties.$schema).toEqual({ type: 'string' });
  });

  it('every data file names its schema with $schema, and the valibot schema accepts the key', () => {
    const raw = goodRaw();
    expect(schemaRefProblems(raw)).toEqual([]);
    for (const key of KEYS) {
      expect((raw[key] as { $schema: string }).$schema).toBe(schemaRef(key));
      expect(v.safeParse(DATA_FILE_SCHEMAS[key], raw[key]).success).toBe(true);
    }
    const wrong = { ...goodRaw(), areas: { ...(raw.areas as object), $schema: 'x.json' } };
    expect(schemaRefProblems(wrong)).toEqual([
      'case/areas.geojson: $schema: skal være "../schema/areas.schema.json" (så editoren kan kontrollere filen)',
    ]);
  });

  it('names a list file (bilag, indsatser, trin) whose $schema is missing', () => {
    const raw = goodRaw() as Record<string, { $schema?: string }>;
    delete raw.initiatives?.$schema;
    expect(schemaRefProblems(raw as never)).toEqual([
      'case/initiatives.json: $schema: skal være "../schema/initiatives.schema.json" (så editoren kan kontrollere filen)',
    ]);
  });

  it('gives the list files an object root with $schema in their JSON Schema, the list under its key', () => {
    for (const [key, list] of [
      ['initiatives', 'indsatser'],
      ['bilag', 'bilag'],
      ['story', 'trin'],
    ] as const) {
      const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, `${key}.schema.json`), 'utf8'));
      expect(schema.type).toBe('object');
      expect(schema.properties.$schema).toEqual({ type: 'string' });
      expect(schema.properties[list].type).toBe('array');
      expect(schema.required).toContain(list);
    }
  });
});
