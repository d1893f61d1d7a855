import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.geojson': 'application/json',
  '.pbf': 'application/x-protobuf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves dist/ at /app/ and dist-bench/ at /baseline/ on loopback, plus the baseline's style (pre-tiled, or as it
 * was with the GeoJSON basemap from geo/build/) and camera (made from the same data and camera module as the app's).
 */
export function serveBench(
  root: string,
  styleFor: (origin: string, basemap: 'tiles' | 'geojson') => string,
  camera: string,
): Promise<{ origin: string; close: () => void }> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const origin = `http://${req.headers.host}`;
    if (url === '/baseline/camera.json') {
      res.setHeader('Content-Type', 'application/json');
      return res.end(camera);
    }
    if (url === '/baseline/style.json' || url === '/baseline/style-geojson.json') {
      res.setHeader('Content-Type', 'application/json');
      return res.end(styleFor(origin, url.endsWith('geojson.json') ? 'geojson' : 'tiles'));
    }
    // /geo/build/: the basemap GeoJSON for the pre-tiling baseline (the built app no longer ships all of it).
    const [dir, rest] = url.startsWith('/app/')
      ? ['dist', url.slice(5)]
      : url.startsWith('/baseline/')
        ? ['dist-bench', url.slice(10)]
        : url.startsWith('/geo/build/')
          ? ['geo/build', url.slice(11)]
          : ['', ''];
    const path = normalize(join(root, dir, rest || 'index.html'));
    if (!dir || !path.startsWith(join(root, dir)) || !existsSync(path) || statSync(path).isDirectory()) {
      res.statusCode = 404;
      return res.end();
    }
    res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
    res.end(readFileSync(path));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}
