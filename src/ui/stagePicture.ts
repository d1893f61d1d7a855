/**
 * The projector stage drawn into the PNG as the audience sees it (loaded with the PNG composer): the rings, group
 * markers and label boxes exactly where the stage placed them (its snapshot items), the names in the stage's own
 * font and line boxes, and the step's legend over the map where it lies on screen.
 */
import { BASE, PALETTE } from '../style/palette';
import type { Box, StageExport, StageLegendPicture } from './stageExport';

/** The stage label's CSS (src/stage.css .stage-label): bold, 2 px × 6 px padding; size and line as drawn. */
const LABEL = { padX: 6, padY: 2, radius: 4 } as const;
/** The stage legend's frame (src/stage.css .stage-legend). */
const LEGEND = { fill: BASE.stageLegendFill, border: 2, radius: 6 } as const;
/** The hatch sample: 3 px ink stripes every 9 px at 135°, in a 2 px ink frame. */
const HATCH = { stripe: 3, period: 9, border: 2 } as const;

/**
 * The alphabetic baseline of a line of text centred in a CSS line box from `top`, `height` tall, as the browser
 * places it (the half-leading rounded down above the font's ascent, the baseline on a whole pixel), so canvas
 * text stands where the page's does.
 */
function baseline(ctx: CanvasRenderingContext2D, text: string, top: number, height: number): number {
  const m = ctx.measureText(text);
  const ascent = m.fontBoundingBoxAscent;
  const descent = m.fontBoundingBoxDescent;
  return Math.round(top + Math.floor((height - (ascent + descent)) / 2) + ascent);
}

function roundBox(ctx: CanvasRenderingContext2D, b: Box, radius: number, left: number, top: number): void {
  ctx.beginPath();
  ctx.roundRect(left + b.x, top + b.y, b.width, b.height, radius);
}

/** Draws the stage's rings, group markers and labels where the stage has them (container px + offset). */
export function drawStage(
  ctx: CanvasRenderingContext2D,
  stage: StageExport,
  images: readonly (HTMLImageElement | null)[],
  left: number,
  top: number,
): void {
  stage.items.forEach((item, i) => {
    const img = images[i];
    const m = item.marker;
    ctx.globalAlpha = item.dim ? 0.4 : 1;
    if (img) ctx.drawImage(img, left + m.x - m.r, top + m.y - m.r, 2 * m.r, 2 * m.r);
    ctx.globalAlpha = 1;
    if (m.ids.length > 1) {
      // A group marker's 3 px ink outline just outside its ring (.stage-ring--group::after).
      ctx.lineWidth = 3;
      ctx.strokeStyle = BASE.ink;
      ctx.beginPath();
      ctx.arc(left + m.x, top + m.y, m.r + 1.5, 0, 2 * Math.PI);
      ctx.stroke();
    }
    // A marker whose name the stage left out (no room inside the map) has no label box either.
    if (item.lines.length === 0) return;
    const box = m.label;
    ctx.fillStyle = BASE.labelBox;
    roundBox(ctx, box, LABEL.radius, left, top);
    ctx.fill();
    ctx.font = `700 ${stage.labelSize.font}px ${stage.labelFont}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'alphabetic';
    const inner = box.width - 2 * LABEL.padX;
    item.lines.forEach((line, k) => {
      ctx.fillStyle = line.note ? BASE.noteInk : BASE.ink;
      const { line: lh } = stage.labelSize;
      const y = baseline(ctx, line.text, top + box.y + LABEL.padY + k * lh, lh);
      // The box was measured for this font; maxWidth only guards against a font the canvas lacks.
      ctx.fillText(line.text, left + box.x + box.width / 2, y, inner);
    });
    ctx.textAlign = 'left';
  });
}

/** The hatch sample of the gap item: white, ink stripes "/" at 135°, an ink frame. */
function drawHatch(ctx: CanvasRenderingContext2D, b: Box, left: number, top: number): void {
  const x = left + b.x;
  const y = top + b.y;
  ctx.save();
  ctx.fillStyle = BASE.paper;
  ctx.fillRect(x, y, b.width, b.height);
  ctx.beginPath();
  ctx.rect(x, y, b.width, b.height);
  ctx.clip();
  ctx.strokeStyle = BASE.ink;
  ctx.lineWidth = HATCH.stripe;
  const step = HATCH.period * Math.SQRT2;
  for (let d = 0; d < b.width + b.height + step; d += step) {
    ctx.beginPath();
    ctx.moveTo(x + d, y);
    ctx.lineTo(x + d - b.height, y + b.height);
    ctx.stroke();
  }
  ctx.restore();
  ctx.lineWidth = HATCH.border;
  ctx.strokeRect(x + 1, y + 1, b.width - 2, b.height - 2);
}

/** Draws the stage legend over the map where it lies on screen (container px + offset). */
export function drawStageLegend(
  ctx: CanvasRenderingContext2D,
  legend: StageLegendPicture,
  left: number,
  top: number,
): void {
  const half = LEGEND.border / 2;
  const frame = {
    x: legend.box.x + half,
    y: legend.box.y + half,
    width: legend.box.width - LEGEND.border,
    height: legend.box.height - LEGEND.border,
  };
  roundBox(ctx, frame, LEGEND.radius, left, top);
  ctx.fillStyle = LEGEND.fill;
  ctx.fill();
  ctx.lineWidth = LEGEND.border;
  ctx.strokeStyle = BASE.ink;
  ctx.stroke();
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const entry of legend.entries) {
    const s = entry.swatch;
    if (entry.type) {
      const style = PALETTE[entry.type];
      const r = Math.min(s.width, s.height) / 2;
      ctx.beginPath();
      ctx.arc(left + s.x + s.width / 2, top + s.y + s.height / 2, r - 0.5, 0, 2 * Math.PI);
      ctx.fillStyle = style.color;
      ctx.fill();
      ctx.lineWidth = 1;
      ctx.strokeStyle = BASE.swatchRim;
      ctx.stroke();
      ctx.font = legend.font;
      ctx.textAlign = 'center';
      ctx.fillStyle = style.textColor;
      ctx.fillText(style.letter, left + s.x + s.width / 2, baseline(ctx, style.letter, top + s.y, s.height));
      ctx.textAlign = 'left';
    } else drawHatch(ctx, s, left, top);
    ctx.font = legend.font;
    ctx.fillStyle = BASE.ink;
    const t = entry.textBox;
    ctx.fillText(entry.text, left + t.x, baseline(ctx, entry.text, top + t.y, t.height), t.width + 2);
  }
}
