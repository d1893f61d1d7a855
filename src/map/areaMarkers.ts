import { type Map as MapLibreMap, Marker } from 'maplibre-gl';
import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import {
  besideSides,
  declutter,
  declutterFolding,
  LEADER_ATTRS,
  leaderEnds,
  ringLabelBox,
} from '../derive/declutter';
import { type AreaPlace, basisMark } from '../derive/mapFeatures';
import { nameParts } from '../draw/nameParts';
import { ring } from '../draw/ring';
import { SHORT_SCREEN_QUERY } from '../style/camera';
import { RING } from '../style/palette';

const SVG_NS = 'http://www.w3.org/2000/svg';

export const markerDefaults = {
  /** Outer radius of the ring, CSS pixels. */
  radius: RING.radius as number,
  /** Box kept free around each ring and its label when decluttering, CSS pixels. */
  boxWidth: RING.box.width as number,
  boxHeight: RING.box.height as number,
  /** Text shown under the name of an area outside the chosen initiatives in gap mode. */
  gapLabel: 'ikke omfattet',
  /**
   * Text shown under the name of a hand-placed area, and of an area outlined from a file this session, at every
   * zoom (the ring hides the circle or outline when zoomed out).
   */
  basisLabels: { handPlaced: 'håndplaceret', fromFile: 'fra fil' },
  /**
   * Top-right corner (CSS px) kept free of rings and names: the zoom buttons (two 40 px buttons on touch layouts,
   * 29 px on laptops) with MapLibre's 10 px margins. Issue 10: no ring under a control.
   */
  controlCorner: { width: 50, height: 100 },
  /**
   * Strip (CSS px) along the map's bottom edge that boxes stay above: the scale bar and the opened attribution
   * (three lines, 76 px, with its 10 px margin) plus how far a name with a gap note hangs below its box.
   */
  controlBand: 110,
  /** The same strip on a short screen, where the credits are a folded (i) button: the scale bar only. */
  controlBandShort: 40,
  /**
   * A crowded map folds a ring the declutter would push farther than this many ring radii from its area (120 px on
   * the desk ring): it becomes a small ring at the area's point, without its name (style.css, `area-marker--folded`).
   * No first view folds at any size the tests measure; a phone map panned so that the areas crowd one edge does.
   */
  foldBeyondRadii: 5,
  /** The square (CSS px) a folded ring keeps free around its point: the 24 px small ring (WCAG 2.5.8) and 2 px. */
  foldPin: 28,
};

/** How a desk marker is drawn and kept clear: ring radius, letter size, where its name stands, its least box. */
export interface MarkerGeometry {
  radius: number;
  letterSize?: number;
  /** Names under the rings, or beside them (each on the side away from the areas' middle: besideSides). */
  side: 'below' | 'beside';
  min: { width: number; height: number };
  /** Strip along the map's bottom edge that boxes stay above (CSS px). */
  band: number;
}

/**
 * The desk marker for this screen: the ring with its name under it, or on a short screen (a phone on its side) the
 * compact ring with its name beside it (RING.compact; style.css draws the same from the same query).
 */
export function deskGeometry(options: typeof markerDefaults = markerDefaults): MarkerGeometry {
  if (window.matchMedia(SHORT_SCREEN_QUERY).matches)
    return {
      radius: RING.compact.radius,
      letterSize: RING.compact.letterSize,
      side: 'beside',
      min: RING.compact.box,
      band: options.controlBandShort,
    };
  return {
    radius: options.radius,
    side: 'below',
    min: { width: options.boxWidth, height: options.boxHeight },
    band: options.controlBand,
  };
}

/** One shown marker as `AreaMarkers.snapshotItems` gives it for drawing into an image (the PNG export). */
export interface MarkerSnapshot {
  /** The ring's centre in container pixels. */
  x: number;
  y: number;
  svg: SVGSVGElement;
  label: string;
  note: string | null;
  /** The declutter's push of the ring from its area's point (CSS px): a leader is drawn back to the point. */
  dx: number;
  dy: number;
  /** Where the name stands: under the ring, or beside it on a short screen. */
  side: 'below' | 'left' | 'right';
  /** The name's font as drawn on screen (the map's font, narrower than the page's); the export's own when empty. */
  font: string;
  /** Folded on a crowded map: drawn as the small ring at its point, without letters or name (as on screen). */
  folded: boolean;
  /** The name's lines as the screen breaks them ("Tingbjerg/", "Utterslevhuse" on a phone). */
  nameLines: string[];
}

/**
 * The rings and name labels of the areas as DOM markers: decluttered on zoom (a leader line then points to the
 * true position), redrawn when types are shown or hidden. Clicks call `onSelect`. Not in the tab order: the area
 * list is the keyboard route to the same dialogs.
 */
export class AreaMarkers {
  #map: MapLibreMap;
  #areas: readonly AreaPlace[];
  #markers = new Map<
    string,
    { marker: Marker; el: HTMLElement; ringHost: HTMLElement; leader: SVGLineElement; basis: HTMLElement }
  >();
  #visible: Set<IndsatsType> = new Set(INDSATS_TYPES);
  /** Proposed (scenario) types per area id, drawn outlined. */
  #proposed: Record<string, IndsatsType[]> = {};
  #frame = 0;
  #options: typeof markerDefaults;
  /** The projector's ring size while presenting (setSize), else null: the desk size for the screen. */
  #stage: { radius: number; boxWidth: number; boxHeight: number } | null = null;
  #short = window.matchMedia(SHORT_SCREEN_QUERY);
  #selected: string | null = null;
  /** The ids folded at the last placing. */
  #folded: readonly string[] = [];
  /** The box (viewport px) of what lies over the map now, e.g. the open area dialog; null when nothing does. */
  #cover: () => DOMRect | null = () => null;

  constructor(
    map: MapLibreMap,
    areas: readonly AreaPlace[],
    onSelect: (id: string) => void,
    options: Partial<typeof markerDefaults> = {},
  ) {
    this.#map = map;
    this.#areas = areas;
    this.#options = { ...markerDefaults, ...options };
    for (const area of areas) {
      const el = document.createElement('div');
      el.className = 'area-marker';
      el.dataset.marker = area.id;
      el.setAttribute('aria-hidden', 'true');
      const leaderSvg = document.createElementNS(SVG_NS, 'svg');
      leaderSvg.setAttribute('class', 'area-marker__leader');
      const leader = document.createElementNS(SVG_NS, 'line');
      leaderSvg.append(leader);
      const ringHost = document.createElement('div');
      ringHost.className = 'area-marker__ring';
      const label = document.createElement('span');
      label.className = 'area-marker__label';
      label.append(...nameParts(area.navn, 'area-marker__name'));
      const gap = document.createElement('span');
      gap.className = 'area-marker__gap';
      gap.textContent = this.#options.gapLabel;
      const basis = document.createElement('span');
      basis.className = 'area-marker__basis';
      this.#setBasis(basis, area);
      label.append(basis, gap);
      el.append(leaderSvg, ringHost, label);
      el.addEventListener('click', (e) => {
        e.stopPropagation();
        onSelect(area.id);
      });
      const marker = new Marker({ element: el, anchor: 'center' }).setLngLat(area.lngLat).addTo(map);
      this.#markers.set(area.id, { marker, el, ringHost, leader, basis });
    }
    this.#drawRings();
    // The names' sides now, before the first paint: set in the first placing they moved after it (a layout shift).
    this.#sides();
    map.on('zoom', this.#schedule);
    map.on('resize', this.#schedule);
    // After a pan too: a ring kept inside the map's edge by the declutter keeps its push only while it is there
    // (a phone turned with a dialog open left a lone ring 34 px off its place).
    map.on('moveend', this.#schedule);
    map.on('move', this.#offMap);
    // A phone turned onto its side or back: the rings are drawn at the other size, the names moved (CSS).
    this.#short.addEventListener('change', this.#resize);
    // Placed in the next frame, not now: measuring the labels here would force a layout of the whole page while
    // the map is still starting; in the frame the page is laid out anyway.
    this.#schedule();
  }

  #schedule = (): void => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#place());
  };

  /**
   * Hides the markers whose ring's centre lies off the map, in every frame of a move (ten projections, no layout):
   * a ring past the map's edge left part of its name in view, at the edge or under the zoom buttons (a phone turned
   * with a dialog open). The declutter keeps such a ring where it is, off the map, rather than pretend it is on it.
   */
  #offMap = (): void => {
    const { clientWidth: width, clientHeight: height } = this.#map.getContainer();
    for (const a of this.#areas) {
      const m = this.#markers.get(a.id);
      if (!m) continue;
      // Where the ring is drawn (its place plus the declutter's push), not the area's point: a ring pushed aside
      // left the map before its point, and its name still showed at the edge (a drag on a phone).
      const { x, y } = this.#map.project(a.lngLat).add(m.marker.getOffset());
      // A folded ring keeps its place at its point, not pushed inside the map: it shows whole or not at all (one at
      // the map's edge showed as half a ring, helper-34).
      // Nor under the zoom buttons (helper-35: Lundtoftegade's small ring 40 % under "+").
      const folded = m.el.classList.contains('area-marker--folded');
      const inset = folded ? RING.folded / 2 : 0;
      const { width: cw, height: ch } = this.#options.controlCorner;
      const underControls = folded && x + inset > width - cw && y - inset < ch;
      m.el.classList.toggle(
        'area-marker--off',
        underControls || x < inset || y < inset || x > width - inset || y > height - inset,
      );
    }
  };

  #resize = (): void => {
    this.#drawRings();
    this.#schedule();
  };

  #geometry(): MarkerGeometry {
    if (!this.#stage) return deskGeometry(this.#options);
    const { radius, boxWidth, boxHeight } = this.#stage;
    return {
      radius,
      side: 'below',
      min: { width: boxWidth, height: boxHeight },
      band: this.#options.controlBand,
    };
  }

  /** Where each name stands (under its ring, or beside it on a short screen), marked on the markers. */
  #sides(): { at: { x: number; y: number }[]; sides: ('below' | 'left' | 'right')[] } {
    const at = this.#areas.map((a) => this.#map.project(a.lngLat));
    const beside = this.#geometry().side === 'beside';
    const sides = beside
      ? besideSides(at.map((p) => p.x)).map((side, i): 'below' | 'left' | 'right' =>
          // The open area's name stands under its ring: beside it, it ran under the dialog at the map's left,
          // or past the map's right edge, which pushed the ring off its place.
          this.#areas[i]?.id === this.#selected ? 'below' : side,
        )
      : at.map(() => 'below' as const);
    for (const [i, a] of this.#areas.entries()) {
      const el = this.#markers.get(a.id)?.el;
      el?.classList.toggle('area-marker--name-left', sides[i] === 'left');
      el?.classList.toggle('area-marker--name-below', beside && sides[i] === 'below');
    }
    return { at, sides };
  }

  #place(): void {
    const { radius: r, min, band } = this.#geometry();
    const { at, sides } = this.#sides();
    const pts = this.#areas.map((a, i) => {
      // The name hangs below the ring (stands beside it on a short screen), with its "fra fil" / "håndplaceret"
      // line and gap note under it.
      const label = this.#markers.get(a.id)?.el.querySelector('.area-marker__label');
      const size =
        label instanceof HTMLElement
          ? { width: label.offsetWidth, height: label.offsetHeight }
          : { width: 0, height: 0 };
      const { x, y } = at[i] ?? { x: 0, y: 0 };
      return ringLabelBox(a.id, x, y, r, size, min, sides[i] ?? 'below');
    });
    const { clientWidth, clientHeight } = this.#map.getContainer();
    const bounds = { width: clientWidth, height: clientHeight, band, corner: this.#options.controlCorner };
    // On the projector's stage every ring keeps its name: the stage frames its areas with room for them. While the
    // map moves (a zoom's frames) the rings folded at the last rest stay so and fold no more, which costs one
    // declutter, not up to four, per frame, and no ring flickers between its sizes; at rest they are decided anew.
    const moving = this.#map.isMoving();
    const { offsets, folded } = this.#stage
      ? { offsets: declutter(pts, min.width, min.height, bounds), folded: [] }
      : declutterFolding(pts, min.width, min.height, bounds, {
          beyond: this.#options.foldBeyondRadii * r,
          pin: this.#options.foldPin,
          keep: this.#selected ? [this.#selected] : [],
          already: moving ? this.#folded : [],
          rounds: moving ? 0 : undefined,
        });
    this.#folded = folded;
    const labels = new Map(pts.map((p) => [p.id, p.label]));
    for (const [id, m] of this.#markers) {
      const [dx, dy] = offsets[id] ?? [0, 0];
      m.marker.setOffset([dx, dy]);
      m.el.classList.toggle('area-marker--moved', dx !== 0 || dy !== 0);
      m.el.classList.toggle('area-marker--folded', folded.includes(id));
      // From the ring's edge (not its centre), or from past its own name, to the true position.
      for (const [i, v] of leaderEnds(dx, dy, r, labels.get(id)).entries())
        m.leader.setAttribute(LEADER_ATTRS[i] ?? '', String(v));
    }
    this.#offMap();
    this.#underCover();
  }

  /**
   * Hides the markers (but the selected one's) whose ring or name meets what lies over the map: the open dialog's
   * edge sliced a neighbour's ring or name ("…lelandet/Husumgård" beside Tingbjerg's dialog, helper-32). A marker
   * either shows whole or not at all. Read after each placing (a layout read the placing makes anyway).
   */
  #underCover(): void {
    const cover = this.#cover();
    const meets = (r: DOMRect) =>
      cover !== null &&
      Math.min(r.right, cover.right) - Math.max(r.left, cover.left) > 0 &&
      Math.min(r.bottom, cover.bottom) - Math.max(r.top, cover.top) > 0;
    for (const [id, m] of this.#markers) {
      // A folded ring's name is hidden (laid out, not drawn): only its ring counts.
      const folded = m.el.classList.contains('area-marker--folded');
      const parts = [m.ringHost, folded ? null : m.el.querySelector('.area-marker__label')].filter(
        (e) => e !== null,
      );
      const under = id !== this.#selected && parts.some((e) => meets(e.getBoundingClientRect()));
      m.el.classList.toggle('area-marker--covered', under);
    }
  }

  /** What lies over the map (the open dialog's box, or null), read at each placing. */
  setCover(cover: () => DOMRect | null): void {
    this.#cover = cover;
  }

  /**
   * Redraws the rings at the projector's size (presentation mode) and re-declutters with a box to match; null goes
   * back to the desk size for the screen.
   */
  setSize(size: { radius: number; boxWidth: number; boxHeight: number } | null): void {
    this.#stage = size;
    for (const m of this.#markers.values()) {
      m.el.style.width = size ? `${2 * size.radius}px` : '';
      m.el.style.height = size ? `${2 * size.radius}px` : '';
    }
    this.#drawRings();
    this.#place();
  }

  #drawRings(): void {
    for (const area of this.#areas) {
      const m = this.#markers.get(area.id);
      if (!m) continue;
      const { radius, letterSize } = this.#geometry();
      const svg = ring(area.covered, {
        radius,
        ...(letterSize ? { letterSize } : {}),
        visible: this.#visible,
        proposed: this.#proposed[area.id] ?? [],
      });
      m.ringHost.replaceChildren(svg);
      // In gap mode a proposal keeps full strength on a dimmed ring (style.css).
      m.el.classList.toggle('area-marker--proposed', svg.querySelector('.ring__seg--proposed') !== null);
    }
  }

  /** Shows or hides one type's segments. */
  setTypeVisible(type: IndsatsType, visible: boolean): void {
    // The first view state sets every type: redrawing ten rings for each unchanged one only delays the start.
    if (visible === this.#visible.has(type)) return;
    if (visible) this.#visible.add(type);
    else this.#visible.delete(type);
    this.#drawRings();
  }

  /** The line under a name saying what the position rests on, when it is not the case's own point. */
  #setBasis(basis: HTMLElement, area: AreaPlace): void {
    const mark = basisMark(area, this.#options.basisLabels);
    basis.textContent = mark ?? '';
    basis.hidden = mark === null;
  }

  /**
   * New positions, covered types and position bases for the same areas (outlines brought in from a file): moves
   * the markers, redraws the rings and declutters again. Gap and selection marks stay.
   */
  setPlaces(areas: readonly AreaPlace[]): void {
    this.#areas = areas;
    for (const area of areas) {
      const m = this.#markers.get(area.id);
      m?.marker.setLngLat(area.lngLat);
      if (m) this.#setBasis(m.basis, area);
    }
    this.#drawRings();
    this.#place();
  }

  /** Scenario: the proposed types per area id, drawn as outlined segments; redraws the rings. */
  setProposals(byArea: Record<string, IndsatsType[]>): void {
    const none = (x: Record<string, IndsatsType[]>) => Object.keys(x).length === 0;
    if (none(byArea) && none(this.#proposed)) return;
    this.#proposed = byArea;
    this.#drawRings();
  }

  /** Marks one area as selected (or none). */
  select(id: string | null): void {
    this.#selected = id;
    for (const [areaId, m] of this.#markers) m.el.classList.toggle('area-marker--selected', areaId === id);
    // Placed again in the next frame: the names' sides on a short screen, and which markers the dialog covers.
    this.#schedule();
  }

  /** Gap mode: marks the given areas as not covered and dims the rest; null ends gap mode. */
  setGaps(ids: readonly string[] | null): void {
    for (const [id, m] of this.#markers) {
      const inGap = ids?.includes(id) ?? false;
      m.el.classList.toggle('area-marker--gap', inGap);
      m.el.classList.toggle('area-marker--dim', ids !== null && !inGap);
    }
  }

  /**
   * Each shown marker's ring, label and gap note with its centre in container pixels, for drawing into an image; a
   * marker hidden because its ring has left the map is left out, as on screen.
   */
  snapshotItems(): MarkerSnapshot[] {
    const box = this.#map.getContainer().getBoundingClientRect();
    const beside = this.#geometry().side === 'beside';
    return this.#areas.flatMap((area) => {
      const m = this.#markers.get(area.id);
      const svg = m?.ringHost.querySelector('svg');
      if (!m || !svg || m.el.classList.contains('area-marker--off')) return [];
      const r = m.el.getBoundingClientRect();
      const offset = m.marker.getOffset();
      const gap = m.el.classList.contains('area-marker--gap');
      const folded = m.el.classList.contains('area-marker--folded');
      return [
        {
          folded,
          x: r.left + r.width / 2 - box.left,
          y: r.top + r.height / 2 - box.top,
          svg: folded ? withoutLetters(svg) : svg,
          label: area.navn,
          nameLines: nameLines(m.el),
          // As on screen (the ⊘ is CSS there): the picture's text lines say which initiatives.
          note: gap ? `⊘ ${this.#options.gapLabel}` : null,
          font: labelFont(m.el),
          dx: offset.x,
          dy: offset.y,
          side: m.el.classList.contains('area-marker--name-left')
            ? 'left'
            : beside && !m.el.classList.contains('area-marker--name-below')
              ? 'right'
              : 'below',
        },
      ];
    });
  }

  /** Removes the markers and their listeners. */
  remove(): void {
    this.#map.off('zoom', this.#schedule);
    this.#map.off('resize', this.#schedule);
    this.#map.off('moveend', this.#schedule);
    this.#map.off('move', this.#offMap);
    this.#short.removeEventListener('change', this.#resize);
    cancelAnimationFrame(this.#frame);
    for (const m of this.#markers.values()) m.marker.remove();
    this.#markers.clear();
  }
}

/** The CSS font of a marker's name ("700 14px Noto Sans, …"), for drawing it alike into an image. */
function labelFont(el: HTMLElement): string {
  const label = el.querySelector('.area-marker__label');
  if (!label) return '';
  const style = getComputedStyle(label);
  return `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

/** A copy of a ring without its letters, as a folded ring shows on screen (style.css hides them there). */
function withoutLetters(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const letter of copy.querySelectorAll('.ring__letter')) letter.remove();
  return copy;
}

/**
 * A marker's name as the screen breaks it, line by line: its parts (nameParts) grouped by where they stand. On a
 * phone "Tingbjerg/Utterslevhuse" takes two lines; the PNG set it on one, across a neighbour's ring (helper-35).
 */
function nameLines(el: HTMLElement): string[] {
  const lines: { top: number; text: string }[] = [];
  for (const part of el.querySelectorAll<HTMLElement>('.area-marker__name')) {
    const top = part.getBoundingClientRect().top;
    const line = lines.find((l) => Math.abs(l.top - top) < 2);
    if (line) line.text += part.textContent ?? '';
    else lines.push({ top, text: part.textContent ?? '' });
  }
  return lines.map((l) => l.text);
}
