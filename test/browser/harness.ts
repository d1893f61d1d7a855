import type { Browser, Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterEach, expect, inject } from 'vitest';
import { launchChromium } from './chromium';

/** The console messages Chromium always prints with SwiftShader; any other error or warning fails the test. */
const ALLOWED_CONSOLE = [
  /Automatic fallback to software WebGL has been deprecated/,
  /GPU stall due to ReadPixels/,
  // openApp blocks service workers (cold loads for every test), so the app's registration reports that it could not.
  /^Service worker: /,
  /^Service Worker registration blocked by Playwright/,
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
  /** Console warnings, less the allowed SwiftShader notices. */
  warnings: string[];
}

/** Pages opened by the current test; after it, any console error or warning they logged fails the test. */
let opened: AppPage[] = [];

afterEach(() => {
  const logged = opened.flatMap((a) => [...a.errors, ...a.warnings]);
  opened = [];
  expect(logged, 'console errors and warnings of the pages this test opened').toEqual([]);
});

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

/**
 * Records a page's requests, failures, console errors and warnings; after the test, any error or warning not in
 * ALLOWED_CONSOLE or `expected` fails it. openApp calls it; a test that opens a page itself calls it too, naming
 * the messages its deliberate fault causes in `expected`.
 */
export function watchPage(page: Page, expected: readonly RegExp[] = []): AppPage {
  const app: AppPage = {
    page,
    baseUrl: inject('baseUrl'),
    requests: [],
    failures: [],
    errors: [],
    warnings: [],
  };
  opened.push(app);
  const allowed = [...ALLOWED_CONSOLE, ...expected];
  page.on('request', (r) => app.requests.push(r.url()));
  page.on('requestfailed', (r) => app.failures.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) app.failures.push(`${r.url()} ${r.status()}`);
  });
  page.on('console', (m) => {
    if (allowed.some((re) => re.test(m.text()))) return;
    if (m.type() === 'error') app.errors.push(m.text());
    if (m.type() === 'warning') app.warnings.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (!allowed.some((re) => re.test(e.message))) app.errors.push(e.message);
  });
  return app;
}

/** Opens the built app at `path` in a fresh page of the given size and waits for the map to be idle. */
export async function openApp(
  path = '',
  size = { width: 1920, height: 1080 },
  waitFor = 'idle',
  options: {
    bypassCSP?: boolean;
    touch?: boolean;
    reducedMotion?: boolean;
    /** Data files served in place of the built ones: path under /data/ → file text. */
    data?: Record<string, string>;
  } = {},
): Promise<AppPage> {
  const baseUrl = inject('baseUrl');
  const page = await (await getBrowser()).newPage({
    viewport: size,
    bypassCSP: options.bypassCSP ?? false,
    // A phone or tablet: touch events and a mobile viewport (issue 10's layouts).
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    serviceWorkers: 'block',
  });
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = list;
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const app = watchPage(page);
  for (const [file, body] of Object.entries(options.data ?? {}))
    await page.route(`**/data/${file}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
  await page.goto(`${baseUrl}${path}`);
  await page.waitForFunction((state) => document.body?.dataset.mapState === state, waitFor, {
    timeout: 45_000,
  });
  // The build-time map picture fades out (≤ 200 ms) after the map's first idle: tests that read rings or pixels
  // wait until only the live map is there.
  if (waitFor === 'idle') await page.waitForFunction(() => !document.querySelector('.map-picture'));
  return app;
}

/** The screen position (page pixels) of a lon/lat, through the app's map handle. */
/**
 * A header action ready to click: below 1500 px most actions wait in the header's Menu, so the Menu is opened
 * first when the action is not on screen (as a person would).
 */
export async function headerAction(page: Page, action: Locator): Promise<Locator> {
  if (await action.isVisible()) return action;
  const menu = page.locator('#menu-button');
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  return action;
}

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

/**
 * Waits until the map has drawn a frame and gone idle (camera still, sources loaded), then one animation frame
 * more so the DOM markers have been placed for that camera. Use it instead of a fixed wait.
 */
export function settled(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const map = (
      window as unknown as {
        indsatskort: { map: { once(e: string): Promise<unknown>; triggerRepaint(): void } };
      }
    ).indsatskort.map;
    const idle = map.once('idle');
    map.triggerRepaint();
    await idle;
    await new Promise(requestAnimationFrame);
  });
}

/** A colour as [r, g, b] from #RRGGBB. */
export const rgb = (hex: string): [number, number, number] => [
  Number.parseInt(hex.slice(1, 3), 16),
  Number.parseInt(hex.slice(3, 5), 16),
  Number.parseInt(hex.slice(5, 7), 16),
];

/** Whether two colours differ by at most `tolerance` in every channel. */
export const near = (a: readonly number[], b: readonly number[], tolerance = 8): boolean =>
  a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);

/** Known map places: a point of open sea (Øresund, drawn as water) and the middle of Amager Fælled (a park). */
export const KNOWN_PLACES = {
  sea: [12.63, 55.7] as [number, number],
  park: [12.5703, 55.65] as [number, number],
};

/**
 * The page printed as the browser's own print does, to A4 landscape: the PDF's text, its first page's text and
 * its first page as pixels.
 */
export async function pdfPages(page: Page): Promise<{ text: string; firstText: string; first: PNG }> {
  // page.pdf prints as the browser's own print does: 'beforeprint' and the print media query, no button.
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
  const { PDFParse } = await import('pdf-parse');
  const parsed = await new PDFParse({ data: new Uint8Array(pdf) }).getText();
  const { text } = parsed;
  const firstText = parsed.pages[0]?.text ?? '';
  const shot = await new PDFParse({ data: new Uint8Array(pdf) }).getScreenshot({
    first: 1,
    scale: 1,
    imageBuffer: true,
  });
  const first = shot.pages[0];
  if (!first) throw new Error('the PDF has no page');
  return { text, firstText, first: PNG.sync.read(Buffer.from(first.data)) };
}
