import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { inject } from 'vitest';
import { launchChromium } from './chromium';

/** The one console message Chromium always prints with SwiftShader; every other error fails a test. */
const ALLOWED_CONSOLE = [
  /Automatic fallback to software WebGL has been deprecated/,
  /GPU stall due to ReadPixels/,
];

export interface AppPage {
  page: Page;
  baseUrl: string;
  /** Every URL requested since the page opened. */
  requests: string[];
  /** Requests that failed or answered ≥ 400. */
  failures: string[];
  /** Console errors and page errors, less the allowed SwiftShader notice. */
  errors: string[];
}

let browser: Browser | null = null;

/** One Chromium for the whole file; closed in afterAll via closeBrowser. */
export async function getBrowser(): Promise<Browser> {
  browser ??= await launchChromium();
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

/** Opens the built app at `path` in a fresh page of the given size and waits for the map to be idle. */
export async function openApp(
  path = '',
  size = { width: 1920, height: 1080 },
  waitFor = 'idle',
  options: { bypassCSP?: boolean } = {},
): Promise<AppPage> {
  const baseUrl = inject('baseUrl');
  // Service workers blocked: each test sees the page's own requests on a cold load (test/browser/offline.test.ts
  // covers the worker).
  const page = await (await getBrowser()).newPage({
    viewport: size,
    bypassCSP: options.bypassCSP ?? false,
    serviceWorkers: 'block',
  });
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const app: AppPage = { page, baseUrl, requests: [], failures: [], errors: [] };
  page.on('request', (r) => app.requests.push(r.url()));
  page.on('requestfailed', (r) => app.failures.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) app.failures.push(`${r.url()} ${r.status()}`);
  });
  page.on('console', (m) => {
    if (
      (m.type() === 'error' || m.type() === 'warning') &&
      !ALLOWED_CONSOLE.some((re) => re.test(m.text()))
    ) {
      if (m.type() === 'error') app.errors.push(m.text());
    }
  });
  page.on('pageerror', (e) => app.errors.push(e.message));
  await page.goto(`${baseUrl}${path}`);
  await page.waitForFunction((state) => document.body.dataset.mapState === state, waitFor, {
    timeout: 30_000,
  });
  return app;
}

/** The screen position (page pixels) of a lon/lat, through the app's map handle. */
export function project(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((ll) => {
    const handle = (
      window as unknown as {
        indsatskort: {
          map: { project(l: [number, number]): { x: number; y: number }; getContainer(): HTMLElement };
        };
      }
    ).indsatskort;
    const p = handle.map.project(ll);
    const r = handle.map.getContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lngLat);
}

/** A decoded screenshot of the page, for sampling pixels. */
export async function screenshotPixels(page: Page): Promise<PNG> {
  return PNG.sync.read(await page.screenshot());
}

/** The [r, g, b] of one pixel. */
export function pixel(png: PNG, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
}

/** Content-Security-Policy violations the page has reported so far. */
export const cspViolations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
