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
    const svg = budgetChart(budgetRows(data), { width: 900, lang: 'da', label: 'Beløb pr. indsats' });
    await expect(svg.outerHTML).toMatchFileSnapshot('__snapshots__/budget-chart.svg');
    const again = budgetChart(budgetRows(data), { width: 900, lang: 'da', label: 'Beløb pr. indsats' });
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
    const svg = budgetChart(rows, { width: 900, lang: 'da', label: 'TV' });
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
