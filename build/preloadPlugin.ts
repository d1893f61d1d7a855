import type { Plugin } from 'vite';
import { DATA_FILES } from '../src/data/types';

/**
 * Preloads the data files the app fetches first (src/data/load.ts), so they download while the scripts are still
 * being fetched and parsed instead of after: the map can start sooner. `crossorigin` makes the preload's request
 * mode match `fetch()`'s (cors, same-origin credentials), so the fetch is served from the preload.
 */
export function dataPreload(): Plugin {
  return {
    name: 'indsatskort-data-preload',
    transformIndexHtml: () =>
      Object.values(DATA_FILES).map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `data/${file}` },
        injectTo: 'head' as const,
      })),
  };
}
