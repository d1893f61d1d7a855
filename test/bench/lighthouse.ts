/**
 * Lighthouse in the benchmark (bench only, not in `npm test`): the desktop preset against the built app and the
 * baseline page on loopback, in the same Debian Chromium as the browser tests (SwiftShader WebGL), alternating
 * app and baseline. Lighthouse drives a Chromium of its own through a DevTools port (no Playwright attached). Service workers are kept out (the
 * registration script is blocked), as in the rest of the bench: every load is a cold first visit without the
 * precache competing with the start. Only the five audits that make up the performance score are run (FCP,
 * speed index, LCP, total blocking time, CLS): the diagnostics read every response body over the DevTools protocol,
 * which times out on a loaded machine. Speed index, LCP and total blocking time are Lighthouse's simulated
 * (Lantern) figures for its desktop throttling; CLS is observed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium';

/** The figures read from one Lighthouse report. */
export interface LighthouseFigures {
  performance: number;
  fcp: number;
  speedIndex: number;
  lcp: number;
  tbt: number;
  cls: number;
}

/** Lighthouse's desktop preset emulates this viewport (CSS px). */
export const LIGHTHOUSE_VIEWPORT = { width: 1350, height: 940 } as const;

/** A free TCP port on loopback (for Chromium's DevTools endpoint). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const NO_FIGURES: LighthouseFigures = {
  performance: Number.NaN,
  fcp: Number.NaN,
  speedIndex: Number.NaN,
  lcp: Number.NaN,
  tbt: Number.NaN,
  cls: Number.NaN,
};

/** The audits of Lighthouse's performance score. */
const AUDITS = [
  'first-contentful-paint',
  'speed-index',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
] as const;

/** Resolves once Chromium answers on its DevTools port. */
async function waitForDevTools(port: number): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Chromium did not open its DevTools port ${port}`);
}

/** Runs Lighthouse `runs` times on each of `urls` (in alternating order) and returns the figures per URL key. */
export async function lighthouseRuns<K extends string>(
  urls: Record<K, string>,
  runs: number,
): Promise<Record<K, LighthouseFigures[]>> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'indsatskort-lighthouse-'));
  const chromium = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  await waitForDevTools(port);
  const keys = Object.keys(urls) as K[];
  const out = Object.fromEntries(keys.map((k) => [k, [] as LighthouseFigures[]])) as Record<
    K,
    LighthouseFigures[]
  >;
  try {
    for (let run = 0; run < runs; run++) {
      for (const key of keys.map((_, i) => keys[(i + run) % keys.length] as K)) {
        const result = await lighthouse(
          urls[key],
          {
            port,
            output: 'json',
            logLevel: 'error',
            onlyAudits: [...AUDITS],
            blockedUrlPatterns: ['*/sw.js'],
            // The map's start on software WebGL under a shared machine's load is slow; give it room.
            maxWaitForLoad: 90_000,
          },
          desktopConfig,
        );
        const lhr = result?.lhr;
        // A failed run (no report, no paint seen) is kept as a run without figures, not the end of the bench.
        const failed = !lhr ? 'no report' : lhr.runtimeError?.message;
        if (!lhr || failed) {
          console.warn(`Lighthouse, ${key}, run ${run + 1}: ${failed}`);
          out[key].push(NO_FIGURES);
          continue;
        }
        const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        out[key].push({
          performance: lhr.categories.performance?.score ?? Number.NaN,
          fcp: value('first-contentful-paint'),
          speedIndex: value('speed-index'),
          lcp: value('largest-contentful-paint'),
          tbt: value('total-blocking-time'),
          cls: value('cumulative-layout-shift'),
        });
      }
    }
  } finally {
    // Chromium writes its profile until it has exited: wait for that before removing it.
    const exited = new Promise((resolve) => chromium.once('exit', resolve));
    chromium.kill();
    await exited;
    // Its helper processes may still write a moment longer (ENOTEMPTY ended a whole bench, figures unprinted, on
    // 6 Dec): retried for about 3 s, then left in the temporary folder with a warning, never the end of the bench.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
    } catch (e) {
      console.warn(`Lighthouse: could not remove the profile ${profile}: ${String(e)}`);
    }
  }
  return out;
}
