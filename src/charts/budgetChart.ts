import { axisBottom } from 'd3-axis';
import { type ScaleLinear, scaleLinear } from 'd3-scale';
import { create, type Selection } from 'd3-selection';
import type { IndsatsType } from '../data/types';
import { type BudgetRow, type BudgetSegment, rowTotal } from '../derive/budgets';
import { formatKr, formatKrShort, type Lang } from '../i18n/format';
import { BASE, PALETTE } from '../style/palette';
import { longestWord, textWidth, wrapText } from './chartText';

/** Font sizes (CSS px) of the chart's texts; style.css uses the same. */
export const FONT = { label: 13, note: 12, value: 12, segment: 12, outside: 12 } as const;
/** Line heights (CSS px) for row labels, notes and the segment labels set below a bar. */
const LINE = { label: 16, note: 15, outside: 15 } as const;
/** Height of a bar, the space between rows, above the first row and for the axis (CSS px). */
const BAR_HEIGHT = 26;
const ROW_GAP = 14;
const TOP = 6;
const AXIS_HEIGHT = 28;
/** Below this width (CSS px) row labels go above the bars instead of in a column to their left. */
export const NARROW_WIDTH = 560;
/** The label column: a share of the width within these bounds (CSS px), wider if one word needs it. */
const LABEL_SHARE = 0.28;
const LABEL_MIN = 150;
const LABEL_MAX = 250;
/** Room (CSS px) left of the plot on narrow charts, so the first axis label is not cut; indent of their labels. */
const NARROW_LEFT = 22;
const NARROW_TEXT_X = 2;
/** Room (CSS px) between a tick and the label beside it. */
const TICK_GAP = 5;
/** Padding (CSS px) between a text and what it labels. */
const PAD = 8;
/** A non-zero segment is never drawn narrower than this (CSS px). */
export const MIN_BAR_WIDTH = 2;

export interface BudgetChartOptions {
  width: number;
  lang: Lang;
  /** Accessible name of the chart (it also lists every value). */
  label: string;
  /** Row id → note shown under the row label, e.g. "fælles for 6 områder". */
  notes?: Record<string, string>;
  /** Rows whose note is the case's own Danish wording (its title): marked `lang="da"` for screen readers. */
  danishNotes?: ReadonlySet<string>;
  /** Prefix of the ids inside the SVG (hatch patterns): unique per chart on the page. */
  idPrefix: string;
}

interface SegmentBox {
  seg: BudgetSegment;
  x0: number;
  width: number;
  /** Label inside the bar, or below it (with the amount) when it does not fit. */
  inside: boolean;
}

/** One row placed: its wrapped texts, where its bar sits and its segments. */
interface RowPlan {
  row: BudgetRow;
  labelLines: string[];
  noteLines: string[];
  textTop: number;
  barTop: number;
  segments: SegmentBox[];
  /** Labels of the segments too narrow to hold them, placed below the bar in drawing order. */
  outside: OutsideLabel[];
}

/** A segment's label set below its bar: its lines, where they start, and how they stand to the segment's tick. */
interface OutsideLabel {
  key: string;
  /** One line ("Aldersrogade 63.000 kr."), or the name and the amount on two lines when one line finds no room. */
  lines: string[];
  /** The segment's middle, where its tick drops. */
  centre: number;
  x: number;
  anchor: 'start' | 'middle' | 'end';
  side: 'left' | 'right' | 'below';
  /** Horizontal extent of the text (estimated). */
  span: [number, number];
}

/** Lines of text below a bar (segment labels). */
const outsideLines = (p: RowPlan) => p.outside.reduce((n, l) => n + l.lines.length, 0);

/** Adds "." unless the text already ends with one ("393.000 kr." stays as it is). */
export const endSentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

/**
 * A horizontal bar chart of amounts, drawn for the width it is given: one bar per row, split into its segments
 * (years, shares or sites), with the total at the end. Row labels wrap in a column left of the bars, or stand above
 * them below NARROW_WIDTH; a segment label that does not fit inside its segment is set on its own line below the
 * bar, so no two texts overlap. A function of (rows, size) returning an SVG with role="img" and a full text label.
 */
export function budgetChart(rows: readonly BudgetRow[], opts: BudgetChartOptions): SVGSVGElement {
  const { width } = opts;
  const kr = (n: number) => formatKr(n, opts.lang);
  const narrow = width < NARROW_WIDTH;
  const valueWidth = Math.max(...rows.map((r) => textWidth(kr(rowTotal(r)), FONT.value, true))) + PAD;
  const labelColumn = narrow ? 0 : labelColumnWidth(rows, opts);
  const plotLeft = narrow ? NARROW_LEFT : labelColumn;
  const x = scaleLinear()
    .domain([0, Math.max(...rows.map(rowTotal), 1)])
    .range([plotLeft, width - valueWidth])
    .nice();
  const plans: RowPlan[] = [];
  let y = TOP;
  for (const row of rows) {
    const plan = planRow(row, y, x, { narrow, labelColumn, width, note: opts.notes?.[row.id], kr });
    plans.push(plan);
    y = plan.barTop + BAR_HEIGHT + outsideLines(plan) * LINE.outside + ROW_GAP;
    if (!narrow) y = Math.max(y, plan.textTop + textHeight(plan) + ROW_GAP);
  }
  const height = y + AXIS_HEIGHT;
  const svg = create('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', `${endSentence(opts.label)} ${endSentence(summary(rows, kr))}`)
    .attr('class', 'budget-chart');
  addHatches(svg, rows, opts.idPrefix);
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${y - 4})`)
    .call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor((width - valueWidth - plotLeft) / 90)))
        .tickFormat((d) => formatKrShort(Number(d), opts.lang)),
    );
  for (const plan of plans)
    drawRow(svg, plan, {
      narrow,
      labelColumn,
      x,
      kr,
      idPrefix: opts.idPrefix,
      danishNote: opts.danishNotes?.has(plan.row.id) ?? false,
      width,
    });
  return svg.node() as SVGSVGElement;
}

/** Every row with its total and its parts, for the accessible name. */
function summary(rows: readonly BudgetRow[], kr: (n: number) => string): string {
  return rows
    .map(
      (r) =>
        `${r.label}: ${kr(rowTotal(r))}${r.segments.length > 1 ? ` (${r.segments.map((s) => `${s.label} ${kr(s.kr)}`).join(', ')})` : ''}`,
    )
    .join('; ');
}

/** Width of the label column: a share of the chart, but never narrower than the longest word needs. */
function labelColumnWidth(rows: readonly BudgetRow[], opts: BudgetChartOptions): number {
  const base = Math.min(LABEL_MAX, Math.max(LABEL_MIN, opts.width * LABEL_SHARE));
  const longest = Math.max(
    ...rows.map((r) => longestWord(r.label, FONT.label, true)),
    ...rows.map((r) => longestWord(opts.notes?.[r.id] ?? '', FONT.note)),
  );
  return Math.max(base, longest + 2 * PAD);
}

const textHeight = (p: RowPlan) => p.labelLines.length * LINE.label + p.noteLines.length * LINE.note;

function planRow(
  row: BudgetRow,
  top: number,
  x: ScaleLinear<number, number>,
  o: {
    narrow: boolean;
    labelColumn: number;
    width: number;
    note: string | undefined;
    kr: (n: number) => string;
  },
): RowPlan {
  const wrapWidth = o.narrow ? o.width - NARROW_TEXT_X : o.labelColumn - 2 * PAD;
  const labelLines = wrapText(row.label, wrapWidth, FONT.label, true);
  const noteLines = o.note ? wrapText(o.note, wrapWidth, FONT.note) : [];
  const textH = labelLines.length * LINE.label + noteLines.length * LINE.note;
  const barTop = o.narrow ? top + textH + 2 : top + Math.max(0, (textH - BAR_HEIGHT) / 2);
  const textTop = o.narrow ? top : top + Math.max(0, (BAR_HEIGHT - textH) / 2);
  let start = 0;
  const segments = row.segments.map((seg) => {
    const x0 = x(start);
    start += seg.kr;
    const width = seg.kr > 0 ? Math.max(MIN_BAR_WIDTH, x(start) - x0) : 0;
    const inside = seg.label === '' || textWidth(seg.label, FONT.segment, true) + PAD <= width;
    return { seg, x0, width, inside };
  });
  return {
    row,
    labelLines,
    noteLines,
    textTop,
    barTop,
    segments,
    outside: placeOutside(
      segments.filter((s) => !s.inside),
      [x.range()[0] ?? 0, o.width],
      o.kr,
    ),
  };
}

/** One hatch pattern per row type that has hatched segments: white and the type's colour. */
function addHatches(
  svg: Selection<SVGSVGElement, undefined, null, undefined>,
  rows: readonly BudgetRow[],
  prefix: string,
) {
  const types = new Set(rows.filter((r) => r.segments.some((s) => s.hatched)).map((r) => r.type));
  if (types.size === 0) return;
  const defs = svg.append('defs');
  for (const type of types) {
    defs
      .append('pattern')
      .attr('id', hatchId(prefix, type))
      .attr('patternUnits', 'userSpaceOnUse')
      .attr('width', 6)
      .attr('height', 6)
      .attr('patternTransform', 'rotate(45)')
      .call((p) => p.append('rect').attr('width', 6).attr('height', 6).attr('fill', BASE.white))
      .call((p) => p.append('rect').attr('width', 3).attr('height', 6).attr('fill', PALETTE[type].color));
  }
}

const hatchId = (prefix: string, type: IndsatsType) => `${prefix}-hatch-${type}`;

function drawRow(
  svg: Selection<SVGSVGElement, undefined, null, undefined>,
  plan: RowPlan,
  o: {
    narrow: boolean;
    labelColumn: number;
    x: ScaleLinear<number, number>;
    kr: (n: number) => string;
    idPrefix: string;
    danishNote: boolean;
    /** The chart's width: a label under the bar may reach its right edge. */
    width: number;
  },
): void {
  const { row, barTop } = plan;
  const g = svg.append('g').attr('class', 'bar').attr('data-row', row.id);
  const textX = o.narrow ? NARROW_TEXT_X : o.labelColumn - PAD;
  const anchor = o.narrow ? 'start' : 'end';
  let lineTop = plan.textTop;
  const line = (cls: string, text: string, height: number, font: number, lang: string | null = null) => {
    g.append('text')
      .attr('class', cls)
      .attr('lang', lang)
      .attr('x', textX)
      .attr('y', (lineTop + height / 2 + font * 0.35).toFixed(1))
      .attr('text-anchor', anchor)
      .text(text);
    lineTop += height;
  };
  for (const text of plan.labelLines) line('bar__label', text, LINE.label, FONT.label);
  for (const text of plan.noteLines)
    line('bar__note', text, LINE.note, FONT.note, o.danishNote ? 'da' : null);
  const middle = barTop + BAR_HEIGHT / 2;
  const color = PALETTE[row.type];
  for (const s of plan.segments) {
    g.append('rect')
      .attr('class', 'bar__segment')
      .attr('data-key', s.seg.key)
      .attr('x', s.x0.toFixed(1))
      .attr('y', barTop.toFixed(1))
      .attr('width', s.width.toFixed(1))
      .attr('height', BAR_HEIGHT)
      .attr('fill', s.seg.hatched ? `url(#${hatchId(o.idPrefix, row.type)})` : color.color)
      .attr('stroke', BASE.white)
      .attr('stroke-width', 1.5)
      .append('title')
      .text(`${s.seg.label}: ${o.kr(s.seg.kr)}`);
    if (s.inside && s.seg.label) {
      g.append('text')
        .attr(
          'class',
          s.seg.hatched ? 'bar__segment-label bar__segment-label--hatched' : 'bar__segment-label',
        )
        .attr('x', (s.x0 + s.width / 2).toFixed(1))
        .attr('y', (middle + FONT.segment * 0.35).toFixed(1))
        .attr('text-anchor', 'middle')
        .attr('fill', s.seg.hatched ? BASE.black : color.textColor)
        .text(s.seg.label);
    }
  }
  drawOutside(g, plan);
  const end = Math.max(...plan.segments.map((s) => s.x0 + s.width));
  g.append('text')
    .attr('class', 'bar__value')
    .attr('x', (end + 6).toFixed(1))
    .attr('y', (middle + FONT.value * 0.35).toFixed(1))
    .text(o.kr(rowTotal(row)));
}

/** What a label costs the reader: a label with no tick to its segment is worst, then one centred under it. */
const COST = { noTick: 100, centred: 10, line: 1 } as const;
/** Above this many labels under one bar the order is kept as given (the search below grows as n!·6ⁿ). */
const SEARCH_MAX = 5;

/**
 * Labels of segments too narrow to hold them, one below the other under the bar. A tick drops from the segment's
 * middle and the label stands beside it (5 px off), on one line or, where one line finds no room, with the amount
 * on a line of its own and the name wrapped to the room left; a label with room on neither side is centred under its segment, the tick stopping above
 * it. A tick is drawn only where it crosses no label above it, so the order of the labels and their sides are
 * chosen together: of all orders and placements the one with the fewest labels left without a tick, then the
 * fewest centred, then the fewest lines (a phone's TV chart: "Statens andel" on two lines right of its tick lets
 * the tick of "Kommunal medfinansiering" pass).
 */
export function placeOutside(
  outside: readonly SegmentBox[],
  [left, right]: [number, number],
  kr: (n: number) => string,
): OutsideLabel[] {
  const candidates = outside.map((s) => outsideCandidates(s, [left, right], kr));
  if (outside.length > SEARCH_MAX) return candidates.map((c) => c[0] as OutsideLabel);
  let best: { cost: number; labels: OutsideLabel[] } = { cost: Number.POSITIVE_INFINITY, labels: [] };
  for (const order of permutations(candidates.map((_, i) => i))) {
    const choose = (i: number, chosen: OutsideLabel[]): void => {
      if (i === order.length) {
        const cost = outsideCost(chosen);
        if (cost < best.cost) best = { cost, labels: [...chosen] };
        return;
      }
      for (const c of candidates[order[i] ?? 0] ?? []) choose(i + 1, [...chosen, c]);
    };
    choose(0, []);
  }
  return best.labels;
}

/**
 * Where a segment's label can stand: beside its tick (left, then right) on one line, or with the amount on a line of
 * its own and the name wrapped to the room beside the tick; else centred under its segment.
 */
function outsideCandidates(
  s: SegmentBox,
  [left, right]: [number, number],
  kr: (n: number) => string,
): OutsideLabel[] {
  const centre = s.x0 + s.width / 2;
  const amount = kr(s.seg.kr);
  const full = [`${s.seg.label} ${amount}`];
  const split = [s.seg.label, amount];
  const widthOf = (lines: readonly string[]) => Math.max(...lines.map((l) => textWidth(l, FONT.outside)));
  const out: OutsideLabel[] = [];
  const base = { key: s.seg.key, centre };
  for (const side of ['left', 'right'] as const) {
    const room = side === 'left' ? centre - TICK_GAP - left : right - centre - TICK_GAP;
    const wrapped = [...wrapText(s.seg.label, room, FONT.outside), amount];
    const forms = [full, split, ...(wrapped.length > 2 ? [wrapped] : [])];
    for (const lines of forms) {
      const w = widthOf(lines);
      if (w > room) continue;
      // Set from the tick's side, an estimated width can only move the text's far end.
      const x = side === 'left' ? centre - TICK_GAP : centre + TICK_GAP;
      const span: [number, number] = side === 'left' ? [x - w, x] : [x, x + w];
      out.push({ ...base, lines, x, anchor: side === 'left' ? 'end' : 'start', side, span });
    }
  }
  for (const lines of [full, split]) {
    const w = widthOf(lines);
    const x = Math.min(Math.max(centre, left + w / 2), right - w / 2);
    out.push({ ...base, lines, x, anchor: 'middle', side: 'below', span: [x - w / 2, x + w / 2] });
  }
  return out;
}

/** Whether each label, in this order, gets its tick (drawOutside's rule). */
function outsideTicks(labels: readonly OutsideLabel[]): boolean[] {
  const spans: [number, number][] = [];
  let line = 0;
  return labels.map((l) => {
    const room = l.side !== 'below' || line > 0;
    const clear = spans.every(([a, b]) => l.centre < a - 2 || l.centre > b + 2);
    spans.push(l.span);
    line += l.lines.length;
    return room && clear;
  });
}

const outsideCost = (labels: readonly OutsideLabel[]): number => {
  const ticks = outsideTicks(labels);
  return labels.reduce(
    (sum, l, i) =>
      sum +
      (ticks[i] ? 0 : COST.noTick) +
      (l.side === 'below' ? COST.centred : 0) +
      l.lines.length * COST.line,
    0,
  );
};

/** Every order of the items, the given order first. */
function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (const [i, first] of items.entries())
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) yield [first, ...rest];
}

/**
 * Draws the labels placed by placeOutside, each with its tick where outsideTicks allows one: beside a label the tick
 * ends at its first line's middle, over it 1 px above its line.
 */
function drawOutside(g: Selection<SVGGElement, undefined, null, undefined>, plan: RowPlan): void {
  const barBottom = plan.barTop + BAR_HEIGHT;
  const ticks = outsideTicks(plan.outside);
  let line = 0;
  for (const [i, l] of plan.outside.entries()) {
    const lineTop = barBottom + line * LINE.outside;
    const baseline = lineTop + LINE.outside / 2 + FONT.outside * 0.35 + 2;
    const tickEnd = l.side === 'below' ? lineTop - 1 : baseline - FONT.outside * 0.35;
    if (ticks[i]) {
      g.append('line')
        .attr('class', 'bar__tick')
        .attr('data-key', l.key)
        .attr('x1', l.centre.toFixed(1))
        .attr('x2', l.centre.toFixed(1))
        .attr('y1', barBottom.toFixed(1))
        .attr('y2', tickEnd.toFixed(1))
        .attr('stroke', BASE.ink);
    }
    const text = g
      .append('text')
      .attr('class', 'bar__outside-label')
      .attr('data-key', l.key)
      .attr('x', l.x.toFixed(1))
      .attr('y', baseline.toFixed(1))
      .attr('text-anchor', l.anchor);
    if (l.lines.length === 1) text.text(l.lines[0] ?? '');
    else
      for (const [i, part] of l.lines.entries())
        text
          .append('tspan')
          .attr('x', l.x.toFixed(1))
          .attr('dy', i === 0 ? 0 : LINE.outside)
          .text(part);
    line += l.lines.length;
  }
}
