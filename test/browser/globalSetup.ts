import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startPreview } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built app (dist/, made by `vite build` in `npm test`) for the browser tests. */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = join(import.meta.dirname, '..', '..');
  if (!existsSync(join(root, 'dist', 'index.html'))) {
    throw new Error('dist/index.html is missing: run `vite build` before the browser tests (npm test does).');
  }
  const server = await startPreview(root);
  project.provide('baseUrl', server.url);
  return server.stop;
}
