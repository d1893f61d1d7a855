import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { SplitCount } from '../derive/coverage';
import type { Lang } from '../i18n/format';
import { formatSplitCount } from '../i18n/format';
import { STRINGS, TYPE_LABELS } from '../i18n/strings';
import { BASE, PALETTE } from '../style/palette';

/** Layout of the exported image, in CSS pixels before scaling. */
export const EXPORT_LAYOUT = { header: 84, footer: 46, legendWidth: 290, margin: 16 } as const;
const FONT = 'system-ui, "DejaVu Sans", sans-serif';

export interface ExportInput {
  lang: Lang;
  /** The map canvas copy (from snapshotMap) at `scale` × the container's CSS size. */
  mapImage: HTMLCanvasElement;
  /** Map container size in CSS pixels. */
  width: number;
  height: number;
  scale: number;
  /** Area markers: their ring SVGs and labels with positions in the map container (CSS px). */
  markers: { x: number; y: number; svg: SVGSVGElement; label: string; note: string | null }[];
  /** Areas per type, derived coverage apart. */
  counts: Record<IndsatsType, SplitCount>;
  total: number;
  visible: ReadonlySet<IndsatsType>;
  /** Gap mode: the note under a gap area's name, naming the initiatives ("ikke omfattet af Jobcentre"). */
  gapNote?: string;
  /** On the projector stage: what the audience sees instead of the desk markers (see StageExport). */
  stage?: StageExport;
  /** Planner hook: a scenario's title ("Scenarie – ikke besluttet") put before the export title. */
  titlePrefix?: string;
  /** Planner hook: lines under the sources (scenario proposals, gap sentence). */
  notes?: readonly string[];
}

/** The stage's picture: the step's title, its rings/group markers and labels as drawn, and the gap line. */
export interface StageExport {
  title: string;
  /** "Skraveret: ikke omfattet af NV arbejdsmarked, …" in words, or null outside gap steps. */
  gapLine: string | null;
  items: readonly {
    marker: {
      x: number;
      y: number;
      r: number;
      label: { x: number; y: number; width: number; height: number };
    };
    svg: SVGSVGElement;
    lines: readonly { text: string; note: boolean }[];
    dim: boolean;
  }[];
}

/** Height and font of one planner note line under the sources, in CSS pixels. */
const NOTE_LINE = 20;
const NOTE_FONT = `13px ${FONT}`;

async function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await img.decode();
  return img;
}

function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number): void {
  ctx.lineWidth = 4;
  ctx.strokeStyle = BASE.labelHalo;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = BASE.area;
  ctx.fillText(text, x, y);
}

function drawLegend(ctx: CanvasRenderingContext2D, input: ExportInput, left: number, top: number): void {
  const t = STRINGS[input.lang];
  ctx.font = `700 18px ${FONT}`;
  ctx.fillStyle = BASE.area;
  ctx.textBaseline = 'middle';
  ctx.fillText(t.legendTitle, left, top + 12);
  INDSATS_TYPES.forEach((type, i) => {
    const y = top + 48 + i * 34;
    const s = PALETTE[type];
    const shown = input.visible.has(type);
    ctx.globalAlpha = shown ? 1 : 0.35;
    ctx.beginPath();
    ctx.arc(left + 12, y, 12, 0, 2 * Math.PI);
    ctx.fillStyle = s.color;
    ctx.fill();
    ctx.fillStyle = s.textColor;
    ctx.font = `700 13px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.fillText(s.letter, left + 12, y + 1);
    ctx.textAlign = 'left';
    ctx.fillStyle = BASE.area;
    ctx.font = `15px ${FONT}`;
    ctx.fillText(
      `${TYPE_LABELS[input.lang][type].name} (${formatSplitCount(input.counts[type], input.lang, input.total)})`,
      left + 32,
      y,
    );
    ctx.globalAlpha = 1;
  });
}

/** Largest and smallest footer font size (CSS px) and how many lines the 46 px footer holds. */
const CREDIT_FONT = { max: 13, min: 9, lines: 2 } as const;

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

/** The credit lines in the footer: the largest font at which they fit in two lines (down to 9 px). */
function drawCredits(
  ctx: CanvasRenderingContext2D,
  text: string,
  left: number,
  top: number,
  width: number,
): void {
  let size: number = CREDIT_FONT.max;
  let lines: string[] = [];
  for (; size >= CREDIT_FONT.min; size--) {
    ctx.font = `${size}px ${FONT}`;
    lines = wrapLines(text, width, (s) => ctx.measureText(s).width);
    if (lines.length <= CREDIT_FONT.lines) break;
  }
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = BASE.smallPrint;
  lines.forEach((line, i) => {
    ctx.fillText(line, left, top + 18 + i * (size + 4));
  });
}

/** Draws the stage's rings, group markers and labels exactly where the stage has them (container px + offset). */
async function drawStage(ctx: CanvasRenderingContext2D, stage: StageExport, left: number, top: number) {
  const images = await Promise.all(stage.items.map((item) => svgImage(item.svg)));
  stage.items.forEach((item, i) => {
    const img = images[i];
    const m = item.marker;
    ctx.globalAlpha = item.dim ? 0.4 : 1;
    if (img) ctx.drawImage(img, left + m.x - m.r, top + m.y - m.r, 2 * m.r, 2 * m.r);
    ctx.globalAlpha = 1;
    if (item.lines.filter((l) => !l.note).length > 1) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = BASE.ink;
      ctx.beginPath();
      ctx.arc(left + m.x, top + m.y, m.r + 1.5, 0, 2 * Math.PI);
      ctx.stroke();
    }
    const box = m.label;
    ctx.fillStyle = BASE.labelBox;
    ctx.fillRect(left + box.x, top + box.y, box.width, box.height);
    ctx.font = `700 24px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    item.lines.forEach((line, k) => {
      ctx.fillStyle = line.note ? BASE.noteInk : BASE.ink;
      ctx.fillText(line.text, left + box.x + box.width / 2, top + box.y + 2 + 15 + k * 30);
    });
    ctx.textAlign = 'left';
  });
}

/** Draws title, the map with its rings and labels, the legend and the source lines into one PNG. */
export async function composeExport(input: ExportInput): Promise<Blob> {
  const { header, footer, legendWidth, margin } = EXPORT_LAYOUT;
  const t = STRINGS[input.lang];
  const cssWidth = input.width + legendWidth + 2 * margin;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t.exportNoCanvas);
  // The planner's note lines, wrapped to the picture's width, decide its height.
  ctx.font = NOTE_FONT;
  const notes = (input.notes ?? []).flatMap((n) =>
    wrapLines(n, input.width + legendWidth, (s) => ctx.measureText(s).width),
  );
  const cssHeight = header + input.height + footer + notes.length * NOTE_LINE;
  canvas.width = Math.round(cssWidth * input.scale);
  canvas.height = Math.round(cssHeight * input.scale);
  ctx.scale(input.scale, input.scale);
  ctx.fillStyle = BASE.paper;
  ctx.fillRect(0, 0, cssWidth, cssHeight);
  ctx.fillStyle = BASE.area;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 24px ${FONT}`;
  const title = input.stage?.title ?? t.exportTitle;
  ctx.fillText(input.titlePrefix ? `${input.titlePrefix}: ${title}` : title, margin, 36);
  ctx.font = `16px ${FONT}`;
  ctx.fillText(input.stage ? `${t.exportTitle} · ${t.exportDecision}` : t.exportDecision, margin, 64);
  ctx.drawImage(input.mapImage, margin, header, input.width, input.height);
  if (input.stage) {
    await drawStage(ctx, input.stage, margin, header);
    drawLegend(ctx, input, margin + input.width + margin, header);
    if (input.stage.gapLine)
      wrapText(ctx, input.stage.gapLine, margin + input.width + margin, header + 260, legendWidth - 8);
    return finish(ctx, canvas, input, notes);
  }
  const images = await Promise.all(input.markers.map((m) => svgImage(m.svg)));
  input.markers.forEach((m, i) => {
    const img = images[i];
    if (!img) return;
    const w = m.svg.width.baseVal.value;
    ctx.drawImage(img, margin + m.x - w / 2, header + m.y - w / 2, w, w);
    ctx.font = `700 14px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    haloText(ctx, m.label, margin + m.x, header + m.y + w / 2 + 2);
    if (m.note) haloText(ctx, input.gapNote ?? m.note, margin + m.x, header + m.y + w / 2 + 20);
    ctx.textAlign = 'left';
  });
  drawLegend(ctx, input, margin + input.width + margin, header);
  return finish(ctx, canvas, input, notes);
}

/** The credit lines under the map, the planner's note lines under them, then the PNG. */
function finish(
  ctx: CanvasRenderingContext2D,
  canvas: HTMLCanvasElement,
  input: ExportInput,
  notes: readonly string[],
): Promise<Blob> {
  const t = STRINGS[input.lang];
  const { header, footer, legendWidth, margin } = EXPORT_LAYOUT;
  drawCredits(
    ctx,
    `${t.exportCredits} ${t.exportApprox}`,
    margin,
    header + input.height,
    input.width + legendWidth,
  );
  ctx.fillStyle = BASE.smallPrint;
  ctx.font = NOTE_FONT;
  notes.forEach((line, i) => {
    ctx.fillText(line, margin, header + input.height + footer + 2 + i * NOTE_LINE);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t.exportEncodeFailed))), 'image/png'),
  );
}

/** Text wrapped into lines no wider than `width`, from (x, y) down. */
function wrapText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, width: number): void {
  ctx.font = `700 15px ${FONT}`;
  ctx.fillStyle = BASE.noteInk;
  ctx.textBaseline = 'top';
  let line = '';
  let row = 0;
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      ctx.fillText(line, x, y + row * 20);
      line = word;
      row++;
    } else line = next;
  }
  if (line) ctx.fillText(line, x, y + row * 20);
}

/** Offers a blob as a file download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
