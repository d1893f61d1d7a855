import { axisBottom } from 'd3-axis';
import { scaleTime } from 'd3-scale';
import { create } from 'd3-selection';
import type { TimelineEvent } from '../data/schema';
import type { Lang } from '../i18n/format';

/** Space around the plot, in CSS pixels. */
export const TIMELINE_MARGIN = { top: 8, right: 16, bottom: 30, left: 16 } as const;
/** Height of one event's lane, in CSS pixels. */
export const LANE = 22;
/** Days added either side of the first and last date so marks never sit on the edge. */
const PAD_DAYS = 20;
const DAY_MS = 86_400_000;

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The time scale's domain: the first and last date of the events, padded by a few weeks. */
export function timelineDomain(events: readonly TimelineEvent[]): [Date, Date] {
  const starts = events.map((e) => utc(e.fra).getTime());
  const ends = events.map((e) => utc(e.til).getTime() + DAY_MS);
  return [new Date(Math.min(...starts) - PAD_DAYS * DAY_MS), new Date(Math.max(...ends) + PAD_DAYS * DAY_MS)];
}

/**
 * The case's dates on a time axis: one lane per event, a dot for a single day, a bar for a period (dashed when
 * the case dates it only roughly, "medio 2011", "efteråret"), its short name beside it. Returns an SVG with
 * role="img"; the dialog lists the same events as text.
 */
export function caseTimeline(
  events: readonly TimelineEvent[],
  opts: { width: number; lang: Lang; label: string },
): SVGSVGElement {
  const height = TIMELINE_MARGIN.top + TIMELINE_MARGIN.bottom + events.length * LANE;
  const x = scaleTime()
    .domain(timelineDomain(events))
    .range([TIMELINE_MARGIN.left, opts.width - TIMELINE_MARGIN.right]);
  const month = new Intl.DateTimeFormat(opts.lang === 'da' ? 'da-DK' : 'en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  const svg = create('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('width', opts.width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${opts.width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', opts.label)
    .attr('class', 'case-timeline');
  const axisY = height - TIMELINE_MARGIN.bottom;
  svg
    .append('g')
    .attr('class', 'case-timeline__axis')
    .attr('transform', `translate(0,${axisY})`)
    .call(
      axisBottom(x)
        .ticks(Math.min(14, Math.floor(opts.width / 56)))
        .tickFormat((d) => {
          const date = d as Date;
          const m = month.format(date).replace('.', '');
          return date.getUTCMonth() === 0 ? `${m} ${date.getUTCFullYear()}` : m;
        }),
    )
    // d3-axis writes font-size="10" and its own font on the group; the ticks take the figure's 12 px instead.
    .attr('font-size', null)
    .attr('font-family', null);
  const lanes = svg.append('g').attr('class', 'case-timeline__events');
  events.forEach((e, i) => {
    const y = TIMELINE_MARGIN.top + i * LANE + LANE / 2;
    const x0 = x(utc(e.fra));
    const x1 = x(new Date(utc(e.til).getTime() + DAY_MS));
    const g = lanes.append('g').attr('data-event', e.id).attr('data-precision', e.praecision);
    g.append('line')
      .attr('x1', x0)
      .attr('x2', x0)
      .attr('y1', y)
      .attr('y2', axisY)
      .attr('class', 'case-timeline__guide');
    if (e.fra === e.til)
      g.append('circle').attr('cx', x0).attr('cy', y).attr('r', 5).attr('class', 'case-timeline__day');
    else
      g.append('rect')
        .attr('x', x0)
        .attr('y', y - 5)
        .attr('width', Math.max(x1 - x0, 4))
        .attr('height', 10)
        .attr('rx', 3)
        .attr(
          'class',
          e.praecision === 'omtrentlig'
            ? 'case-timeline__span case-timeline__span--approx'
            : 'case-timeline__span',
        );
    const right = x1 < opts.width * 0.6;
    g.append('text')
      .attr('x', right ? Math.max(x1, x0 + 6) + 6 : x0 - 8)
      .attr('y', y)
      .attr('dy', '0.35em')
      .attr('text-anchor', right ? 'start' : 'end')
      .text(opts.lang === 'da' ? e.navn : e.navn_en);
  });
  return svg.node() as SVGSVGElement;
}
