import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPreview } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** What `vite build` reads: a change to any of these after dist/ was built makes dist/ stale. */
const BUILD_INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'package-lock.json',
  'build',
  'geo/case',
  'geo/build',
  'geo/glyphs',
];

/** The newest modification time (ms) of a file, or of any file below a folder, with its path. */
function newest(path: string): { path: string; mtime: number } {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtime: stat.mtimeMs };
  return readdirSync(path)
    .map((name) => newest(join(path, name)))
    .reduce((a, b) => (b.mtime > a.mtime ? b : a), { path, mtime: 0 });
}

/** Serves the built app (dist/, made by `vite build` in `npm test`) for the browser tests. */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = join(import.meta.dirname, '..', '..');
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error('dist/index.html is missing: run `vite build` before the browser tests (npm test does).');
  }
  const built = statSync(join(root, 'dist', 'index.html')).mtimeMs;
  const changed = BUILD_INPUTS.map((p) => newest(join(root, p))).reduce((a, b) =>
    b.mtime > a.mtime ? b : a,
  );
  if (changed.mtime > built) {
    throw new Error(`dist/ is older than ${changed.path}: run \`vite build\` before the browser tests.`);
  }
  const server = await startPreview(root);
  project.provide('baseUrl', server.url);
  return server.stop;
}
