import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from '../../build/compressPlugin';

describe('precompressed build files', () => {
  it('writes .gz and .br beside text files of 1 KB or more, which decompress to the original', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(dir, 'data'));
    const big = 'x'.repeat(5000);
    writeFileSync(join(dir, 'data', 'a.geojson'), big);
    writeFileSync(join(dir, 'small.js'), 'x');
    writeFileSync(join(dir, 'icon.png'), Buffer.alloc(5000));
    expect(precompress(dir)).toBe(1);
    expect(gunzipSync(readFileSync(join(dir, 'data', 'a.geojson.gz'))).toString()).toBe(big);
    expect(brotliDecompressSync(readFileSync(join(dir, 'data', 'a.geojson.br'))).toString()).toBe(big);
  });
});
