/**
 * `npx tsx test/bench/profile.ts [runs]`: where the main thread's time goes before map idle, in the built app and in
 * the bench's bare-MapLibre baseline (build both first: `npx vite build --minify false` keeps the app's function
 * names and its `// <module path>` comments, which this script uses to name modules; and
 * `npx vite build --config test/bench/vite.baseline.config.ts`). Loads each page cold in headless Chromium (the
 * tests' flags) with a Chromium trace (timeline events and V8's sampling profiler) and prints, per page, medians
 * over the runs: busy time and the long tasks' blocking time before idle, time by trace event (self time), and
 * JavaScript self time by script/module and the heaviest functions (inclusive). A tool for finding work, not a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bbox, featureCollection } from '@turf/turf';
import { validateDataset } from '../../src/data/validate';
import { derive } from '../../src/derive/derived';
import { areaAnchors, areaPlaces, areaShapes, sitesApart } from '../../src/derive/mapFeatures';
import { FIT_PADDING } from '../../src/style/camera';
import { buildStyle } from '../../src/style/mapStyle';
import { launchChromium } from '../browser/chromium';
import { goodRaw } from '../fixtures/dataFiles';
import { serveBench } from './server';

const ROOT = join(import.meta.dirname, '..', '..');
const RUNS = Number(process.argv[2] ?? 3);
const VIEWPORT = { width: 1280, height: 800 };
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'toplevel',
  'loading',
  'disabled-by-default-devtools.timeline.stack',
];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; scriptId: number };
}

/** `// src/….ts` line ranges in an unminified chunk: which module a line belongs to. */
function moduleRegions(): Map<string, { start: number; name: string }[]> {
  const dir = join(ROOT, 'dist', 'assets');
  const out = new Map<string, { start: number; name: string }[]>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    const regions: { start: number; name: string }[] = [];
    readFileSync(join(dir, f), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const m = /^\/\/ (\S+\.(?:ts|js|mjs|cjs))$/.exec(line);
        if (m) regions.push({ start: i, name: (m[1] ?? '').replace(/^.*node_modules\//, 'npm:') });
      });
    out.set(f, regions);
  }
  return out;
}

function moduleOf(regions: ReturnType<typeof moduleRegions>, url: string | undefined, line: number): string {
  const file = url?.split('/').pop() ?? '';
  const rs = regions.get(file);
  if (!rs) return file || '(native)';
  let name = file;
  for (const r of rs) {
    if (r.start > line) break;
    name = r.name;
  }
  return name;
}

interface Figures {
  idle: number;
  busy: number;
  blocking: number;
  events: Map<string, number>;
  counts: Map<string, number>;
  forced: Map<string, number>;
  modules: Map<string, number>;
  functions: Map<string, number>;
}

function analyse(events: TraceEvent[], regions: ReturnType<typeof moduleRegions>): Figures {
  const idleMark = events.find((e) => e.name === 'indsatskort:map-idle' || e.name === 'baseline:map-idle');
  if (!idleMark) throw new Error('no idle mark in the trace');
  const { pid, tid } = idleMark;
  const nav = events
    .filter(
      (e) =>
        e.name === 'navigationStart' &&
        e.pid === pid &&
        e.ts <= idleMark.ts &&
        /\/(app|baseline)\//.test(String(e.args?.data?.documentLoaderURL ?? '')),
    )
    .map((e) => e.ts)
    .sort((a, b) => a - b)
    .pop();
  if (nav === undefined) throw new Error('no navigationStart');
  if (process.env.PROFILE_DEBUG)
    for (const e of events)
      if (e.pid === pid && (e.cat.includes('user_timing') || e.name === 'navigationStart'))
        console.log(
          e.name,
          e.ph,
          e.cat,
          ((e.ts - nav) / 1000).toFixed(0),
          JSON.stringify(e.args).slice(0, 120),
        );
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= nav && e.ts < idleMark.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = main.filter((e) => e.name === 'RunTask');
  const busy = tasks.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  const blocking = tasks.reduce((s, e) => s + Math.max(0, (e.dur ?? 0) / 1000 - 50), 0);
  // Self time per event name (children subtracted), tasks themselves left out.
  const events_ = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const e of main) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  // Layouts and style recalculations with a script on the stack (forced by JavaScript), by the script's frames.
  const forced = new Map<string, number>();
  for (const e of main) {
    if (e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') continue;
    const data = (e.args?.beginData ?? e.args?.data) as
      | { stackTrace?: { functionName: string; url: string; lineNumber: number }[] }
      | undefined;
    const stack = data?.stackTrace ?? [];
    if (!stack.length) continue;
    const key = `${e.name} ← ${stack
      .slice(0, 3)
      .map((f) => `${f.functionName || '(anonymous)'} ${moduleOf(regions, f.url, f.lineNumber - 1)}`)
      .join(' ← ')}`;
    forced.set(key, (forced.get(key) ?? 0) + (e.dur ?? 0) / 1000);
  }
  const stack: { end: number; name: string; child: number; dur: number }[] = [];
  const close = (until: number) => {
    while (stack.length && (stack.at(-1)?.end ?? 0) <= until) {
      const top = stack.pop();
      if (!top) break;
      events_.set(top.name, (events_.get(top.name) ?? 0) + (top.dur - top.child) / 1000);
    }
  };
  for (const e of main) {
    close(e.ts);
    const dur = e.dur ?? 0;
    const parent = stack.at(-1);
    if (parent) parent.child += dur;
    stack.push({ end: e.ts + dur, name: e.name, child: 0, dur });
  }
  close(Number.POSITIVE_INFINITY);
  events_.delete('RunTask');
  // The sampling profiler: self time by module, inclusive time by function, samples between navigation and idle.
  const nodes = new Map<number, ProfileNode>();
  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  const profiles = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile' && e.id && e.tid === tid) profiles.set(e.id, Number(e.args?.data?.startTime));
  }
  for (const [id, start] of profiles) {
    let t = start;
    let last = start;
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.id === id && e.pid === pid);
    for (const c of chunks) {
      const data = c.args?.data as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const samples = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      samples.forEach((s, i) => {
        t += deltas[i] ?? 0;
        const dt = (t - last) / 1000;
        last = t;
        if (t < nav || t > idleMark.ts) return;
        const node = nodes.get(s);
        if (!node) return;
        const f = node.callFrame;
        if (f.functionName === '(idle)' || f.functionName === '(program)') return;
        const mod =
          f.functionName.startsWith('(') && !f.url ? f.functionName : moduleOf(regions, f.url, f.lineNumber);
        modules.set(mod, (modules.get(mod) ?? 0) + dt);
        const seen = new Set<string>();
        for (let n: ProfileNode | undefined = node; n; n = n.parent ? nodes.get(n.parent) : undefined) {
          const cf = n.callFrame;
          if (!cf.url) continue;
          const key = `${cf.functionName || '(anonymous)'} ${moduleOf(regions, cf.url, cf.lineNumber)}:${cf.lineNumber}`;
          if (seen.has(key)) continue;
          seen.add(key);
          functions.set(key, (functions.get(key) ?? 0) + dt);
        }
      });
    }
  }
  return {
    idle: (idleMark.ts - nav) / 1000,
    busy,
    blocking,
    events: events_,
    counts,
    forced,
    modules,
    functions,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

function print(label: string, runs: Figures[], top = 25): void {
  console.log(`\n## ${label}: ${runs.length} runs`);
  console.log(
    `idle ${median(runs.map((r) => r.idle)).toFixed(0)} ms, main thread busy before idle ${median(runs.map((r) => r.busy)).toFixed(0)} ms, blocking (tasks over 50 ms) ${median(runs.map((r) => r.blocking)).toFixed(0)} ms`,
  );
  const table = (title: string, pick: (f: Figures) => Map<string, number>, n: number) => {
    const keys = new Set(runs.flatMap((r) => [...pick(r).keys()]));
    const rows = [...keys]
      .map((k) => [k, median(runs.map((r) => pick(r).get(k) ?? 0))] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, n);
    console.log(`\n${title}`);
    for (const [k, v] of rows) console.log(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
  };
  table('trace events, self time (median)', (f) => f.events, 20);
  table('trace events, count (median)', (f) => f.counts, 12);
  table('layouts forced by script, by stack (median)', (f) => f.forced, 15);
  table('JavaScript self time by module/script (median)', (f) => f.modules, top);
  table('JavaScript functions, inclusive (median)', (f) => f.functions, 40);
}

async function main(): Promise<void> {
  const d = derive(validateDataset(goodRaw()));
  const shapes = areaShapes(d.data);
  const camera = JSON.stringify({ bounds: bbox(shapes), padding: FIT_PADDING });
  const styleFor = (origin: string) =>
    JSON.stringify(
      buildStyle({
        dataBase: `${origin}/app/data/`,
        anchors: areaAnchors(areaPlaces(d.data, d.matrix)),
        shapes,
        sites: sitesApart(d.data),
        zones: featureCollection(d.data.zones),
      }),
    );
  const server = await serveBench(ROOT, styleFor, camera);
  const browser = await launchChromium();
  const regions = moduleRegions();
  const out: Record<'app' | 'baseline', Figures[]> = { app: [], baseline: [] };
  try {
    // The app's map size, as the bench reads it.
    const warm = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
    const wp = await warm.newPage();
    await wp.goto(`${server.origin}/app/`);
    await wp.waitForFunction(() => document.body.dataset.mapState === 'idle', null, { timeout: 60_000 });
    const size = await wp.evaluate(() => {
      const el = document.getElementById('map') as HTMLElement;
      return { w: el.clientWidth, h: el.clientHeight };
    });
    await warm.close();
    for (let run = 0; run < RUNS; run++) {
      for (const which of run % 2 ? (['baseline', 'app'] as const) : (['app', 'baseline'] as const)) {
        const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
        const page = await context.newPage();
        await browser.startTracing(page, { categories: CATEGORIES });
        await page.goto(
          which === 'app' ? `${server.origin}/app/` : `${server.origin}/baseline/?w=${size.w}&h=${size.h}`,
        );
        await page.waitForFunction(() => document.body.dataset.mapState === 'idle', null, {
          timeout: 60_000,
        });
        const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
          traceEvents: TraceEvent[];
        };
        out[which].push(analyse(trace.traceEvents, regions));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  print('app', out.app);
  print('baseline', out.baseline);
}

await main();
