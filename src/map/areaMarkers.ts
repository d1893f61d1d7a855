import { type Map as MapLibreMap, Marker } from 'maplibre-gl';
import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { declutter, ringLabelBox } from '../derive/declutter';
import { type AreaPlace, basisMark } from '../derive/mapFeatures';
import { nameParts } from '../draw/nameParts';
import { ring } from '../draw/ring';
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
};

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
    map.on('zoom', this.#schedule);
    map.on('resize', this.#schedule);
    // Placed in the next frame, not now: measuring the labels here would force a layout of the whole page while
    // the map is still starting; in the frame the page is laid out anyway.
    this.#schedule();
  }

  #schedule = (): void => {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#place());
  };

  #place(): void {
    const r = this.#options.radius;
    const min = { width: this.#options.boxWidth, height: this.#options.boxHeight };
    const pts = this.#areas.map((a) => {
      // The name hangs below the ring, with its "fra fil" / "håndplaceret" line and gap note under it.
      const label = this.#markers.get(a.id)?.el.querySelector('.area-marker__label');
      const size =
        label instanceof HTMLElement
          ? { width: label.offsetWidth, height: label.offsetHeight }
          : { width: 0, height: 0 };
      const { x, y } = this.#map.project(a.lngLat);
      return ringLabelBox(a.id, x, y, r, size, min);
    });
    const { clientWidth, clientHeight } = this.#map.getContainer();
    const offsets = declutter(pts, this.#options.boxWidth, this.#options.boxHeight, {
      width: clientWidth,
      height: clientHeight - this.#options.controlBand,
      corner: this.#options.controlCorner,
    });
    for (const [id, m] of this.#markers) {
      const [dx, dy] = offsets[id] ?? [0, 0];
      m.marker.setOffset([dx, dy]);
      m.el.classList.toggle('area-marker--moved', dx !== 0 || dy !== 0);
      // From the ring's edge (not its centre) to the true position.
      const length = Math.hypot(dx, dy) || 1;
      m.leader.setAttribute('x1', String(r - (dx / length) * r));
      m.leader.setAttribute('y1', String(r - (dy / length) * r));
      m.leader.setAttribute('x2', String(r - dx));
      m.leader.setAttribute('y2', String(r - dy));
    }
  }

  /** Redraws the rings at another size (presentation mode) and re-declutters with a box to match. */
  setSize(radius: number, boxWidth: number, boxHeight: number): void {
    this.#options = { ...this.#options, radius, boxWidth, boxHeight };
    for (const m of this.#markers.values()) {
      m.el.style.width = `${2 * radius}px`;
      m.el.style.height = `${2 * radius}px`;
    }
    this.#drawRings();
    this.#place();
  }

  #drawRings(): void {
    for (const area of this.#areas) {
      const m = this.#markers.get(area.id);
      if (!m) continue;
      const svg = ring(area.covered, {
        radius: this.#options.radius,
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
    for (const [areaId, m] of this.#markers) m.el.classList.toggle('area-marker--selected', areaId === id);
  }

  /** Gap mode: marks the given areas as not covered and dims the rest; null ends gap mode. */
  setGaps(ids: readonly string[] | null): void {
    for (const [id, m] of this.#markers) {
      const inGap = ids?.includes(id) ?? false;
      m.el.classList.toggle('area-marker--gap', inGap);
      m.el.classList.toggle('area-marker--dim', ids !== null && !inGap);
    }
  }

  /** Each marker's ring, label and gap note with its centre in container pixels, for drawing into an image. */
  snapshotItems(): { x: number; y: number; svg: SVGSVGElement; label: string; note: string | null }[] {
    const box = this.#map.getContainer().getBoundingClientRect();
    return this.#areas.flatMap((area) => {
      const m = this.#markers.get(area.id);
      const svg = m?.ringHost.querySelector('svg');
      if (!m || !svg) return [];
      const r = m.el.getBoundingClientRect();
      const gap = m.el.classList.contains('area-marker--gap');
      return [
        {
          x: r.left + r.width / 2 - box.left,
          y: r.top + r.height / 2 - box.top,
          svg,
          label: area.navn,
          // As on screen (the ⊘ is CSS there): the picture's text lines say which initiatives.
          note: gap ? `⊘ ${this.#options.gapLabel}` : null,
        },
      ];
    });
  }

  /** Removes the markers and their listeners. */
  remove(): void {
    this.#map.off('zoom', this.#schedule);
    this.#map.off('resize', this.#schedule);
    cancelAnimationFrame(this.#frame);
    for (const m of this.#markers.values()) m.marker.remove();
    this.#markers.clear();
  }
}
