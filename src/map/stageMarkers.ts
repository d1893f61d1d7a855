import type { Map as MapLibreMap } from 'maplibre-gl';
import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { AreaPlace } from '../derive/mapFeatures';
import { stagePlacementOptions } from '../derive/stageFraming';
import {
  type LabelLine,
  labelLines,
  placeStage,
  type Rect,
  rectInside,
  ringBox,
  type StageMarker,
} from '../derive/stagePlacement';
import { ring } from '../draw/ring';

/**
 * Sizes on the projector stage (CSS px): rings with 24 px letters, 24 px labels on 30 px lines. A smaller
 * stage (a tablet or a landscape phone presenting; stage.css sets `--stage-font` below 24 px there) scales them
 * all by its font over 24 (`stageSizes`).
 */
export const STAGE_SIZES = {
  radius: 46,
  band: 27,
  gap: 6,
  letter: 24,
  font: 24,
  lineHeight: 30,
  /** Padding inside a label box, each side (px). */
  padX: 6,
  padY: 2,
};

export type StageSizes = typeof STAGE_SIZES;

/** The stage's sizes for a stage font of `font` px (STAGE_SIZES at 24 px, scaled in proportion otherwise). */
export function stageSizes(font: number): StageSizes {
  if (!(font > 0) || font === STAGE_SIZES.font) return STAGE_SIZES;
  const k = font / STAGE_SIZES.font;
  return {
    radius: Math.round(STAGE_SIZES.radius * k),
    band: Math.round(STAGE_SIZES.band * k),
    gap: Math.max(3, Math.round(STAGE_SIZES.gap * k)),
    letter: font,
    font,
    lineHeight: Math.round(STAGE_SIZES.lineHeight * k),
    padX: STAGE_SIZES.padX,
    padY: STAGE_SIZES.padY,
  };
}

/** What the current step asks of the markers. */
export interface StageStep {
  focus: readonly string[];
  visible: ReadonlySet<IndsatsType>;
  /** Areas outside the step's gap types (null = no gap mode) and the note shown under their names. */
  gaps: readonly string[] | null;
  gapNote: string;
  /** The free box (container px) the step's markers must stay in. */
  safe: Rect;
}

/** One drawn marker with its label lines, for the PNG export. */
export interface StageSnapshotItem {
  marker: StageMarker;
  svg: SVGSVGElement;
  lines: LabelLine[];
  dim: boolean;
}

/**
 * The projector stage's markers (src/derive/stagePlacement.ts): rings standing on their areas, group markers
 * where areas are too close, labels moved instead of rings. Drawn into one layer over the map canvas and
 * re-placed on every camera move, so zooming in splits a group. Rings carry `data-area-ring`, labels
 * `data-area-label` (space-separated area ids) as test handles.
 */
export class StageMarkers {
  readonly layer: HTMLDivElement;
  #map: MapLibreMap;
  #areas: readonly AreaPlace[];
  #names: Map<string, string>;
  #step: StageStep | null = null;
  #onSelect: (ids: readonly string[]) => void;
  #measure: CanvasRenderingContext2D | null = null;
  #sizes: StageSizes = STAGE_SIZES;
  #drawn: StageSnapshotItem[] = [];

  constructor(map: MapLibreMap, areas: readonly AreaPlace[], onSelect: (ids: readonly string[]) => void) {
    this.#map = map;
    this.#areas = areas;
    this.#names = new Map(areas.map((a) => [a.id, a.navn]));
    this.#onSelect = onSelect;
    this.layer = document.createElement('div');
    this.layer.className = 'stage-markers';
    this.layer.hidden = true;
    map.getContainer().append(this.layer);
    map.on('move', this.#onMove);
  }

  /** The label lines of a marker standing for `ids` (see `labelLines`: a note never reads as another's). */
  lines(ids: readonly string[]): LabelLine[] {
    return labelLines(ids, this.#names, this.#step?.gaps ?? null, this.#step?.gapNote ?? '');
  }

  /** The font family of the labels (the map container's), which the label boxes are measured in. */
  fontFamily(): string {
    return getComputedStyle(this.layer).fontFamily || 'sans-serif';
  }

  /** The label box size of a marker standing for `ids`, measured in the stage's font. */
  labelSize = (ids: readonly string[]): { width: number; height: number } => {
    if (!this.#measure) {
      this.#measure = document.createElement('canvas').getContext('2d');
      if (this.#measure) this.#measure.font = `700 ${this.#sizes.font}px ${this.fontFamily()}`;
    }
    const lines = this.lines(ids);
    const widest = Math.max(
      ...lines.map((l) => this.#measure?.measureText(l.text).width ?? l.text.length * 14),
    );
    return {
      width: Math.ceil(widest) + 2 * this.#sizes.padX + 2,
      height: lines.length * this.#sizes.lineHeight + 2 * this.#sizes.padY,
    };
  };

  /** New positions and covered types for the same areas (outlines from a file); redraws when on the stage. */
  setPlaces(areas: readonly AreaPlace[]): void {
    this.#areas = areas;
    if (this.#step) this.place();
  }

  /** Shows the stage markers for a step (null hides them). */
  show(step: StageStep | null): void {
    this.#step = step;
    this.layer.hidden = step === null;
    this.#measure = null;
    // The stage's font size is set by the CSS for the screen (stage.css); rings and labels follow it.
    if (step) this.#sizes = stageSizes(Number.parseFloat(getComputedStyle(this.layer).fontSize));
    this.place();
  }

  #onMove = (): void => {
    if (this.#step) this.place();
  };

  /** Places and draws the markers for the current camera (synchronously). */
  place(): void {
    const step = this.#step;
    if (!step) {
      this.layer.replaceChildren();
      this.#drawn = [];
      return;
    }
    const focus = new Set(step.focus.length > 0 ? step.focus : this.#areas.map((a) => a.id));
    const ordered = [
      ...this.#areas.filter((a) => focus.has(a.id)),
      ...this.#areas.filter((a) => !focus.has(a.id)),
    ];
    const points = ordered.map((a) => ({ id: a.id, ...this.#map.project(a.lngLat) }));
    const markers = placeStage(
      points,
      stagePlacementOptions({ safe: step.safe, focus: step.focus, placement: this.placement() }),
    );
    const { clientWidth: width, clientHeight: height } = this.#map.getContainer();
    const stage = { x: 0, y: 0, width, height };
    // An area the step is not about is drawn whole or not at all: a ring the map's edge would cut is left out
    // (the audience would read half a ring as something), as is a name with no spot inside the map.
    const whole = (m: StageMarker) =>
      step.focus.length === 0 || m.ids.some((id) => step.focus.includes(id)) || rectInside(ringBox(m), stage);
    this.#drawn = markers.filter(whole).map((m) => this.#item(m, step, stage));
    this.layer.replaceChildren(...this.#drawn.flatMap((d) => this.#elements(d)));
  }

  /** The sizes the stage draws with now (set by `show` from the stage's font size). */
  sizes(): StageSizes {
    return this.#sizes;
  }

  /** The ring sizes and label measure the stage uses (also for framing). */
  placement() {
    return {
      radius: this.#sizes.radius,
      band: this.#sizes.band,
      gap: this.#sizes.gap,
      labelSize: this.labelSize,
    };
  }

  #item(m: StageMarker, step: StageStep, stage: Rect): StageSnapshotItem {
    const members = this.#areas.filter((a) => m.ids.includes(a.id));
    const all = INDSATS_TYPES.filter((t) => members.every((a) => a.covered.includes(t)));
    const some = INDSATS_TYPES.filter((t) => !all.includes(t) && members.some((a) => a.covered.includes(t)));
    const svg = ring(all, {
      radius: m.r,
      visible: step.visible,
      partial: some,
      inner: m.inner,
      letterSize: this.#sizes.letter,
    });
    const dim = step.gaps !== null && !m.ids.some((id) => step.gaps?.includes(id));
    // A name is read whole or not at all: the label of an area the step is not about, which found no spot inside
    // the map, is left out (its ring, whole inside the map, stays), rather than cut.
    const about = step.focus.length === 0 || m.ids.some((id) => step.focus.includes(id));
    const named = about || rectInside(m.label, stage);
    return { marker: m, svg, lines: named ? this.lines(m.ids) : [], dim };
  }

  #elements({ marker: m, svg, lines, dim }: StageSnapshotItem): HTMLElement[] {
    const ids = m.ids.join(' ');
    const ringEl = document.createElement('div');
    ringEl.className = `stage-ring${m.ids.length > 1 ? ' stage-ring--group' : ''}${dim ? ' stage--dim' : ''}`;
    ringEl.dataset.areaRing = ids;
    Object.assign(ringEl.style, {
      left: `${m.x - m.r}px`,
      top: `${m.y - m.r}px`,
      width: `${2 * m.r}px`,
      height: `${2 * m.r}px`,
    });
    ringEl.append(svg);
    ringEl.addEventListener('click', (e) => {
      e.stopPropagation();
      this.#onSelect(m.ids);
    });
    if (lines.length === 0) return [ringEl];
    const label = document.createElement('div');
    label.className = `stage-label${dim ? ' stage--dim' : ''}`;
    label.dataset.areaLabel = ids;
    Object.assign(label.style, {
      left: `${m.label.x}px`,
      top: `${m.label.y}px`,
      width: `${m.label.width}px`,
      height: `${m.label.height}px`,
    });
    for (const line of lines) {
      const span = document.createElement('span');
      span.className = line.note ? 'stage-label__note' : 'stage-label__name';
      span.textContent = line.text;
      label.append(span);
    }
    return [ringEl, label];
  }

  /** What is drawn now, for the PNG export. */
  snapshotItems(): readonly StageSnapshotItem[] {
    return this.#drawn;
  }

  /** Removes the layer and its listener. */
  remove(): void {
    this.#map.off('move', this.#onMove);
    this.layer.remove();
  }
}
