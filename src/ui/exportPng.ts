import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { labelBox, leaderEnds } from '../derive/declutter';
import type { Lang } from '../i18n/format';
import { STRINGS, TYPE_LABELS } from '../i18n/strings';
import type { MarkerSnapshot } from '../map/areaMarkers';
import { BASE, PALETTE, RING } from '../style/palette';
import {
  type ExportLayout,
  exportLayout,
  EXPORT_FONT as FONT,
  type TextRow,
  wrapLines,
} from './exportLayout';
import type { StageExport } from './stageExport';
import { drawStage, drawStageLegend } from './stagePicture';

export { EXPORT_LAYOUT, wrapLines } from './exportLayout';

export interface ExportInput {
  lang: Lang;
  /** The map canvas copy (from snapshotMap) at `scale` × the container's CSS size. */
  mapImage: HTMLCanvasElement;
  /** Map container size in CSS pixels. */
  width: number;
  height: number;
  scale: number;
  /** Area markers: their ring SVGs and labels with positions in the map container (CSS px). */
  markers: MarkerSnapshot[];
  /** The legend's count per type as the legend says it ("6 af 10", "4 af 10 + 1 forslag"). */
  counts: Record<IndsatsType, string>;
  /** Types with a proposal in the scenario: the legend then explains the outlined badge. */
  proposed: readonly IndsatsType[];
  visible: ReadonlySet<IndsatsType>;
  /** The stage's gap note under a gap area's name ("ikke omfattet af J"); the desk draws the markers' own. */
  gapNote?: string;
  /** On the projector stage: what the audience sees instead of the desk markers and legend column. */
  stage?: StageExport;
  /** Planner hook: a scenario's title ("Scenarie – ikke besluttet"), on its own line above the export title. */
  titlePrefix?: string;
  /** Planner hook: lines under the sources (scenario proposals, gap sentence). */
  notes?: readonly string[];
}

/** Decoded ring pictures by their SVG text: the print path (beforeprint) must draw without waiting. */
const IMAGE_CACHE = new Map<string, HTMLImageElement>();
const IMAGE_CACHE_MAX = 80;

const svgText = (svg: SVGSVGElement): string => {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(copy);
};

/** The picture of an SVG, from the cache or started now (decoding in the background). */
function imageOf(svg: SVGSVGElement): HTMLImageElement {
  const key = svgText(svg);
  const hit = IMAGE_CACHE.get(key);
  if (hit) return hit;
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(key)}`;
  if (IMAGE_CACHE.size >= IMAGE_CACHE_MAX) {
    const oldest = IMAGE_CACHE.keys().next().value;
    if (oldest !== undefined) IMAGE_CACHE.delete(oldest);
  }
  IMAGE_CACHE.set(key, img);
  return img;
}

/** The SVGs an export draws: the desk markers' rings, or the stage's. */
const exportSvgs = (input: ExportInput): SVGSVGElement[] =>
  input.stage ? input.stage.items.map((i) => i.svg) : input.markers.map((m) => m.svg);

/** Starts decoding the rings' pictures, so a later synchronous draw (the browser's own print) has them. */
export function warmImages(svgs: readonly SVGSVGElement[]): void {
  for (const svg of svgs) imageOf(svg);
}

/** The rings' pictures, decoded. */
async function loadImages(input: ExportInput): Promise<HTMLImageElement[]> {
  const images = exportSvgs(input).map(imageOf);
  await Promise.all(images.map((img) => img.decode()));
  return images;
}

/** The rings' pictures as far as they are decoded now (null for one still loading). */
function readyImages(input: ExportInput): (HTMLImageElement | null)[] {
  return exportSvgs(input).map((svg) => {
    const img = imageOf(svg);
    return img.complete && img.naturalWidth > 0 ? img : null;
  });
}

function haloText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number): void {
  ctx.lineWidth = 4;
  ctx.strokeStyle = BASE.labelHalo;
  ctx.strokeText(text, x, y);
  ctx.fillStyle = BASE.area;
  ctx.fillText(text, x, y);
}

/** Legend row heights (CSS px): a type's first line, each further wrapped line, the title. */
const LEGEND_ROW = 34;
const LEGEND_WRAP = 18;
const LEGEND_TITLE = 30;

/**
 * The legend column: title, each type (swatch, letter, name, count as the legend says it; labels too wide are
 * wrapped) and, in a scenario, the outlined "forslag" badge explained.
 */
function drawLegend(ctx: CanvasRenderingContext2D, input: ExportInput, box: ExportLayout['legend']): void {
  const t = STRINGS[input.lang];
  const { x: left } = box;
  ctx.font = `700 18px ${FONT}`;
  ctx.fillStyle = BASE.area;
  ctx.textBaseline = 'middle';
  ctx.fillText(t.legendTitle, left, box.y + 12);
  let y = box.y + LEGEND_TITLE + 18;
  const label = (text: string) => {
    ctx.font = `15px ${FONT}`;
    const lines = wrapLines(text, box.width - 32, (s) => ctx.measureText(s).width);
    lines.forEach((line, k) => {
      ctx.fillText(line, left + 32, y + k * LEGEND_WRAP);
    });
    y += LEGEND_ROW + (lines.length - 1) * LEGEND_WRAP;
  };
  const badge = (type: IndsatsType, proposed: boolean) => {
    const s = PALETTE[type];
    ctx.beginPath();
    ctx.arc(left + 12, y, 12, 0, 2 * Math.PI);
    ctx.fillStyle = proposed ? BASE.paper : s.color;
    ctx.fill();
    if (proposed) {
      ctx.lineWidth = 3;
      ctx.strokeStyle = s.color;
      ctx.stroke();
    }
    ctx.fillStyle = proposed ? BASE.ink : s.textColor;
    ctx.font = `700 13px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.fillText(s.letter, left + 12, y + 1);
    ctx.textAlign = 'left';
    ctx.fillStyle = BASE.area;
  };
  for (const type of INDSATS_TYPES) {
    ctx.globalAlpha = input.visible.has(type) ? 1 : 0.35;
    badge(type, false);
    label(`${TYPE_LABELS[input.lang][type].name} (${input.counts[type]})`);
    ctx.globalAlpha = 1;
  }
  const proposed = input.proposed[0];
  if (proposed) {
    badge(proposed, true);
    label(t.legendProposed);
  }
  // A small (folded) ring in the picture is explained, with its area's name: on paper there is no tap and no list
  // (helper-36: the paper did not say what it was).
  const folded = input.markers.filter((m) => m.folded).map((m) => m.label);
  if (folded.length > 0) {
    smallRingDisc(ctx, left + 12, y);
    ctx.fillStyle = BASE.area;
    label(t.exportFolded(folded.join(', ')));
  }
}

/** The small (folded) ring's disc, centred at (x, y): paper with an ink edge, on the map and in the legend alike. */
function smallRingDisc(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  ctx.beginPath();
  ctx.arc(x, y, RING.folded / 2, 0, 2 * Math.PI);
  ctx.fillStyle = BASE.paper;
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = BASE.area;
  ctx.stroke();
}

/** The desk's rings with their names (and gap notes) over the map, centred where the markers are. */
function drawMarkers(
  ctx: CanvasRenderingContext2D,
  input: ExportInput,
  images: readonly (HTMLImageElement | null)[],
  map: ExportLayout['map'],
): void {
  input.markers.forEach((m, i) => {
    const img = images[i];
    // A marker whose centre lies off the map is not on the picture (its ring would only show as a cut arc).
    if (!img || m.x < 0 || m.y < 0 || m.x > map.width || m.y > map.height) return;
    if (m.folded) {
      // As on screen: the small ring at its point on paper with an ink edge, no leader and no name.
      const half = RING.folded / 2;
      smallRingDisc(ctx, map.x + m.x, map.y + m.y);
      ctx.drawImage(img, map.x + m.x - half, map.y + m.y - half, RING.folded, RING.folded);
      return;
    }
    const w = m.svg.width.baseVal.value;
    const [left, top] = [map.x + m.x - w / 2, map.y + m.y - w / 2];
    // The screen's font (the map's): the page's is wider, and names that stand apart on screen ran into each other.
    ctx.font = m.font || `700 14px ${FONT}`;
    const lines = [
      ...(m.nameLines.length > 0 ? m.nameLines : [m.label]),
      ...(m.note ? [input.gapNote ?? m.note] : []),
    ];
    if (m.dx !== 0 || m.dy !== 0) {
      // As on screen: a leader from the ring's edge (or from past its own name) back to the area's point, and a dot.
      const name = {
        width: Math.max(...lines.map((text) => ctx.measureText(text).width)),
        height: lines.length * 18,
      };
      const [x1, y1, x2, y2] = leaderEnds(m.dx, m.dy, w / 2, labelBox(w / 2, name, m.side));
      ctx.strokeStyle = BASE.area;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(left + x1, top + y1);
      ctx.lineTo(left + x2, top + y2);
      ctx.stroke();
      ctx.fillStyle = BASE.area;
      ctx.beginPath();
      // At the area's point: the line may end short of it, at the ring's own name.
      ctx.arc(left + w / 2 - m.dx, top + w / 2 - m.dy, 3, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.drawImage(img, left, top, w, w);
    // Each line kept whole inside the map: a name centred under a ring near the edge was cut there.
    const inside = (x: number, width: number) =>
      Math.min(Math.max(x, map.x + 2), map.x + map.width - width - 2);
    lines.forEach((text, k) => {
      const width = ctx.measureText(text).width;
      const x =
        m.side === 'below'
          ? map.x + m.x - width / 2
          : m.side === 'right'
            ? map.x + m.x + w / 2 + 4
            : map.x + m.x - w / 2 - 4 - width;
      const y = m.side === 'below' ? top + w + 2 + 18 * k : map.y + m.y - (lines.length * 18) / 2 + 18 * k;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      haloText(ctx, text, inside(x, width), y);
    });
  });
}

const ROW_COLOURS: Record<TextRow['role'], string> = {
  scenario: BASE.noteInk,
  title: BASE.area,
  gap: BASE.noteInk,
  subtitle: BASE.area,
  quote: BASE.area,
  credit: BASE.smallPrint,
  note: BASE.smallPrint,
};

/** The picture's layout for this input, measured with the canvas's own fonts. */
function layoutFor(ctx: CanvasRenderingContext2D, input: ExportInput): ExportLayout {
  const t = STRINGS[input.lang];
  return exportLayout(
    {
      mapWidth: input.width,
      mapHeight: input.height,
      scenario: input.titlePrefix,
      title: input.stage?.title ?? t.exportTitle,
      gapLine: input.stage?.gapLine,
      subtitle: input.stage ? `${t.exportTitle} · ${t.exportDecision}` : t.exportDecision,
      quotes: input.stage?.quotes,
      // The stage's legend lies over the map as on screen: no legend column beside it.
      legendWidth: input.stage ? 0 : undefined,
      credits: `${t.exportCredits} ${t.exportApprox}`,
      notes: input.notes ?? [],
    },
    (text, font) => {
      ctx.font = font;
      return ctx.measureText(text).width;
    },
  );
}

/** The canvas's 2D context, the canvas sized to `width` × `height` CSS px at the input's scale. */
function scaledContext(
  canvas: HTMLCanvasElement,
  input: ExportInput,
  width: number,
  height: number,
): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(STRINGS[input.lang].exportNoCanvas);
  canvas.width = Math.round(width * input.scale);
  canvas.height = Math.round(height * input.scale);
  ctx.setTransform(input.scale, 0, 0, input.scale, 0, 0);
  return ctx;
}

/** The map picture at `map` with the rings and labels over it: the stage's markers on the projector, else the desk's. */
function drawMapWithRings(
  ctx: CanvasRenderingContext2D,
  input: ExportInput,
  images: readonly (HTMLImageElement | null)[],
  map: { x: number; y: number; width: number; height: number },
): void {
  ctx.drawImage(input.mapImage, map.x, map.y, map.width, map.height);
  if (input.stage) drawStage(ctx, input.stage, images, map.x, map.y);
  else drawMarkers(ctx, input, images, map);
}

/**
 * Draws title, the map with its rings and labels, the legend and the source lines into `canvas` (resized to
 * fit), at once: rings whose picture is still missing are left out. Nothing is drawn outside the map's box but
 * the texts of the header, legend and footer, each on its own row.
 */
export function drawExport(
  canvas: HTMLCanvasElement,
  input: ExportInput,
  images: readonly (HTMLImageElement | null)[],
): void {
  const measure = canvas.getContext('2d');
  if (!measure) throw new Error(STRINGS[input.lang].exportNoCanvas);
  const layout = layoutFor(measure, input);
  const ctx = scaledContext(canvas, input, layout.width, layout.height);
  ctx.fillStyle = BASE.paper;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'top';
  for (const row of layout.rows) {
    ctx.font = row.font;
    ctx.fillStyle = ROW_COLOURS[row.role];
    ctx.fillText(row.text, row.x, row.y + 2);
  }
  const { map } = layout;
  ctx.save();
  ctx.beginPath();
  ctx.rect(map.x, map.y, map.width, map.height);
  ctx.clip();
  drawMapWithRings(ctx, input, images, map);
  if (input.stage?.legend) drawStageLegend(ctx, input.stage.legend, map.x, map.y);
  ctx.restore();
  if (!input.stage) drawLegend(ctx, input, layout.legend);
}

/**
 * Draws only the map with its rings and labels (or the stage's) into `canvas`, at the map's own size × scale:
 * the printed page sets title, legend and notes around it as text, so the map can take most of the page.
 */
export function drawMapPicture(
  canvas: HTMLCanvasElement,
  input: ExportInput,
  images: readonly (HTMLImageElement | null)[],
): void {
  const ctx = scaledContext(canvas, input, input.width, input.height);
  drawMapWithRings(ctx, input, images, { x: 0, y: 0, width: input.width, height: input.height });
}

/** The print page's map picture once every ring is decoded ("Udskriv"). */
export async function drawMapPictureReady(canvas: HTMLCanvasElement, input: ExportInput): Promise<void> {
  drawMapPicture(canvas, input, await loadImages(input));
}

/** The print page's map picture now, with the rings decoded so far (the browser's own print cannot wait). */
export function drawMapPictureNow(canvas: HTMLCanvasElement, input: ExportInput): void {
  drawMapPicture(canvas, input, readyImages(input));
}

/** Draws the picture once every ring is decoded and returns it as a PNG. */
export async function composeExport(input: ExportInput): Promise<Blob> {
  const images = await loadImages(input);
  const canvas = document.createElement('canvas');
  drawExport(canvas, input, images);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(STRINGS[input.lang].exportEncodeFailed))),
      'image/png',
    ),
  );
}
