import { describe, expect, it } from 'vitest';
import { budgetChart } from '../../src/charts/budgetChart';
import { budgetFigure } from '../../src/charts/budgetFigure';
import { budgetRows, rowTotal, tvRows } from '../../src/derive/budgets';
import { ring } from '../../src/draw/ring';
import { realData } from '../fixtures/dataset';

const { data } = realData();
const TV_LABELS = {
  statedTotal: 'Sagens samlede tal',
  siteSum: 'Sum af stedernes beløb',
  state: 'Statens andel',
  municipal: 'Kommunal medfinansiering',
};

describe('the budget chart', () => {
  it('matches its SVG snapshot (deterministic for the same data and size)', async () => {
    const svg = budgetChart(budgetRows(data), {
      width: 900,
      lang: 'da',
      label: 'Beløb pr. indsats',
      idPrefix: 'b',
    });
    await expect(svg.outerHTML).toMatchFileSnapshot('__snapshots__/budget-chart.svg');
    const again = budgetChart(budgetRows(data), {
      width: 900,
      lang: 'da',
      label: 'Beløb pr. indsats',
      idPrefix: 'b',
    });
    expect(again.outerHTML).toBe(svg.outerHTML);
  });

  it('splits NV and SV into the four years and keeps shared amounts whole', () => {
    const rows = budgetRows(data);
    const nv = rows.find((r) => r.id === 'nv_arbejdsmarked');
    expect(nv?.segments.map((s) => s.key)).toEqual(['2011', '2012', '2013', '2014']);
    expect(nv?.sharedBy).toBe(6);
    const flytte = rows.find((r) => r.id === 'flyttehjaelp');
    expect(flytte?.segments).toHaveLength(1);
    expect(flytte?.sharedBy).toBe(10);
    expect(rows.map(rowTotal)).toEqual([7_800_000, 15_700_000, 2_950_000, 5_312_000]);
  });

  it('shows TV-overvågning as the stated total split 50/50 beside the sum of the sites', async () => {
    const rows = tvRows(data, TV_LABELS);
    expect(rows.map(rowTotal)).toEqual([660_000, 393_000]);
    const svg = budgetChart(rows, { width: 900, lang: 'da', label: 'TV', idPrefix: 'tv' });
    await expect(svg.outerHTML).toMatchFileSnapshot('__snapshots__/tv-chart.svg');
    expect(svg.querySelector('[data-key="municipal"]')?.getAttribute('fill')).toMatch(/^url\(#/);
    expect(svg.getAttribute('aria-label')).toContain('Statens andel 330.000 kr.');
  });

  it('is a figure with a caption, in both languages', () => {
    const da = budgetFigure(data, 'da', 900);
    expect(da.querySelectorAll('figure figcaption')).toHaveLength(2);
    expect(da.textContent).toContain('fælles for 6 områder');
    const en = budgetFigure(data, 'en', 900);
    expect(en.querySelector('svg')?.getAttribute('aria-label')).toContain('DKK 7.8 million');
  });
});

/** A chart text as read: the lines of a label set on two lines (tspans) joined by a space. */
const lineText = (t: Element) => {
  const parts = [...t.querySelectorAll('tspan')];
  return parts.length > 0 ? parts.map((p) => p.textContent).join(' ') : t.textContent;
};

describe('the budget chart at any width', () => {
  const tv = tvRows(data, TV_LABELS);
  it.each([320, 360, 370, 390, 420, 540, 740])(
    'points to every segment labelled below a bar with a tick that ends beside or above its label at %i px',
    (width) => {
      for (const rows of [tv, budgetRows(data)]) {
        const svg = budgetChart(rows, { width, lang: 'da', label: 'C', idPrefix: 'c' });
        for (const label of svg.querySelectorAll('text.bar__outside-label')) {
          const key = label.getAttribute('data-key');
          const tick = svg.querySelector(`line.bar__tick[data-key="${key}"]`);
          expect(tick, `${lineText(label)}: no tick`).not.toBeNull();
          // The tick ends 1 px above the label's line, or at its first line's middle beside it.
          const gap = Number(label.getAttribute('y')) - Number(tick?.getAttribute('y2'));
          expect(gap, lineText(label) ?? '').toBeGreaterThan(0);
          expect(gap, lineText(label) ?? '').toBeLessThanOrEqual(15);
        }
      }
    },
  );

  it.each([360, 540, 740, 1100])(
    'draws every TV segment ≥ 2 px wide and labels the narrow ones below the bar at %i px',
    (width) => {
      const svg = budgetChart(tv, { width, lang: 'da', label: 'TV', idPrefix: 'tv' });
      for (const rect of svg.querySelectorAll('rect.bar__segment'))
        expect(Number(rect.getAttribute('width'))).toBeGreaterThanOrEqual(2);
      const texts = [...svg.querySelectorAll('text')].map(lineText);
      expect(texts).toContain('Aldersrogade 63.000 kr.');
      expect(texts).toContain('Mjølnerparken/Hothers Plads 50.000 kr.');
      expect(texts).not.toContain('Aldersrogade');
      expect(Number(svg.getAttribute('width'))).toBe(width);
    },
  );

  it('puts row labels above the bars below 560 px and in a column left of them above', () => {
    const narrow = budgetChart(budgetRows(data), { width: 360, lang: 'da', label: 'B', idPrefix: 'b' });
    const wide = budgetChart(budgetRows(data), { width: 1000, lang: 'da', label: 'B', idPrefix: 'b' });
    expect(narrow.querySelector('.bar__label')?.getAttribute('text-anchor')).toBe('start');
    expect(wide.querySelector('.bar__label')?.getAttribute('text-anchor')).toBe('end');
  });

  it('is generic: hatches come from the data (hatched segments) in the row colour, ids unique per chart', () => {
    const svg = budgetChart(tv, { width: 800, lang: 'da', label: 'TV', idPrefix: 'tv' });
    expect(svg.querySelector('pattern')?.id).toBe('tv-hatch-tv_overvaagning');
    expect(svg.querySelector('[data-key="municipal"]')?.getAttribute('fill')).toBe(
      'url(#tv-hatch-tv_overvaagning)',
    );
    const plain = budgetChart(budgetRows(data), { width: 800, lang: 'da', label: 'B', idPrefix: 'b' });
    expect(plain.querySelector('pattern')).toBeNull();
    const page = budgetFigure(data, 'da', 900);
    const ids = [...page.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says how the municipal CCTV share is funded: Kickstart for two sites, Aldersrogade separately', () => {
    const da = budgetFigure(data, 'da', 900).textContent ?? '';
    expect(da).toContain('Tingbjerg og Hothers Plads (330.000 kr.) foreslås finansieret i Kickstart 2011');
    expect(da).toContain(
      'Aldersrogade finansieres for sig ved tilskud fra områdeløftet i Haraldsgadekvarteret',
    );
    expect(budgetFigure(data, 'en', 900).textContent).toContain('Aldersrogade is funded separately');
  });

  it('never ends a sentence with a double full stop', () => {
    const fig = budgetFigure(data, 'da', 900);
    expect(fig.textContent).toContain('393.000 kr. Kommunens andel');
    expect(fig.textContent).not.toMatch(/kr\.\./);
    for (const svg of fig.querySelectorAll('svg')) expect(svg.getAttribute('aria-label')).not.toMatch(/\.\./);
  });
});

describe('the ring', () => {
  it('has six segments, coloured and lettered only for covered, shown types', () => {
    const svg = ring(['nv_arbejdsmarked', 'hotspot'], { radius: 24, visible: new Set(['nv_arbejdsmarked']) });
    expect(svg.querySelectorAll('path')).toHaveLength(6);
    expect(svg.querySelectorAll('.ring__seg--on')).toHaveLength(1);
    expect(svg.querySelectorAll('.ring__seg--hidden')).toHaveLength(1);
    expect(svg.querySelectorAll('.ring__seg--off')).toHaveLength(4);
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['N']);
  });
});
