import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { schemaRefProblems } from '../../geo/check-data';
import { allSchemas, SCHEMA_DIR, schemaRef, staleSchemas } from '../../geo/schemas';
import { DATA_FILE_SCHEMAS } from '../../src/data/schema';
import { DATA_FILES, type DataFileKey } from '../../src/data/types';
import { GEO_DIR, goodRaw } from '../fixtures/dataFiles';

const KEYS = Object.keys(DATA_FILES) as DataFileKey[];

describe('JSON Schemas for the editor, generated from the valibot schemas', () => {
  it('generates the same text twice (deterministic)', () => {
    expect(allSchemas()).toEqual(allSchemas());
  });

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

  it('each object-rooted data file names its schema with $schema, and the valibot schema accepts the key', () => {
    const raw = goodRaw();
    expect(schemaRefProblems(raw)).toEqual([]);
    for (const key of ['case', 'areas', 'sites', 'zones', 'bydele'] as const) {
      expect((raw[key] as { $schema: string }).$schema).toBe(schemaRef(key));
      expect(v.safeParse(DATA_FILE_SCHEMAS[key], raw[key]).success).toBe(true);
    }
    const wrong = { ...goodRaw(), areas: { ...(raw.areas as object), $schema: 'x.json' } };
    expect(schemaRefProblems(wrong)).toEqual([
      'case/areas.geojson: $schema: skal være "../schema/areas.schema.json" (så editoren kan kontrollere filen)',
    ]);
  });

  it('maps the array-rooted files (which cannot carry $schema) to their schemas in .vscode/settings.json', () => {
    const settings = JSON.parse(readFileSync(join(GEO_DIR, '..', '.vscode', 'settings.json'), 'utf8'));
    const mapped = settings['json.schemas'] as { fileMatch: string[]; url: string }[];
    for (const key of ['initiatives', 'bilag', 'story'] as const) {
      const entry = mapped.find((m) => m.fileMatch.includes(`geo/${DATA_FILES[key]}`));
      expect(entry?.url).toBe(`./geo/schema/${key}.schema.json`);
    }
  });
});
