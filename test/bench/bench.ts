/**
 * `npm run bench`: builds the app and a bare-MapLibre baseline, serves both on loopback and loads each cold in
 * headless Chromium, alternating app and baseline (RUNS ≥ 7 pairs). The baseline draws the same style and data
 * in a map of the app's own map size with the app's first camera, so like is compared with like:
 * first map pixels (the app's map picture or first map frame; the baseline's first map frame), the ten areas
 * visible (the picture's element timing, else map idle; the baseline's idle), and map idle. Every figure is printed
 * as median (min–max), every ratio beside its per-run spread. Then Lighthouse (desktop preset) on both pages,
 * LIGHTHOUSE_RUNS times each (3; 0 skips it): speed index, total blocking time and CLS side by side
 * (./lighthouse.ts). Figures, not a pass/fail test.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bbox, featureCollection } from '@turf/turf';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Browser } from 'playwright-core';
import { validateDataset } from '../../src/data/validate';
import { derive } from '../../src/derive/derived';
import { areaAnchors, areaPlaces, areaShapes, sitesApart } from '../../src/derive/mapFeatures';
import { BASEMAP_TILE_LAYERS } from '../../src/style/basemapTiles';
import { FIT_PADDING } from '../../src/style/camera';
import { buildStyle } from '../../src/style/mapStyle';
import { launchChromium } from '../browser/chromium';
import { goodRaw } from '../fixtures/dataFiles';
import { LIGHTHOUSE_VIEWPORT, type LighthouseFigures, lighthouseRuns } from './lighthouse';
import { serveBench } from './server';
import { ms, ratio, spread } from './stats';

const ROOT = join(import.meta.dirname, '..', '..');
const RUNS = Math.max(Number(process.env.BENCH_RUNS ?? 7), 1);
/** Lighthouse runs per page (0 skips Lighthouse). */
const LIGHTHOUSE_RUNS = Math.max(Number(process.env.LIGHTHOUSE_RUNS ?? 3), 0);
const VIEWPORT = { width: 1280, height: 800 };

function build(): void {
  // LIGHTHOUSE_ONLY=1: Lighthouse alone, against the dist/ and dist-bench/ already built.
  if (process.env.LIGHTHOUSE_ONLY) return;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(process.execPath, [vite, 'build', '--config', 'test/bench/vite.baseline.config.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

function bytes(files: string[]): { raw: number; gz: number } {
  return files.reduce(
    (acc, f) => {
      const data = readFileSync(f);
      return { raw: acc.raw + data.length, gz: acc.gz + gzipSync(data, { level: 9 }).length };
    },
    { raw: 0, gz: 0 },
  );
}
/** The files below `dir`, less the build's precompressed .gz/.br copies. */
const filesIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((n) => !/\.(gz|br)$/.test(n))
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesIn(join(dir, n)) : [join(dir, n)]));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** Timings read from one loaded page (ms since navigation start; NaN when the page has no such mark). */
interface Timings {
  fcp: number;
  firstFrame: number;
  picture: number;
  idle: number;
  panels: number;
  /** MapLibre's worker script fetched. */
  worker: number;
  style: number;
  /** Last basemap file (tile or GeoJSON) fetched. */
  basemapFetched: number;
  /** Every basemap source loaded for the first view (fetched, parsed, tiled). */
  basemapLoaded: number;
  /** Last glyph range fetched. */
  glyphs: number;
  /** The live map on screen: the second frame after the picture's hand-over (the baseline's: after its idle). */
  shown: number;
}

/**
 * Marks `bench:map-shown` at the second frame after the live map takes over (by then the frame that shows it has
 * been drawn): the app's map picture starting to fade or removed, or, with no picture (the baseline), the page's
 * `data-map-state` turning idle. Map idle alone can come before the map is on screen.
 */
const SHOWN_MARK = `(() => {
  let done = false;
  const shown = () => {
    if (done) return;
    done = true;
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('bench:map-shown')));
  };
  document.addEventListener('DOMContentLoaded', () => {
    const picture = document.getElementById('map-picture');
    const watch = picture
      ? new MutationObserver(() => {
          if (!picture.isConnected || picture.classList.contains('map-picture--gone')) shown();
        })
      : new MutationObserver(() => {
          if (document.body.dataset.mapState === 'idle') shown();
        });
    if (picture) {
      watch.observe(picture, { attributes: true, attributeFilter: ['class'] });
      if (picture.parentNode) watch.observe(picture.parentNode, { childList: true });
    } else watch.observe(document.body, { attributes: true, attributeFilter: ['data-map-state'] });
  });
})()`;

// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
const READ_TIMINGS = `new Promise((resolve) => {
  const mark = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
  const picture = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'map-picture') picture.push(e.renderTime || e.loadTime);
  }).observe({ type: 'element', buffered: true });
  const res = performance.getEntriesByType('resource');
  const lastEnd = (parts) => {
    const ends = res.filter((e) => parts.some((p) => e.name.includes(p))).map((e) => e.responseEnd);
    return ends.length ? Math.max(...ends) : NaN;
  };
  const read = () => {
    const appIdle = mark('indsatskort:map-idle');
    const appFrame = mark('indsatskort:map-first-frame');
    resolve({
      fcp: mark('first-contentful-paint'),
      firstFrame: Number.isNaN(appFrame) ? mark('baseline:map-first-frame') : appFrame,
      picture: picture.length ? Math.max(...picture) : NaN,
      idle: Number.isNaN(appIdle) ? mark('baseline:map-idle') : appIdle,
      panels: mark('indsatskort:panels'),
      worker: lastEnd(['maplibre-gl-worker']),
      style: mark('baseline:style-loaded'),
      basemapFetched: lastEnd(['/tiles/', '/geo/build/']),
      basemapLoaded: mark('baseline:basemap-loaded'),
      glyphs: lastEnd(['/glyphs/']),
      shown: mark('bench:map-shown'),
    });
  };
  // The live map's second frame may come just after the state says idle: waited for up to 3 s.
  const start = performance.now();
  const wait = () =>
    performance.getEntriesByName('bench:map-shown').length > 0 || performance.now() - start > 3000
      ? read()
      : setTimeout(wait, 20);
  setTimeout(wait, 0);
})`;

/**
 * The style as it was before the basemap was pre-tiled: one GeoJSON source per basemap file, tiled in MapLibre's
 * worker at every start, instead of the one vector tile source.
 */
function geojsonBasemap(style: StyleSpecification, base: string): StyleSpecification {
  const { basemap: _tiles, ...sources } = style.sources;
  for (const [layer, file] of Object.entries(BASEMAP_TILE_LAYERS))
    sources[`geojson-${layer}`] = { type: 'geojson', data: `${base}${file}` };
  const layers = style.layers.map((l) => {
    if (!('source' in l) || l.source !== 'basemap') return l;
    const { 'source-layer': layer, ...rest } = l as typeof l & { 'source-layer': string };
    return { ...rest, source: `geojson-${layer}` } as LayerSpecification;
  });
  return { ...style, sources, layers };
}

/** The app's map size at a viewport (the bench's by default), read from one (uncounted, warming) load. */
async function appMapSize(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number } = VIEWPORT,
): Promise<{ w: number; h: number }> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/app/`);
  await page.waitForFunction(() => document.body.dataset.mapState === 'idle', null, { timeout: 60_000 });
  const size = await page.evaluate(() => {
    const el = document.getElementById('map') as HTMLElement;
    return { w: el.clientWidth, h: el.clientHeight };
  });
  await context.close();
  return size;
}

async function popoverTime(page: import('playwright-core').Page): Promise<number> {
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
  return page.evaluate(() => (window as unknown as { popover: Promise<number> }).popover);
}

async function main(): Promise<void> {
  build();
  const d = derive(validateDataset(goodRaw()));
  const shapes = areaShapes(d.data);
  const camera = JSON.stringify({ bounds: bbox(shapes), padding: FIT_PADDING });
  const styleFor = (origin: string, basemap: 'tiles' | 'geojson') => {
    const style = buildStyle({
      dataBase: `${origin}/app/data/`,
      anchors: areaAnchors(areaPlaces(d.data, d.matrix)),
      shapes,
      sites: sitesApart(d.data),
      zones: featureCollection(d.data.zones),
    });
    return JSON.stringify(basemap === 'tiles' ? style : geojsonBasemap(style, `${origin}/geo/build/`));
  };
  const server = await serveBench(ROOT, styleFor, camera);
  const browser = await launchChromium();
  const loadStart = loadavg()[0] ?? 0;
  const series = (): Record<keyof Timings, number[]> => ({
    fcp: [],
    firstFrame: [],
    picture: [],
    idle: [],
    panels: [],
    worker: [],
    style: [],
    basemapFetched: [],
    basemapLoaded: [],
    glyphs: [],
    shown: [],
  });
  const app: Record<keyof Timings | 'popover', number[]> = { ...series(), popover: [] };
  const base = series();
  const geojson = series();
  let size = { w: 0, h: 0 };
  let lhSize = { w: 0, h: 0 };
  let lh: Record<'app' | 'baseline', LighthouseFigures[]> | null = null;
  try {
    size = await appMapSize(browser, server.origin);
    lhSize = await appMapSize(browser, server.origin, LIGHTHOUSE_VIEWPORT);
    for (let run = 0; run < (process.env.LIGHTHOUSE_ONLY ? 0 : RUNS); run++) {
      // The three pages in a rotating order, so none is always first after the previous run's load.
      const pages = ['app', 'baseline', 'geojson'] as const;
      for (const which of [0, 1, 2].map((i) => pages[(i + run) % 3] as (typeof pages)[number])) {
        // Service workers blocked: every load is cold, and no precaching competes with the measured start.
        const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
        await context.addInitScript(SHOWN_MARK);
        const page = await context.newPage();
        const baseline = `${server.origin}/baseline/?w=${size.w}&h=${size.h}`;
        await page.goto(
          which === 'app'
            ? `${server.origin}/app/`
            : which === 'geojson'
              ? `${baseline}&style=geojson`
              : baseline,
        );
        await page.waitForFunction(() => document.body.dataset.mapState === 'idle', null, {
          timeout: 60_000,
        });
        const t = (await page.evaluate(READ_TIMINGS)) as Timings;
        const into = which === 'app' ? app : which === 'geojson' ? geojson : base;
        for (const k of Object.keys(t) as (keyof Timings)[]) into[k].push(t[k]);
        if (which === 'app') app.popover.push(await popoverTime(page));
        await context.close();
      }
    }
    await browser.close();
    if (!process.env.LIGHTHOUSE_ONLY) {
      report(app, base, size, [loadStart, loadavg()[0] ?? 0]);
      startReport(base, geojson);
    }
    // Lighthouse after the timed loads, in a Chromium of its own; the baseline's map at the app's map size there.
    if (LIGHTHOUSE_RUNS > 0)
      lh = await lighthouseRuns(
        {
          app: `${server.origin}/app/`,
          baseline: `${server.origin}/baseline/?w=${lhSize.w}&h=${lhSize.h}`,
        },
        LIGHTHOUSE_RUNS,
      );
  } finally {
    await browser.close();
    server.close();
  }
  if (lh) lighthouseReport(lh, lhSize, loadavg()[0] ?? 0);
}

/** Lighthouse's figures for the app beside the baseline's (desktop preset). */
function lighthouseReport(
  lh: Record<'app' | 'baseline', LighthouseFigures[]>,
  size: { w: number; h: number },
  loadEnd: number,
): void {
  const { width, height } = LIGHTHOUSE_VIEWPORT;
  console.log(
    `\nLighthouse 12 (desktop preset, simulated throttling; ${lh.app.length} runs each, alternating; page ${width}×${height}, map ${size.w}×${size.h} in both; service worker blocked; load average ${loadEnd.toFixed(1)} at the end)\n`,
  );
  console.log('| Lighthouse: median (min–max) | app | baseline | ratio app/baseline (per-run spread) |');
  console.log('|---|---|---|---|');
  const series = (which: 'app' | 'baseline', k: keyof LighthouseFigures) => lh[which].map((f) => f[k]);
  const row = (name: string, k: keyof LighthouseFigures) =>
    console.log(
      `| ${name} | ${ms(series('app', k))} | ${ms(series('baseline', k))} | ${ratio(series('app', k), series('baseline', k))} |`,
    );
  const plain = (name: string, k: keyof LighthouseFigures, digits: number) => {
    const fmt = (xs: number[]) => {
      if (!xs.some(Number.isFinite)) return '–';
      const s = spread(xs.filter(Number.isFinite));
      return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
    };
    console.log(`| ${name} | ${fmt(series('app', k))} | ${fmt(series('baseline', k))} | – |`);
  };
  plain('performance score', 'performance', 2);
  row('first contentful paint', 'fcp');
  row('speed index', 'speedIndex');
  row('largest contentful paint', 'lcp');
  row('total blocking time', 'tbt');
  plain('cumulative layout shift', 'cls', 3);
  const med = (which: 'app' | 'baseline', k: keyof LighthouseFigures) =>
    spread(series(which, k).filter(Number.isFinite)).median;
  console.log(
    `\nbench: lighthouse app SI ${med('app', 'speedIndex').toFixed(0)} ms TBT ${med('app', 'tbt').toFixed(0)} ms CLS ${med('app', 'cls').toFixed(3)}; baseline SI ${med('baseline', 'speedIndex').toFixed(0)} ms TBT ${med('baseline', 'tbt').toFixed(0)} ms CLS ${med('baseline', 'cls').toFixed(3)}`,
  );
}

/** The app's "first map pixels": its map picture when it has one, else its first map frame. */
const firstPixels = (app: Record<keyof Timings, number[]>) =>
  app.picture.map((p, i) => (Number.isFinite(p) ? p : (app.firstFrame[i] ?? Number.NaN)));
/** The app's "ten areas visible": its map picture when it has one (names and rings drawn), else map idle. */
const areasVisible = (app: Record<keyof Timings, number[]>) =>
  app.picture.map((p, i) => (Number.isFinite(p) ? p : (app.idle[i] ?? Number.NaN)));

function report(
  app: Record<keyof Timings | 'popover', number[]>,
  base: Record<keyof Timings, number[]>,
  size: { w: number; h: number },
  load: [number, number],
): void {
  const assets = join(ROOT, 'dist', 'assets');
  const js = readdirSync(assets).filter((f) => /\.(m?js)$/.test(f));
  const maplibre = bytes(js.filter((f) => f.startsWith('maplibre')).map((f) => join(assets, f)));
  // The initial chunk: the entry and the chunks the page preloads with it (index.html), less MapLibre's.
  const indexHtml = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
  const initial = new Set(
    [...indexHtml.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.m?js)"/g)].map((m) => m[1] ?? ''),
  );
  const appJs = bytes(
    js.filter((f) => initial.has(f) && !f.startsWith('maplibre')).map((f) => join(assets, f)),
  );
  const lazyJs = bytes(
    js.filter((f) => !initial.has(f) && !f.startsWith('maplibre')).map((f) => join(assets, f)),
  );
  const css = bytes(
    readdirSync(assets)
      .filter((f) => f.endsWith('.css'))
      .map((f) => join(assets, f)),
  );
  const html = bytes([join(ROOT, 'dist', 'index.html')]);
  const data = bytes([
    ...filesIn(join(ROOT, 'dist', 'data', 'case')),
    ...filesIn(join(ROOT, 'dist', 'data', 'build')),
  ]);
  const glyphs = bytes(filesIn(join(ROOT, 'dist', 'data', 'glyphs')));
  const visible = areasVisible(app);
  const first = firstPixels(app);

  console.log(
    `\nIndsatskort benchmark: ${RUNS} cold loads each, alternating app and baseline, page ${VIEWPORT.width}×${VIEWPORT.height},`,
  );
  console.log(
    `map ${size.w}×${size.h} in both (same style, data and first camera); headless Chromium, SwiftShader WebGL;`,
  );
  console.log(
    `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${load[0].toFixed(1)} at start, ${load[1].toFixed(1)} at end\n`,
  );
  console.log('| measure: median (min–max) | app | baseline | ratio app/baseline (per-run spread) |');
  console.log('|---|---|---|---|');
  const row = (name: string, a: number[], b: number[] | null) =>
    console.log(`| ${name} | ${ms(a)} | ${b ? ms(b) : '–'} | ${b ? ratio(a, b) : '–'} |`);
  row('navigation → first contentful paint (any content)', app.fcp, base.fcp);
  row('navigation → first map pixels (app: picture, else first map frame)', first, base.firstFrame);
  row('navigation → ten areas visible (app: picture, else idle; baseline: idle)', visible, base.idle);
  row('navigation → MapLibre worker script fetched (the map has been created)', app.worker, base.worker);
  row('navigation → panels (title, legend, area list) in the page', app.panels, null);
  row('navigation → live map idle, ten areas drawn', app.idle, base.idle);
  row(
    'navigation → live map on screen (second frame after the hand-over from the picture; baseline: after idle)',
    app.shown,
    base.shown,
  );
  row('keypress → popover visible', app.popover, null);
  console.log('\n| bytes | raw | gzip |');
  console.log('|---|---|---|');
  console.log(`| MapLibre (main chunk + worker) | ${kb(maplibre.raw)} | ${kb(maplibre.gz)} |`);
  console.log(`| app code (initial chunk and the chunk it preloads) | ${kb(appJs.raw)} | ${kb(appJs.gz)} |`);
  console.log(
    `| app code loaded on demand (budget charts, case view, Om kortet, file writers, outline import, phone story cards, SVG fallback, PNG export, service-worker registration) | ${kb(lazyJs.raw)} | ${kb(lazyJs.gz)} |`,
  );
  console.log(`| index.html (with the map picture, if any) | ${kb(html.raw)} | ${kb(html.gz)} |`);
  console.log(`| CSS (app + MapLibre) | ${kb(css.raw)} | ${kb(css.gz)} |`);
  console.log(`| data (case, bydele, vand, basemap tiles) | ${kb(data.raw)} | ${kb(data.gz)} |`);
  console.log(`| glyphs (fetched per range as labels need them) | ${kb(glyphs.raw)} | ${kb(glyphs.gz)} |`);
  console.log(
    `\nbench: idle ratio app/baseline ${ratio(app.idle, base.idle)}; app ${ms(app.idle)}, baseline ${ms(base.idle)}`,
  );
  console.log(
    `bench: on-screen ratio app/baseline ${ratio(app.shown, base.shown)}; app ${ms(app.shown)}, baseline ${ms(base.shown)}`,
  );
  console.log(
    `bench: visible ratio app/baseline ${ratio(visible, base.idle)}; app ${ms(visible)}, baseline idle ${ms(base.idle)}`,
  );
  console.log(
    `bench: first map pixels app ${ms(first)}, baseline ${ms(base.firstFrame)}; popover ${ms(app.popover)}; app js ${(appJs.gz / 1024).toFixed(1)} KB gz; data ${(data.gz / 1024).toFixed(1)} KB gz`,
  );
}

/** Where the baseline's start goes, with the pre-tiled basemap and with the GeoJSON basemap it replaced. */
function startReport(tiles: Record<keyof Timings, number[]>, geojson: Record<keyof Timings, number[]>): void {
  console.log(
    '\n| where the baseline start goes (ms since navigation): median (min–max) | pre-tiled basemap | GeoJSON basemap (before) | ratio pre-tiled/GeoJSON |',
  );
  console.log('|---|---|---|---|');
  const row = (name: string, k: keyof Timings) =>
    console.log(`| ${name} | ${ms(tiles[k])} | ${ms(geojson[k])} | ${ratio(tiles[k], geojson[k])} |`);
  row('MapLibre worker script fetched', 'worker');
  row('style loaded', 'style');
  row('last basemap file fetched (tiles / GeoJSON)', 'basemapFetched');
  row('basemap sources loaded for the first view (parsed, tiled)', 'basemapLoaded');
  row('last glyph range fetched', 'glyphs');
  row('first map frame', 'firstFrame');
  row('map idle', 'idle');
  console.log(
    `\nbench: baseline idle pre-tiled/GeoJSON basemap ${ratio(tiles.idle, geojson.idle)}; pre-tiled ${ms(tiles.idle)}, GeoJSON ${ms(geojson.idle)}`,
  );
}

await main();
