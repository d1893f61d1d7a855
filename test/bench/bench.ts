/**
 * `npm run bench`: builds the app and a bare-MapLibre baseline, serves both on loopback and measures, in headless
 * Chromium over RUNS cold loads each: navigation → first contentful paint, → map idle with the ten areas drawn,
 * → panels (title, legend, area list) in the page, and keypress → popover visible. Prints medians, the bytes
 * split into MapLibre, app code and data, and one summary line. Figures, not a pass/fail test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { featureCollection } from '@turf/turf';
import { validateDataset } from '../../src/data/validate';
import { derive } from '../../src/derive/derived';
import { areaAnchors, areaPlaces, areaShapes, sitesApart } from '../../src/derive/mapFeatures';
import { buildStyle } from '../../src/style/mapStyle';
import { launchChromium } from '../browser/chromium';
import { goodRaw } from '../fixtures/dataFiles';

const ROOT = join(import.meta.dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/json',
  '.pbf': 'application/x-protobuf',
  '.svg': 'image/svg+xml',
};

function build(): void {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(process.execPath, [vite, 'build', '--config', 'test/bench/vite.baseline.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

function serve(styleFor: (origin: string) => string): Promise<{ origin: string; close: () => void }> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const origin = `http://${req.headers.host}`;
    if (url === '/baseline/style.json') {
      res.setHeader('Content-Type', 'application/json');
      return res.end(styleFor(origin));
    }
    const [dir, rest] = url.startsWith('/app/')
      ? ['dist', url.slice(5)]
      : url.startsWith('/baseline/')
        ? ['dist-bench', url.slice(10)]
        : ['', ''];
    const path = normalize(join(ROOT, dir, rest || 'index.html'));
    if (!dir || !path.startsWith(join(ROOT, dir)) || !existsSync(path) || statSync(path).isDirectory()) {
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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

function bytes(files: string[]): { raw: number; gz: number } {
  return files.reduce(
    (acc, f) => {
      const data = readFileSync(f);
      return { raw: acc.raw + data.length, gz: acc.gz + gzipSync(data, { level: 9 }).length };
    },
    { raw: 0, gz: 0 },
  );
}
const filesIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) =>
    statSync(join(dir, n)).isDirectory() ? filesIn(join(dir, n)) : [join(dir, n)],
  );
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  build();
  const d = derive(validateDataset(goodRaw()));
  const styleFor = (origin: string) =>
    JSON.stringify(
      buildStyle({
        dataBase: `${origin}/app/data/`,
        anchors: areaAnchors(areaPlaces(d.data, d.matrix)),
        shapes: areaShapes(d.data),
        sites: sitesApart(d.data),
        zones: featureCollection(d.data.zones),
        bydele: featureCollection(d.data.bydele),
      }),
    );
  const server = await serve(styleFor);
  const browser = await launchChromium();
  const app = { fcp: [] as number[], idle: [] as number[], panels: [] as number[], popover: [] as number[] };
  const base = { fcp: [] as number[], idle: [] as number[] };
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const which of run % 2 ? (['baseline', 'app'] as const) : (['app', 'baseline'] as const)) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${server.origin}/${which}/`);
        await page.waitForFunction(() => document.body.dataset.mapState === 'idle', null, {
          timeout: 60_000,
        });
        // A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
        const t = (await page.evaluate(`(() => {
          const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
          const appIdle = mark('indsatskort:map-idle');
          return { fcp: mark('first-contentful-paint'), idle: Number.isNaN(appIdle) ? mark('baseline:map-idle') : appIdle, panels: mark('indsatskort:panels') };
        })()`)) as { fcp: number; idle: number; panels: number };
        if (which === 'baseline') {
          base.fcp.push(t.fcp);
          base.idle.push(t.idle);
        } else {
          app.fcp.push(t.fcp);
          app.idle.push(t.idle);
          app.panels.push(t.panels);
          await page.locator('.area-list [data-area="hoergaarden"]').focus();
          await page.evaluate(`(() => {
            const dialog = document.querySelector('.area-dialog');
            window.popover = new Promise((resolve) => {
              document.addEventListener('keydown', (e) => {
                const start = e.timeStamp;
                const obs = new MutationObserver(() => {
                  if (dialog.hidden) return;
                  obs.disconnect();
                  requestAnimationFrame(() => resolve(performance.now() - start));
                });
                obs.observe(dialog, { attributes: true });
              }, { once: true, capture: true });
            });
          })()`);
          await page.keyboard.press('Enter');
          app.popover.push(
            await page.evaluate(() => (window as unknown as { popover: Promise<number> }).popover),
          );
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const assets = join(ROOT, 'dist', 'assets');
  const js = readdirSync(assets).filter((f) => /\.(m?js)$/.test(f));
  const maplibre = bytes(js.filter((f) => f.startsWith('maplibre')).map((f) => join(assets, f)));
  const appJs = bytes(js.filter((f) => f.startsWith('index-')).map((f) => join(assets, f)));
  const lazyJs = bytes(
    js.filter((f) => !f.startsWith('index-') && !f.startsWith('maplibre')).map((f) => join(assets, f)),
  );
  const css = bytes(
    readdirSync(assets)
      .filter((f) => f.endsWith('.css'))
      .map((f) => join(assets, f)),
  );
  const data = bytes([
    ...filesIn(join(ROOT, 'dist', 'data', 'case')),
    ...filesIn(join(ROOT, 'dist', 'data', 'build')),
  ]);
  const glyphs = bytes(filesIn(join(ROOT, 'dist', 'data', 'glyphs')));

  const m = {
    appIdle: median(app.idle),
    baseIdle: median(base.idle),
    fcp: median(app.fcp),
    panels: median(app.panels),
    pop: median(app.popover),
  };
  console.log(
    `\nIndsatskort benchmark: ${RUNS} cold loads each at 1280×800, headless Chromium (SwiftShader WebGL),`,
  );
  console.log(
    `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
  );
  console.log('| measure (median) | app | baseline |');
  console.log('|---|---|---|');
  console.log(
    `| navigation → first contentful paint | ${m.fcp.toFixed(0)} ms | ${median(base.fcp).toFixed(0)} ms |`,
  );
  console.log(
    `| navigation → panels (title, legend, area list) in the page | ${m.panels.toFixed(0)} ms | – |`,
  );
  console.log(
    `| navigation → map idle, ten areas drawn | ${m.appIdle.toFixed(0)} ms | ${m.baseIdle.toFixed(0)} ms |`,
  );
  console.log(`| keypress → popover visible | ${m.pop.toFixed(0)} ms | – |`);
  console.log('\n| bytes | raw | gzip |');
  console.log('|---|---|---|');
  console.log(`| MapLibre (main chunk + worker) | ${kb(maplibre.raw)} | ${kb(maplibre.gz)} |`);
  console.log(`| app code (initial chunk) | ${kb(appJs.raw)} | ${kb(appJs.gz)} |`);
  console.log(
    `| app code loaded on demand (SVG fallback, PNG export) | ${kb(lazyJs.raw)} | ${kb(lazyJs.gz)} |`,
  );
  console.log(`| CSS (app + MapLibre) | ${kb(css.raw)} | ${kb(css.gz)} |`);
  console.log(`| data (case + basemap GeoJSON) | ${kb(data.raw)} | ${kb(data.gz)} |`);
  console.log(`| glyphs (fetched per range as labels need them) | ${kb(glyphs.raw)} | ${kb(glyphs.gz)} |`);
  console.log(
    `\npanels before map idle: ${m.panels < m.appIdle ? 'yes' : 'no'} (${m.panels.toFixed(0)} ms vs ${m.appIdle.toFixed(0)} ms)`,
  );
  console.log(
    `bench: idle ratio app/baseline ${(m.appIdle / m.baseIdle).toFixed(2)} (app ${m.appIdle.toFixed(0)} ms, baseline ${m.baseIdle.toFixed(0)} ms); fcp ${m.fcp.toFixed(0)} ms; popover ${m.pop.toFixed(0)} ms; app js ${(appJs.gz / 1024).toFixed(1)} KB gz; data ${(data.gz / 1024).toFixed(1)} KB gz`,
  );
}

await main();
