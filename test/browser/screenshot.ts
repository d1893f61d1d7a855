/**
 * `npm run screenshot -- [width] [height] [out.png] [url-suffix] [js-to-run]`: builds nothing, serves dist/
 * and saves a screenshot once the map is idle — for looking at what a user sees, and for the README.
 */
import { launchChromium } from './chromium';
import { startPreview } from './server';

const [width, height, out, suffix, script] = process.argv.slice(2);
const server = await startPreview(process.cwd());
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: Number(width ?? 1920), height: Number(height ?? 1080) },
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url()))
      console.error(`outside request: ${r.url()}`);
  });
  await page.goto(`${server.url}${suffix ?? ''}`);
  await page.waitForFunction(() => ['idle', 'error'].includes(document.body?.dataset.mapState ?? ''), null, {
    timeout: 30_000,
  });
  if (script) {
    await page.evaluate(script);
    await page.waitForTimeout(1500);
  }
  await page.screenshot({ path: out ?? 'screenshot.png' });
  console.log(
    `screenshot: ${out ?? 'screenshot.png'} (${await page.evaluate(() => document.body.dataset.mapState)})`,
  );
} finally {
  await browser.close();
  server.stop();
}
