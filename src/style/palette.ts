import type { IndsatsType } from '../data/types';

/** Colour, letter (the non-colour cue) and ring slot of one initiative type. */
export interface TypeStyle {
  /** Fill colour, from the Okabe–Ito colour-blind-safe set. */
  color: string;
  /** Letter drawn on the badge, so colour is never the only cue. */
  letter: string;
  /** Text colour on the badge, chosen for contrast ≥ 4.5:1. */
  textColor: string;
  /** Slot on the ring around each area, clockwise from the top (0–5). */
  slot: number;
}

/** The one palette: map layers, legend, table and charts all read it. */
export const PALETTE: Record<IndsatsType, TypeStyle> = {
  nv_arbejdsmarked: { color: '#0072B2', letter: 'N', textColor: '#FFFFFF', slot: 0 },
  sv_profilinstitutioner: { color: '#E69F00', letter: 'S', textColor: '#000000', slot: 1 },
  tv_overvaagning: { color: '#CC79A7', letter: 'T', textColor: '#000000', slot: 2 },
  hotspot: { color: '#D55E00', letter: 'H', textColor: '#000000', slot: 3 },
  jobcentre: { color: '#009E73', letter: 'J', textColor: '#000000', slot: 4 },
  flyttehjaelp: { color: '#56B4E9', letter: 'F', textColor: '#000000', slot: 5 },
};

/** Basemap colours: quiet, so the initiative colours carry the map. */
export const BASE = {
  sea: '#C9DDEA',
  land: '#EEEBE4',
  neighbour: '#E6E2D9',
  neighbourLine: '#D2CCC0',
  kommune: '#F8F6F1',
  frederiksberg: '#EFECE5',
  park: '#D3E4C6',
  water: '#B4D2E6',
  roadCasing: '#CFC8BA',
  metro: '#8A8F98',
  station: '#FFFFFF',
  siteStroke: '#000000',
  boundary: '#8B8276',
  label: '#3A3632',
  /** Bydel names: quieter than the areas' own labels. */
  labelMuted: '#6E675D',
  stationLabel: '#5A5650',
  labelHalo: '#FFFFFF',
  area: '#1F1B16',
  areaHalo: '#FFFFFF',
  /** Ring slots: a type not reaching the area (empty, dashed) and a covered type the legend hides. */
  emptySlot: '#FFFFFF',
  emptySlotStroke: '#6E675D',
  hiddenSlot: '#E4E0D8',
  hiddenSlotStroke: '#B5ADA0',
  /** Exported picture: background and small print. */
  paper: '#FFFFFF',
  smallPrint: '#4A453F',
  selected: '#000000',
  hotspotZone: '#D55E00',
  /** Dark text and lines on white: letters of outlined ring segments, chart ticks, labels in the export. */
  ink: '#1f1b16',
  /** Gap notes and the scenario warning in the exported picture. */
  noteInk: '#5c0010',
  /** White and black as such: chart segment borders and pattern grounds, outlined segments, hatched-segment text. */
  white: '#ffffff',
  black: '#000000',
  /** The box behind a stage label in the export (white, slightly see-through). */
  labelBox: 'rgba(255,255,255,0.92)',
  /** The stage legend's ground (src/stage.css .stage-legend) and a swatch's rim (src/style.css .swatch). */
  stageLegendFill: 'rgba(255,255,255,0.95)',
  swatchRim: 'rgba(0,0,0,0.25)',
  /** The gap hatch's opacity (0–255) over the ink colour. */
  hatchAlpha: 200,
} as const;

/** Area symbol sizes in CSS pixels: the ring's outer radius and the true-position dot in its middle. */
export const RING = {
  radius: 24,
  centerRadius: 4.5,
  /**
   * Box kept free around each desk ring and its name when decluttering (the live markers and the build-time map
   * picture), at least: a name wider than it widens it (ringLabelBox). 72 px is the ring and 12 px each side; at
   * 120 px, short names kept as much room as long ones, and a 360 px phone map panned a little had no room for its
   * rings and names apart.
   */
  box: { width: 72, height: 78 },
  /**
   * On a short screen (a phone on its side: a map about 280 px high) a smaller ring with its name beside it, not
   * under it: four areas stand in one column there (Bispeparken to Sjælør Boulevard), and a ring with its name
   * under it needs 78 px of height. Letters stay 12 px, as on the desk ring.
   */
  compact: { radius: 20, letterSize: 12, box: { width: 0, height: 52 } },
  /**
   * A ring folded on a crowded map (areaMarkers.ts): this many CSS px across, at its area's point, without letters
   * or name; 24 px is WCAG 2.5.8's least target. style.css draws the same size.
   */
  folded: 24,
} as const;

/** The red, green and blue channels (0–255) of a #RRGGBB colour. */
export function channels(hex: string): [number, number, number] {
  const at = (i: number) => Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return [at(0), at(1), at(2)];
}

/** WCAG relative luminance of a #RRGGBB colour. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #RRGGBB colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
