/**
 * Where every text line of the exported picture goes (pure: text widths come from `measure`). Header and footer
 * are stacks of rows, each row one line at its own height, so no two lines can share pixels: the scenario line,
 * the wrapped title (on the stage: and its gap line) and subtitle above the map; the stage caption's words, the
 * credit lines, then the planner's note lines, below it.
 */

export const EXPORT_FONT = 'system-ui, "DejaVu Sans", sans-serif';

/** Fixed parts of the layout, in CSS pixels before scaling. */
export const EXPORT_LAYOUT = {
  /** Header height with a one-line title and no scenario line (grows with more lines). */
  header: 84,
  /** Least footer height: room for two credit lines at the largest credit font. */
  footer: 46,
  legendWidth: 290,
  margin: 16,
  /** Height of one planner note line under the sources. */
  noteLine: 20,
} as const;

/** Largest and smallest credit font size (CSS px) and how many lines it should fit in. */
const CREDIT_FONT = { max: 13, min: 9, lines: 2 } as const;
const HEADER_TOP = 14;
const HEADER_GAP = 14;
const FOOTER_PAD = 6;

/** One line of text: its top-left corner (textBaseline 'top'), its row height, font and colour role. */
export interface TextRow {
  text: string;
  x: number;
  y: number;
  height: number;
  font: string;
  role: 'scenario' | 'title' | 'gap' | 'subtitle' | 'quote' | 'credit' | 'note';
}

export interface LayoutInput {
  /** Map box size in CSS px. */
  mapWidth: number;
  mapHeight: number;
  /** "Scenarie – ikke besluttet", on its own line above the title, or undefined. */
  scenario?: string;
  title: string;
  /** The stage's gap line in words ("Skraveret: ikke omfattet af …"), under the title; absent elsewhere. */
  gapLine?: string | null;
  subtitle: string;
  /** The stage caption's words (the case's quotes), under the map as on the stage; absent elsewhere. */
  quotes?: readonly string[];
  credits: string;
  notes: readonly string[];
  /** Width of the legend column (CSS px); 0 on the stage, whose legend lies over the map as on screen. */
  legendWidth?: number;
}

export interface ExportLayout {
  width: number;
  height: number;
  map: { x: number; y: number; width: number; height: number };
  legend: { x: number; y: number; width: number };
  rows: TextRow[];
}

/** `measure(text, font)` gives a string's width in CSS px. */
export type Measure = (text: string, font: string) => number;

/**
 * Breaks a text into lines no wider than `maxWidth`, at spaces, greedily; `measure` gives a string's width.
 * A single word wider than the line stands alone on its line.
 */
export function wrapLines(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The credit font size: the largest at which the credits fit in two lines (else the smallest), and the lines. */
function creditLines(text: string, width: number, measure: Measure): { size: number; lines: string[] } {
  for (let size: number = CREDIT_FONT.max; ; size--) {
    const font = `${size}px ${EXPORT_FONT}`;
    const lines = wrapLines(text, width, (s) => measure(s, font));
    if (lines.length <= CREDIT_FONT.lines || size <= CREDIT_FONT.min) return { size, lines };
  }
}

/** The whole picture's layout for a map box of the given size. */
export function exportLayout(input: LayoutInput, measure: Measure): ExportLayout {
  const { margin, noteLine } = EXPORT_LAYOUT;
  const legendWidth = input.legendWidth ?? EXPORT_LAYOUT.legendWidth;
  const width = input.mapWidth + legendWidth + 2 * margin;
  const textWidth = width - 2 * margin;
  const rows: TextRow[] = [];
  let y = HEADER_TOP;
  const stack = (text: string, size: number, weight: string, height: number, role: TextRow['role']) => {
    const font = `${weight}${size}px ${EXPORT_FONT}`;
    for (const line of wrapLines(text, textWidth, (s) => measure(s, font))) {
      rows.push({ text: line, x: margin, y, height, font, role });
      y += height;
    }
  };
  if (input.scenario) stack(input.scenario, 20, '700 ', 28, 'scenario');
  stack(input.title, 24, '700 ', 32, 'title');
  if (input.gapLine) stack(input.gapLine, 18, '700 ', 26, 'gap');
  stack(input.subtitle, 16, '', 24, 'subtitle');
  const header = Math.max(EXPORT_LAYOUT.header, y + HEADER_GAP);
  const map = { x: margin, y: header, width: input.mapWidth, height: input.mapHeight };
  y = header + input.mapHeight + FOOTER_PAD;
  if (input.quotes && input.quotes.length > 0) {
    y += FOOTER_PAD;
    for (const quote of input.quotes) stack(quote, 16, 'italic ', 22, 'quote');
    y += FOOTER_PAD;
  }
  const creditsTop = y;
  const credits = creditLines(input.credits, textWidth, measure);
  for (const line of credits.lines) {
    rows.push({
      text: line,
      x: margin,
      y,
      height: credits.size + 4,
      font: `${credits.size}px ${EXPORT_FONT}`,
      role: 'credit',
    });
    y += credits.size + 4;
  }
  y = Math.max(creditsTop - FOOTER_PAD + EXPORT_LAYOUT.footer, y + FOOTER_PAD);
  const noteFont = `13px ${EXPORT_FONT}`;
  for (const note of input.notes)
    for (const line of wrapLines(note, textWidth, (s) => measure(s, noteFont))) {
      rows.push({ text: line, x: margin, y, height: noteLine, font: noteFont, role: 'note' });
      y += noteLine;
    }
  if (input.notes.length > 0) y += FOOTER_PAD;
  return {
    width,
    height: y,
    map,
    legend: { x: margin + input.mapWidth + margin, y: header, width: legendWidth - margin },
    rows,
  };
}
