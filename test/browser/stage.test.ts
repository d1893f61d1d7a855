import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from './harness';
import { type Box, measureStage, STAGE_SIZES, type StageMeasure, waitStage } from './stage';

afterAll(closeBrowser);

const story = JSON.parse(readFileSync('geo/case/story.json', 'utf8')) as { id: string; fokus: string[] }[];
const areas = JSON.parse(readFileSync('geo/case/areas.geojson', 'utf8')) as {
  features: { properties: { id: string }; geometry: { type: string; coordinates: [number, number] } }[];
};
const places: Record<string, [number, number]> = Object.fromEntries(
  areas.features.map((f) => [f.properties.id, f.geometry.coordinates]),
);
const allIds = Object.keys(places);

const overlap = (a: Box, b: Box, tol = 0.5) =>
  a.x < b.x + b.width - tol &&
  b.x < a.x + a.width - tol &&
  a.y < b.y + b.height - tol &&
  b.y < a.y + a.height - tol;
const inside = (a: Box, b: Box, tol = 0.5) =>
  a.x >= b.x - tol &&
  a.y >= b.y - tol &&
  a.x + a.width <= b.x + b.width + tol &&
  a.y + a.height <= b.y + b.height + tol;
const circleRect = (c: { cx: number; cy: number; r: number }, b: Box, tol = 0.5) => {
  const nx = Math.max(b.x, Math.min(c.cx, b.x + b.width));
  const ny = Math.max(b.y, Math.min(c.cy, b.y + b.height));
  return Math.hypot(c.cx - nx, c.cy - ny) < c.r - tol;
};

/** Every rule of the stage for one step; returns the problems found (empty = the step is framed right). */
function stageProblems(m: StageMeasure, step: number, viewport: { width: number; height: number }): string[] {
  const problems: string[] = [];
  const share = (m.map.width * m.map.height) / (viewport.width * viewport.height);
  if (share < 0.6) problems.push(`map share ${share.toFixed(2)}`);
  if (m.smallestText.px < 24) problems.push(`text ${m.smallestText.px}px ${m.smallestText.where}`);
  const focus = story[step - 1]?.fokus.length ? (story[step - 1]?.fokus ?? []) : allIds;
  const blocked = [...(m.legend ? [m.legend] : []), ...m.controls];
  for (const id of focus) {
    const ring = m.rings.find((r) => r.ids.includes(id));
    const label = m.labels.find((l) => l.ids.includes(id));
    if (!ring || !label) {
      problems.push(`${id}: no ring or label`);
      continue;
    }
    for (const [what, box] of [
      ['ring', ring.box],
      ['label', label.box],
    ] as const) {
      if (!inside(box, m.map)) problems.push(`${id}: ${what} outside the map`);
      if (blocked.some((b) => overlap(box, b))) problems.push(`${id}: ${what} under the legend or a control`);
    }
  }
  const onMap = <T extends { box: Box }>(list: T[]) => list.filter((x) => overlap(x.box, m.map, 0));
  const rings = onMap(m.rings);
  const labels = onMap(m.labels);
  for (const [i, a] of rings.entries()) {
    for (const id of a.ids) {
      const t = m.truth[id];
      if (t && Math.hypot(t.x - a.cx, t.y - a.cy) > a.r + 0.5)
        problems.push(
          `${id}: ring ${Math.hypot(t.x - a.cx, t.y - a.cy).toFixed(0)} px from its place (r ${a.r})`,
        );
    }
    for (const b of rings.slice(i + 1))
      if (Math.hypot(a.cx - b.cx, a.cy - b.cy) < a.r + b.r - 0.5)
        problems.push(`rings ${a.ids} / ${b.ids} overlap`);
    for (const l of labels) if (circleRect(a, l.box)) problems.push(`ring ${a.ids} / label ${l.ids} overlap`);
  }
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1))
      if (overlap(a.box, b.box)) problems.push(`labels ${a.ids} / ${b.ids} overlap`);
  return problems;
}

const zoomOf = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { indsatskort: { map: { getZoom(): number } } }).indsatskort.map.getZoom(),
  );

describe.each(STAGE_SIZES.map((s) => [`${s.width}×${s.height}`, s] as const))(
  'the stage at %s',
  (_name, size) => {
    it('frames every step the same forward, backward and by URL, with the rules of the stage kept', async () => {
      const { page, baseUrl } = await openApp('?praesentation=1&trin=1', size);
      await page.locator('.story').focus();
      const forward: number[] = [];
      const problems: string[] = [];
      for (let n = 1; n <= story.length; n++) {
        if (n > 1) await page.keyboard.press('PageDown');
        await waitStage(page, n);
        const m = await measureStage(page, places);
        forward.push(m.zoom);
        problems.push(...stageProblems(m, n, size).map((p) => `step ${n}: ${p}`));
      }
      expect(problems).toEqual([]);
      for (let n = story.length - 1; n >= 1; n--) {
        await page.keyboard.press('PageUp');
        await waitStage(page, n);
        expect(
          Math.abs((await zoomOf(page)) - (forward[n - 1] ?? 0)),
          `step ${n} backward`,
        ).toBeLessThanOrEqual(0.05);
      }
      for (let n = 1; n <= story.length; n++) {
        await page.goto(`${baseUrl}?praesentation=1&trin=${n}`);
        await page.waitForFunction((s) => document.body?.dataset.stage?.startsWith(`${s}@`), n);
        expect(
          Math.abs((await zoomOf(page)) - (forward[n - 1] ?? 0)),
          `step ${n} by URL`,
        ).toBeLessThanOrEqual(0.05);
      }
      await page.close();
    }, 400_000);
  },
);

describe('the stage by URL, after a resize and after leaving and coming back', () => {
  it('frames every step opened by its URL as when walked to, at 1024×768', async () => {
    const size = { width: 1024, height: 768 };
    const { page, baseUrl } = await openApp('?praesentation=1&trin=1', size, 'loading');
    const walked: number[] = [];
    for (let n = 1; n <= story.length; n++) {
      if (n > 1) await page.keyboard.press('PageDown');
      await waitStage(page, n);
      walked.push(await zoomOf(page));
    }
    for (let n = 1; n <= story.length; n++) {
      await page.goto(`${baseUrl}?praesentation=1&trin=${n}`);
      await waitStage(page, n);
      expect(Math.abs((await zoomOf(page)) - (walked[n - 1] ?? 0)), `step ${n} by URL`).toBeLessThanOrEqual(
        0.05,
      );
    }
    await page.close();
  }, 300_000);

  it('keeps each step’s camera', async () => {
    const size = { width: 1024, height: 768 };
    const { page } = await openApp('?praesentation=1&trin=7', size, 'loading');
    await waitStage(page, 7);
    const before = await zoomOf(page);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForFunction(() => document.querySelector('#map')?.clientWidth === 1920);
    await page.setViewportSize(size);
    await page.waitForFunction(() => document.body?.dataset.stage?.endsWith('@1024'));
    await waitStage(page, 7);
    expect(Math.abs((await zoomOf(page)) - before)).toBeLessThanOrEqual(0.05);
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');
    for (let n = 2; n <= 7; n++) await page.keyboard.press('PageDown');
    await waitStage(page, 7);
    expect(Math.abs((await zoomOf(page)) - before)).toBeLessThanOrEqual(0.05);
    await page.close();
  }, 120_000);
});
