/**
 * `npm run screenshots:story`: serves dist/ (build first) and saves a screenshot of every story step at
 * 1024×768 and 1920×1080 to test/screenshots/story-<step>-<width>.png, walking the story with PageDown as a
 * presenter's clicker would.
 */
import { launchChromium } from './chromium';
import { startPreview } from './server';
import { waitStage } from './stage';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];
const server = await startPreview(process.cwd());
const browser = await launchChromium();
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: size });
    await page.goto(`${server.url}?praesentation=1&trin=1`);
    const total = await page
      .locator('.story__count')
      .innerText()
      .then((t) => Number(t.split('/')[1]));
    for (let n = 1; n <= total; n++) {
      if (n > 1) await page.keyboard.press('PageDown');
      await waitStage(page, n, true);
      const out = `test/screenshots/story-${n}-${size.width}.png`;
      await page.screenshot({ path: out });
      console.log(`screenshot: ${out}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
