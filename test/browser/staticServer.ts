import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.geojson': 'application/geo+json',
  '.pbf': 'application/x-protobuf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A plain static server for `dir` under the sub-path `prefix` (as on any static host), on a free loopback port.
 * `transform` may change a file's bytes as served (to play a new deployment).
 */
export function serveStatic(
  dir: string,
  prefix: string,
): Promise<{ url: string; close: () => void; transform: Map<string, (b: Buffer) => Buffer> }> {
  const transform = new Map<string, (b: Buffer) => Buffer>();
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const rel = url.startsWith(prefix) ? url.slice(prefix.length) || 'index.html' : null;
    const path = rel === null ? '' : normalize(join(dir, rel));
    if (!rel || !path.startsWith(dir) || !existsSync(path) || statSync(path).isDirectory()) {
      res.statusCode = 404;
      return res.end();
    }
    res.setHeader('Content-Type', TYPES[extname(path)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    const change = transform.get(rel);
    const body = readFileSync(path);
    res.end(change ? change(body) : body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ url: `http://127.0.0.1:${port}${prefix}`, close: () => server.close(), transform });
    }),
  );
}
