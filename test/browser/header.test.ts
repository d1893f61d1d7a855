import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp } from './harness';

/**
 * Issue 10, the third walkthrough: the header's subtitle is shown whole or not at all — never cut with "…" or
 * clipped by the header — from a small tablet to a 1920 px screen, in both languages; and it is there on the
 * laptops, where the one-line header has room for it.
 */
afterAll(closeBrowser);

const WIDTHS = [600, 768, 900, 1024, 1280, 1366, 1500, 1920];
/** Widths at which the subtitle must be shown (in two lines at most), not dropped. */
const SHOWN_FROM = new Set([1024, 1280, 1366, 1920]);

describe('header subtitle: whole or dropped', () => {
  for (const lang of ['da', 'en']) {
    it(`${lang}: at ${WIDTHS.join(', ')} px wide`, async () => {
      const { page } = await openApp(lang === 'en' ? '?lang=en' : '', { width: 600, height: 800 }, 'idle');
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const seen = await page.evaluate(() => {
          const sub = document.getElementById('app-subtitle') as HTMLElement;
          const header = (document.querySelector('.app-header') as HTMLElement).getBoundingClientRect();
          const box = sub.getBoundingClientRect();
          return {
            shown: box.width > 0 && box.height > 0 && getComputedStyle(sub).visibility !== 'hidden',
            text: sub.textContent ?? '',
            cutSideways: sub.scrollWidth - sub.clientWidth,
            cutBelow: sub.scrollHeight - sub.clientHeight,
            outsideHeader: Math.max(
              header.top - box.top,
              box.bottom - header.bottom,
              box.right - header.right,
            ),
            lines: Math.round(box.height / Number.parseFloat(getComputedStyle(sub).lineHeight)),
            headerHeight: header.height,
          };
        });
        const at = `${lang} ${width}px`;
        expect(seen.text, at).toMatch(/2011-40035/);
        if (SHOWN_FROM.has(width)) expect(seen.shown, `${at}: shown`).toBe(true);
        if (!seen.shown) continue;
        expect(seen.cutSideways, `${at}: cut at the side`).toBeLessThanOrEqual(0);
        expect(seen.cutBelow, `${at}: cut below`).toBeLessThanOrEqual(0);
        expect(seen.outsideHeader, `${at}: outside the header`).toBeLessThanOrEqual(0.5);
        expect(seen.lines, `${at}: lines`).toBeLessThanOrEqual(2);
        expect(seen.headerHeight, `${at}: header height`).toBeLessThanOrEqual(56.5);
      }
      await page.close();
    });
  }
});

describe('the header Menu on a phone on its side', () => {
  it('keeps its list inside the 390 px high screen, every action reachable within it', async () => {
    const { page } = await openApp('', { width: 844, height: 390 }, 'idle', { touch: true });
    await page.locator('#menu-button').tap();
    const seen = await page.evaluate(() => {
      const list = document.getElementById('header-actions') as HTMLElement;
      const unreachable: string[] = [];
      for (const b of list.querySelectorAll<HTMLElement>('button, a')) {
        if (!b.checkVisibility()) continue;
        b.scrollIntoView({ block: 'nearest' });
        const r = b.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !b.contains(hit) || r.bottom > window.innerHeight) unreachable.push(b.textContent ?? '');
      }
      return { bottom: list.getBoundingClientRect().bottom, unreachable, pageScrolled: window.scrollY };
    });
    expect(seen.bottom, 'list foot').toBeLessThanOrEqual(390);
    expect(seen.unreachable).toEqual([]);
    expect(seen.pageScrolled, 'the page itself did not scroll').toBe(0);
    await page.close();
  });

  it('opens "Hent data" in its own cell, beside "Udskriv", with the file list on the whole row under it', async () => {
    const { page } = await openApp('', { width: 844, height: 390 }, 'idle', { touch: true });
    await page.locator('#menu-button').tap();
    await page.locator('#download-button').tap();
    const box = async (sel: string) => {
      const b = await page.locator(sel).boundingBox();
      if (!b) throw new Error(`${sel}: no box`);
      return b;
    };
    const print = await box('#print-button');
    const download = await box('#download-button');
    const panel = await box('#download-panel');
    const first = await box('#presentation-button');
    const second = await box('#export-button');
    const copy = await box('#copy-link-button');
    // Before: the wrapper took the row, so "Hent data" stood under "Udskriv", which stood alone beside a hole.
    expect(Math.abs(download.y - print.y), '"Hent data" on the row of "Udskriv"').toBeLessThanOrEqual(1);
    expect(download.x, '"Hent data" in the right-hand column').toBeGreaterThan(print.x + print.width);
    const gap = panel.y - (download.y + download.height);
    expect(gap, 'the list right under its button').toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThanOrEqual(12);
    expect(Math.abs(panel.x - first.x), 'the list from the left column').toBeLessThanOrEqual(1);
    expect(
      Math.abs(panel.x + panel.width - (second.x + second.width)),
      'to the right one',
    ).toBeLessThanOrEqual(1);
    expect(copy.y, '"Kopiér link" after the list').toBeGreaterThanOrEqual(panel.y + panel.height);
    // A second tap folds the list: the nine actions stand as before, all in view.
    await page.locator('#download-button').tap();
    expect(await page.locator('#download-panel').isVisible()).toBe(false);
    const after = await box('#about-button');
    expect(after.y + after.height, '"Om kortet" in view again').toBeLessThanOrEqual(390);
    await page.close();
  });

  it('keeps its width when "Hent data" opens, and its last action takes a whole row (helper-37)', async () => {
    const { page } = await openApp('', { width: 844, height: 390 }, 'idle', { touch: true });
    await page.locator('#menu-button').tap();
    const before = await page.locator('#header-actions').boundingBox();
    const about = await page.locator('#about-button').boundingBox();
    const first = await page.locator('#presentation-button').boundingBox();
    const second = await page.locator('#export-button').boundingBox();
    expect(
      about && first && Math.abs(about.x - first.x),
      '"Om kortet" from the left column',
    ).toBeLessThanOrEqual(1);
    expect(
      about && second && Math.abs(about.x + about.width - (second.x + second.width)),
      'to the right one',
    ).toBeLessThanOrEqual(1);
    await page.locator('#download-button').tap();
    const after = await page.locator('#header-actions').boundingBox();
    // Before: the list's hint sentence widened the Menu (488 → 544 px here, 260 → 544 px upright and on laptops).
    expect(after?.width, 'the Menu keeps its width').toBeCloseTo(before?.width ?? 0, 0);
    expect(after?.x).toBeCloseTo(before?.x ?? 0, 0);
    await page.close();
  });

  it('shows all its actions at once, none scrolled out of view (helper-32: "Om kortet" was below the screen)', async () => {
    const { page } = await openApp('', { width: 844, height: 390 }, 'idle', { touch: true });
    await page.locator('#menu-button').tap();
    const seen = await page.evaluate(() => {
      const list = document.getElementById('header-actions') as HTMLElement;
      const hidden: string[] = [];
      const boxes: { name: string; r: DOMRect }[] = [];
      for (const b of list.querySelectorAll<HTMLElement>('button, a')) {
        if (!b.checkVisibility()) continue;
        const r = b.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        const name = b.textContent ?? '';
        if (!hit || !b.contains(hit) || r.top < 0 || r.bottom > window.innerHeight) hidden.push(name);
        if (r.height < 44) hidden.push(`${name}: ${Math.round(r.height)} px tall`);
        boxes.push({ name, r });
      }
      const overlaps = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter(
            ({ r }) =>
              Math.min(a.r.right, r.right) - Math.max(a.r.left, r.left) > 0 &&
              Math.min(a.r.bottom, r.bottom) - Math.max(a.r.top, r.top) > 0,
          )
          .map((b) => `${a.name} × ${b.name}`),
      );
      return { actions: boxes.length, hidden, overlaps, scrolls: list.scrollHeight - list.clientHeight };
    });
    expect(seen.actions).toBe(9);
    expect(seen.hidden).toEqual([]);
    expect(seen.overlaps).toEqual([]);
    expect(seen.scrolls, 'the list scrolls').toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('the header Menu and the keyboard', () => {
  it('closes when Tab leaves its last action, so focus is never under it (helper-37)', async () => {
    const { page } = await openApp('', { width: 390, height: 844 }, 'idle', { touch: true });
    await page.locator('#menu-button').click();
    await page.locator('#about-button').focus();
    await page.keyboard.press('Tab');
    expect(await page.locator('#menu-button').getAttribute('aria-expanded'), 'the Menu closed').toBe('false');
    // The focused element is on screen and answers to its own centre (before, the sidebar's bar was under the menu).
    const seen = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { id: el.id || el.className, own: !!hit && el.contains(hit) };
    });
    expect(seen.own, `focus on ${seen.id} in view`).toBe(true);
    // Shift+Tab from the Menu button's first action back to the button keeps it open.
    await page.locator('#menu-button').click();
    await page.locator('#presentation-button').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('menu-button');
    expect(await page.locator('#menu-button').getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });
});
