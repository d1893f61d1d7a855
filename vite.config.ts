import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompressed } from './build/compressPlugin';
import { mapPicture } from './build/picturePlugin';
import { dataPreload } from './build/preloadPlugin';
import { BASEMAP_TILE_LAYERS } from './src/style/basemapTiles';

/** The folders of geo/ that the app fetches at run time, served and shipped under /data/. */
const DATA_DIRS = ['case', 'build', 'glyphs'] as const;
const GEO = join(import.meta.dirname, 'geo');
const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Basemap GeoJSON the built app never fetches: the map reads the basemap as tiles (geo/tiles.ts); only the files the
 * app reads at run time ship — bydele (a data file, validated) and vand (the SVG fallback's and the phone story's
 * water). The dev server still serves them all.
 */
const FETCHED_BASEMAP = new Set(['bydele.geojson', 'vand.geojson']);
const shipped = (rel: string) => {
  const [dir, file] = rel.split(/[\\/]/);
  return !(
    dir === 'build' && Object.values(BASEMAP_TILE_LAYERS).some((f) => f === file && !FETCHED_BASEMAP.has(f))
  );
};

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Serves geo/{case,build,glyphs} at /data/ in dev and preview, and copies what the app reads into dist/data/ on build. */
function geoData(): Plugin {
  const serve = (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const rel = url.replace(/^\/data\//, '');
    if (!url.startsWith('/data/') || !DATA_DIRS.some((d) => rel.startsWith(`${d}/`))) return next();
    const path = normalize(join(GEO, rel));
    if (!path.startsWith(GEO) || !existsSync(path) || statSync(path).isDirectory()) return next();
    res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
    createReadStream(path).pipe(res);
  };
  return {
    name: 'indsatskort-geo-data',
    configureServer(server) {
      server.middlewares.use(serve);
    },
    generateBundle() {
      for (const dir of DATA_DIRS) {
        for (const file of listFiles(join(GEO, dir))) {
          if (!shipped(relative(GEO, file))) continue;
          this.emitFile({
            type: 'asset',
            fileName: `data/${relative(GEO, file)}`,
            source: readFileSync(file),
          });
        }
      }
    },
  };
}

/**
 * The Content-Security-Policy of the built app: everything from its own origin; data:/blob: images only for the
 * PNG export and print picture, blob: workers only as MapLibre's fallback. The only inline script and style are
 * the map picture's (its guard and its positions), each allowed by its SHA-256 hash — no 'unsafe-inline'.
 * Build only: the dev server injects inline styles and a websocket.
 */
export function cspFor(inline: { scripts: readonly string[]; styles: readonly string[] }): string {
  const hashes = (xs: readonly string[]) =>
    xs.map((x) => ` 'sha256-${createHash('sha256').update(x, 'utf8').digest('base64')}'`).join('');
  return [
    "default-src 'self'",
    `script-src 'self'${hashes(inline.scripts)}`,
    `style-src 'self'${hashes(inline.styles)}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The text of every inline `<script>` (no src) and `<style>` element in an HTML document. */
function inlineContents(html: string): { scripts: string[]; styles: string[] } {
  const all = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1] ?? '');
  return {
    scripts: all(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g),
    styles: all(/<style[^>]*>([\s\S]*?)<\/style>/g),
  };
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'indsatskort-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspFor(inlineContents(html)) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * The installable offline app: a web app manifest and a Workbox service worker that precaches everything in
 * dist/ — app, data under data/ (fetched at run time) and glyphs — so a second visit works with no network. A
 * new deployment is installed beside the running one and announced (src/ui/update.ts); the app registers the
 * worker itself, so no inline script is injected. Every query is ignored when matching the precache, so
 * permalinks open offline too.
 */
function offlineApp(): Plugin[] {
  return VitePWA({
    injectRegister: false,
    registerType: 'prompt',
    includeAssets: ['favicon.svg'],
    manifest: {
      name: 'Indsatskort – indsatser i Københavns 10 særligt udsatte boligområder',
      short_name: 'Indsatskort',
      description: 'Offline kort over indsatserne i BR-sag 2011-40035.',
      lang: 'da',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#F8F6F1',
      theme_color: '#1F1B16',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,svg,png,json,geojson,pbf,txt,webmanifest}'],
      // MapLibre's chunk is ≈ 1.1 MB; the default limit (2 MiB) is close, so say it.
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      ignoreURLParametersMatching: [/.*/],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });
}

export default defineConfig({
  base: './',
  plugins: [geoData(), mapPicture(), dataPreload(), offlineApp(), contentSecurityPolicy(), precompressed()],
  build: {
    target: 'es2022',
    // MapLibre alone is ≈ 1 MB unminified-equivalent; the rest is the app (budget: 60 KB gzip).
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        // MapLibre in a chunk of its own, so the app's own code can be measured (npm run bench) and cached apart.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  preview: { strictPort: false },
});
