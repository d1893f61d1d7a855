import type { IndsatsType } from '../data/types';
import type { StageSnapshotItem } from '../map/stageMarkers';

/** A box in the map container's CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One entry of the stage legend as drawn: a type's swatch (or the hatch sample) and its words. */
export interface StageLegendEntry {
  /** The type of a swatch; null for the gap item's hatch sample. */
  type: IndsatsType | null;
  swatch: Box;
  text: string;
  /** The words' box; they are drawn from its left edge, centred on its middle. */
  textBox: Box;
}

/** The stage legend where it lies over the map: its frame, its entries and their font. */
export interface StageLegendPicture {
  box: Box;
  entries: StageLegendEntry[];
  /** CSS font of the entries' words ("700 24px …"). */
  font: string;
}

/** The stage's picture: the step's caption, its legend, rings/group markers and labels as drawn. */
export interface StageExport {
  /** "Trin 7/9: …". */
  title: string;
  /** "Skraveret: ikke omfattet af NV arbejdsmarked, …" in words, or null outside gap steps. */
  gapLine: string | null;
  /** The caption's words (the case's quotes) as the stage shows them under the map. */
  quotes: readonly string[];
  /** The legend over the map, measured on screen (null when it is not shown). */
  legend: StageLegendPicture | null;
  /** The font family the stage labels are drawn (and measured) in. */
  labelFont: string;
  /** The labels' font size and line height (px) as the stage drew them (24/30, smaller on a small stage). */
  labelSize: { font: number; line: number };
  items: readonly Pick<StageSnapshotItem, 'marker' | 'svg' | 'lines' | 'dim'>[];
}

/** An element's box relative to `origin`'s top-left corner. */
const boxIn = (el: Element, origin: DOMRect): Box => {
  const r = el.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
};

/**
 * The stage legend (`renderStageLegend`) as it lies on screen over `map`, read from its elements: the PNG draws it
 * at the same place, so the hand-out shows what the audience sees (which also leaves the step's areas clear of it).
 */
export function readStageLegend(legend: HTMLElement, map: HTMLElement): StageLegendPicture | null {
  if (legend.hidden || legend.getClientRects().length === 0) return null;
  const origin = map.getBoundingClientRect();
  const entries = [...legend.querySelectorAll<HTMLElement>('.stage-legend__item')].flatMap((item) => {
    const mark = item.querySelector('.swatch, .stage-legend__hatch');
    const words = item.querySelector('span:last-child');
    if (!mark || !words || mark === words) return [];
    return [
      {
        type: (item.dataset.type as IndsatsType | undefined) ?? null,
        swatch: boxIn(mark, origin),
        text: words.textContent ?? '',
        textBox: boxIn(words, origin),
      },
    ];
  });
  const first = legend.querySelector('.stage-legend__item');
  const style = getComputedStyle(first ?? legend);
  return {
    box: boxIn(legend, origin),
    entries,
    font: `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
  };
}
