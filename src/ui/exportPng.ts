import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { Lang } from '../i18n/format';
import { formatCount } from '../i18n/format';
import { STRINGS, TYPE_LABELS } from '../i18n/strings';
import { PALETTE } from '../style/palette';

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
  counts: Record<IndsatsType, number>;
  total: number;
  visible: ReadonlySet<IndsatsType>;
  /** Planner hook: a scenario's title ("Scenarie – ikke besluttet") put before the export title. */
  titlePrefix?: string;
  /** Planner hook: lines under the sources (scenario proposals, gap sentence). */
  notes?: readonly string[];
}

/** Height of one planner note line under the sources, in CSS pixels. */
const NOTE_LINE = 20;

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
  ctx.strokeStyle = '#ffffff';
  ctx.strokeText(text, x, y);
  ctx.fillStyle = '#1f1b16';
  ctx.fillText(text, x, y);
}

function drawLegend(ctx: CanvasRenderingContext2D, input: ExportInput, left: number, top: number): void {
  const t = STRINGS[input.lang];
  ctx.font = `700 18px ${FONT}`;
  ctx.fillStyle = '#1f1b16';
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
    ctx.fillStyle = '#1f1b16';
    ctx.font = `15px ${FONT}`;
    ctx.fillText(
      `${TYPE_LABELS[input.lang][type].name} (${formatCount(input.counts[type], input.total, input.lang)})`,
      left + 32,
      y,
    );
    ctx.globalAlpha = 1;
  });
}

/** Draws title, the map with its rings and labels, the legend and the source lines into one PNG. */
export async function composeExport(input: ExportInput): Promise<Blob> {
  const { header, footer, legendWidth, margin } = EXPORT_LAYOUT;
  const t = STRINGS[input.lang];
  const cssWidth = input.width + legendWidth + 2 * margin;
  const notes = input.notes ?? [];
  const cssHeight = header + input.height + footer + notes.length * NOTE_LINE;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(cssWidth * input.scale);
  canvas.height = Math.round(cssHeight * input.scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d context unavailable');
  ctx.scale(input.scale, input.scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, cssWidth, cssHeight);
  ctx.fillStyle = '#1f1b16';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 24px ${FONT}`;
  ctx.fillText(input.titlePrefix ? `${input.titlePrefix}: ${t.exportTitle}` : t.exportTitle, margin, 36);
  ctx.font = `16px ${FONT}`;
  ctx.fillText(t.exportDecision, margin, 64);
  ctx.drawImage(input.mapImage, margin, header, input.width, input.height);
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
    if (m.note) haloText(ctx, m.note, margin + m.x, header + m.y + w / 2 + 20);
    ctx.textAlign = 'left';
  });
  drawLegend(ctx, input, margin + input.width + margin, header);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#4a453f';
  ctx.font = `13px ${FONT}`;
  ctx.fillText(t.exportSources, margin, header + input.height + 28);
  notes.forEach((line, i) => {
    ctx.fillText(line, margin, header + input.height + footer + 2 + i * NOTE_LINE);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
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
