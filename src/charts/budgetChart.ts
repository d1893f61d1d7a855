import { axisBottom } from 'd3-axis';
import { scaleBand, scaleLinear } from 'd3-scale';
import { create } from 'd3-selection';
import { type BudgetRow, rowTotal } from '../derive/budgets';
import { formatKr, formatKrShort, type Lang } from '../i18n/format';
import { PALETTE } from '../style/palette';

/** Space around the plot, in CSS pixels. */
export const MARGIN = { top: 8, right: 130, bottom: 28, left: 250 } as const;
/** Height of one bar's band, in CSS pixels. */
export const BAND = 44;
/** Segments narrower than this (px) get no label inside. */
const MIN_LABEL_WIDTH = 46;
const HATCH_ID = 'hatch-municipal';

export interface BudgetChartOptions {
  width: number;
  lang: Lang;
  /** Accessible name of the chart (it also lists every value). */
  label: string;
  /** Row id → note shown under the row label, e.g. "fælles for 6 områder". */
  notes?: Record<string, string>;
}

/**
 * A horizontal bar chart of amounts: one bar per row, split into its segments (years, shares or sites), with the
 * total at the end. A function of (rows, size) returning an SVG element with role="img" and a full text label.
 */
export function budgetChart(rows: readonly BudgetRow[], opts: BudgetChartOptions): SVGSVGElement {
  const height = MARGIN.top + MARGIN.bottom + rows.length * BAND;
  const max = Math.max(...rows.map(rowTotal), 1);
  const x = scaleLinear()
    .domain([0, max])
    .range([MARGIN.left, opts.width - MARGIN.right])
    .nice();
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.id))
    .range([MARGIN.top, height - MARGIN.bottom])
    .padding(0.28);
  const kr = (n: number) => formatKr(n, opts.lang);
  const summary = rows
    .map(
      (r) =>
        `${r.label}: ${kr(rowTotal(r))}${r.segments.length > 1 ? ` (${r.segments.map((s) => `${s.label} ${kr(s.kr)}`).join(', ')})` : ''}`,
    )
    .join('; ');

  const svg = create('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('width', opts.width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${opts.width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', `${opts.label}. ${summary}.`)
    .attr('class', 'budget-chart');
  svg
    .append('defs')
    .append('pattern')
    .attr('id', HATCH_ID)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('width', 6)
    .attr('height', 6)
    .attr('patternTransform', 'rotate(45)')
    .call((p) => p.append('rect').attr('width', 6).attr('height', 6).attr('fill', '#ffffff'))
    .call((p) =>
      p.append('rect').attr('width', 3).attr('height', 6).attr('fill', PALETTE.tv_overvaagning.color),
    );

  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${height - MARGIN.bottom})`)
    .call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor((opts.width - MARGIN.left - MARGIN.right) / 90)))
        .tickFormat((d) => formatKrShort(Number(d), opts.lang)),
    );

  for (const row of rows) {
    const g = svg.append('g').attr('class', 'bar').attr('data-row', row.id);
    const top = y(row.id) ?? 0;
    const color = PALETTE[row.type].color;
    g.append('text')
      .attr('class', 'bar__label')
      .attr('x', MARGIN.left - 8)
      .attr('y', top + y.bandwidth() / 2)
      .attr('text-anchor', 'end')
      .attr('dominant-baseline', opts.notes?.[row.id] ? 'auto' : 'central')
      .text(shorten(row.label));
    if (opts.notes?.[row.id]) {
      g.append('text')
        .attr('class', 'bar__note')
        .attr('x', MARGIN.left - 8)
        .attr('y', top + y.bandwidth() / 2 + 14)
        .attr('text-anchor', 'end')
        .text(opts.notes[row.id] ?? '');
    }
    let start = 0;
    for (const seg of row.segments) {
      const x0 = x(start);
      const w = Math.max(0, x(start + seg.kr) - x0);
      start += seg.kr;
      g.append('rect')
        .attr('class', 'bar__segment')
        .attr('data-key', seg.key)
        .attr('x', x0.toFixed(1))
        .attr('y', top.toFixed(1))
        .attr('width', w.toFixed(1))
        .attr('height', y.bandwidth().toFixed(1))
        .attr('fill', seg.key === 'municipal' ? `url(#${HATCH_ID})` : color)
        .attr('stroke', '#ffffff')
        .attr('stroke-width', 1.5)
        .append('title')
        .text(`${seg.label}: ${kr(seg.kr)}`);
      if (w >= MIN_LABEL_WIDTH && seg.label) {
        g.append('text')
          .attr('class', 'bar__segment-label')
          .attr('x', (x0 + w / 2).toFixed(1))
          .attr('y', (top + y.bandwidth() / 2).toFixed(1))
          .attr('text-anchor', 'middle')
          .attr('dominant-baseline', 'central')
          .attr('fill', seg.key === 'municipal' ? '#000000' : PALETTE[row.type].textColor)
          .text(seg.label);
      }
    }
    g.append('text')
      .attr('class', 'bar__value')
      .attr('x', (x(start) + 6).toFixed(1))
      .attr('y', (top + y.bandwidth() / 2).toFixed(1))
      .attr('dominant-baseline', 'central')
      .text(kr(rowTotal(row)));
  }
  return svg.node() as SVGSVGElement;
}

/** Long case names cut to fit the label column, whole words kept. */
export function shorten(label: string, max = 38): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max).replace(/\s+\S*$/, '');
  return `${cut} …`;
}
