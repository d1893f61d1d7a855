/**
 * Vite plugin: after the build (and after the service worker is written), puts a `.gz` and a `.br` beside every
 * text file in dist/ worth compressing, so a static server can send them as they are (nginx `gzip_static`,
 * `brotli_static`; Caddy `precompressed`). Node's zlib only.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.svg',
  '.txt',
  '.webmanifest',
  '.pbf',
]);
/** Smaller files are not worth a second request path. */
const MIN_BYTES = 1024;

const filesIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? filesIn(join(dir, n)) : [join(dir, n)],
  );

/** Writes `<file>.gz` and `<file>.br` for each text file of `dir` of at least MIN_BYTES; returns how many. */
export function precompress(dir: string): number {
  let count = 0;
  for (const file of filesIn(dir)) {
    if (!TEXT.has(extname(file))) continue;
    const data = readFileSync(file);
    if (data.length < MIN_BYTES) continue;
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
      }),
    );
    count++;
  }
  return count;
}

export function precompressed(): Plugin {
  let outDir = '';
  return {
    name: 'indsatskort-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        precompress(outDir);
      },
    },
  };
}
