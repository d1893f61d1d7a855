import { rewind } from '@turf/turf';
import { geoMercator, geoPath } from 'd3-geo';
import { create, type Selection } from 'd3-selection';
import type { IndsatsType } from '../data/types';
import { declutter, ringLabelBox } from '../derive/declutter';
import { type AreaPlace, type BasisLabels, basisMark } from '../derive/mapFeatures';
import type { Proposal } from '../derive/scenario';
import { ring } from '../draw/ring';
import type { Store } from '../state/store';
import { BASE, RING } from '../style/palette';

/** Space kept free around the areas, CSS px. */
const PAD = 60;
const RADIUS = RING.radius;
/** Room for the note at the top and the labels under the lowest rings, CSS px. */
const NOTE_SPACE = 60;
const LABEL_SPACE = 30;
/** Width (px) per character of a 14 px bold name (.svg-area__label), for the declutter boxes: no text measuring. */
const LABEL_CHAR_PX = 9.4;
/** Declutter box (px): a ring and its name; taller when gap notes sit under the names. */
const BOX = { width: 120, height: 78, gapHeight: 92 };
/** How far (px) below a ring's centre its name reaches, and its name and gap note. */
const BELOW = { name: RADIUS + 20, gap: RADIUS + 36 };
/**
 * Numbered areas (SvgMapOptions.numbers): space (px) kept free around the areas and under the lowest, the
 * number's box (up to "10 ⊘" in 14 px bold, px) and the least declutter box (the ring with a little room).
 */
const NUMBERED = {
  pad: RADIUS + 8,
  below: 24,
  label: { width: 36, height: 20 },
  box: { width: 2 * RADIUS + 12, height: 0 },
};

export interface SvgMapOptions {
  container: HTMLElement;
  places: readonly AreaPlace[];
  bydele: GeoJSON.FeatureCollection;
  zones: GeoJSON.FeatureCollection;
  /** Lakes and sea, when they could be fetched. */
  water: GeoJSON.FeatureCollection | null;
  label: string;
  note: string;
  gapLabel: string;
  /**
   * Text under the name of a hand-placed area and of one outlined from a file ("håndplaceret", "fra fil"); none
   * when left out (the story cards' small pictures).
   */
  basisLabels?: BasisLabels;
  /**
   * Numbers to label the areas by instead of their names, area id → number: the story cards' small pictures,
   * whose key under the picture gives each number's name. The picture is then drawn at the size it is shown, with
   * the areas filling it and each ring's box only as big as its ring and number (names did not fit at 12 px).
   */
  numbers?: ReadonlyMap<string, number>;
  onAreaClick: (id: string) => void;
}

/** The areas as the fallback draws them: positions and rings, and the outlines (from a file) as polygons. */
export interface SvgAreas {
  places: readonly AreaPlace[];
  outlines: GeoJSON.FeatureCollection;
}

/**
 * The simplified map for browsers without WebGL2: bydele, water and Hotspot zones drawn with d3-geo as SVG, and
 * the same rings, labels and clicks as the full map. It follows the same view state (shown types, gaps, selection).
 */
export class SvgMap {
  #opts: SvgMapOptions;
  #svg: SVGSVGElement;
  #areas: Selection<SVGGElement, undefined, null, undefined>;
  #outlines: Selection<SVGGElement, undefined, null, undefined>;
  #path: (f: GeoJSON.Feature) => string;
  /** The last view drawn, redrawn as it was when the areas change. */
  #last: Parameters<SvgMap['render']> = [new Set(), null, null, []];
  #note: HTMLParagraphElement;
  /** Ends the view-state subscription in `destroy()`. */
  #life = new AbortController();

  constructor(opts: SvgMapOptions) {
    this.#opts = opts;
    const width = opts.container.clientWidth || 800;
    const height = opts.container.clientHeight || 600;
    const points: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: opts.places.map((p) => ({
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: p.lngLat },
      })),
    };
    const numbered = opts.numbers !== undefined;
    const pad = numbered ? NUMBERED.pad : PAD;
    const projection = geoMercator().fitExtent(
      [
        [pad, numbered ? pad : PAD + NOTE_SPACE],
        [width - pad, height - pad - (numbered ? NUMBERED.below : LABEL_SPACE)],
      ],
      points,
    );
    const path = geoPath(projection);
    const svg = create('svg')
      .attr('class', numbered ? 'svg-map svg-map--numbered' : 'svg-map')
      .attr('width', width)
      .attr('height', height)
      .attr('viewBox', `0 0 ${width} ${height}`)
      .attr('role', 'group')
      .attr('aria-label', opts.label);
    svg.append('rect').attr('width', width).attr('height', height).attr('fill', BASE.land);
    const layer = (fc: GeoJSON.FeatureCollection | null, attrs: Record<string, string | number>) => {
      const g = svg.append('g');
      for (const [k, v] of Object.entries(attrs)) g.attr(k, v);
      // d3-geo wants clockwise outer rings (spherical), the reverse of GeoJSON's RFC 7946 order.
      const rewound = fc ? (rewind(fc, { reverse: true }) as GeoJSON.FeatureCollection) : null;
      g.selectAll('path')
        .data(rewound?.features ?? [])
        .join('path')
        .attr('d', (f) => path(f) ?? '');
    };
    layer(opts.bydele, {
      fill: BASE.kommune,
      stroke: BASE.boundary,
      'stroke-width': 1.2,
      'stroke-dasharray': '3 2',
    });
    layer(opts.water, { fill: BASE.water });
    layer(opts.zones, {
      fill: BASE.hotspotZone,
      'fill-opacity': 0.1,
      stroke: BASE.hotspotZone,
      'stroke-dasharray': '2 3',
      class: 'svg-map__zones',
    });
    this.#outlines = svg
      .append('g')
      .attr('class', 'svg-map__outlines')
      .attr('fill', BASE.area)
      .attr('fill-opacity', 0.18)
      .attr('stroke', BASE.selected)
      .attr('stroke-width', 2.5);
    this.#path = (f) => path(rewind(f, { reverse: true }) as GeoJSON.Feature) ?? '';
    this.#areas = svg.append('g').attr('class', 'svg-map__areas');
    this.#svg = svg.node() as SVGSVGElement;
    this.#note = document.createElement('p');
    this.#note.className = 'svg-map__note';
    this.#note.textContent = opts.note;
    opts.container.replaceChildren(this.#svg, this.#note);
    this.#project = (lngLat) => projection(lngLat) ?? [0, 0];
  }

  #project: (lngLat: [number, number]) => [number, number];

  /** Redraws the areas for the given shown types, gap areas, selection and (scenario) proposals. */
  render(
    visible: ReadonlySet<IndsatsType>,
    gaps: readonly string[] | null,
    selected: string | null,
    proposals: readonly Proposal[] = [],
  ): void {
    this.#last = [visible, gaps, selected, proposals];
    const numbers = this.#opts.numbers;
    const size = {
      width: Number(this.#svg.getAttribute('width')),
      height: Number(this.#svg.getAttribute('height')),
    };
    const pts = this.#opts.places.map((p) => {
      const [x, y] = this.#project(p.lngLat);
      // A number (and the gap mark) under the ring: the box reaches from the ring's top to the number's foot.
      if (numbers) return ringLabelBox(p.id, x, y, RADIUS, NUMBERED.label, NUMBERED.box);
      const width = Math.max(BOX.width, p.navn.length * LABEL_CHAR_PX + 8);
      return { id: p.id, x, y, width, height: gaps?.includes(p.id) ? BOX.gapHeight : BOX.height };
    });
    // Names hang below the rings, so the boxes (centred on the rings) are kept that much further from the bottom.
    const offsets = declutter(
      pts,
      BOX.width,
      BOX.height,
      numbers ? size : { ...size, height: size.height - Math.max(0, BELOW.gap - BOX.gapHeight / 2) },
    );
    const areas = this.#opts.places.map((place) => {
      const [dx, dy] = offsets[place.id] ?? [0, 0];
      const [x, y] = this.#project(place.lngLat);
      const proposed = proposals.filter((p) => p.area === place.id).map((p) => p.type);
      return { place, x, y, dx, dy, inGap: gaps?.includes(place.id) ?? false, proposed };
    });
    this.#areas.selectAll('g').remove();
    for (const a of areas) {
      const { place, x, y, dx, dy, inGap } = a;
      const g = this.#areas
        .append('g')
        .attr(
          'class',
          `svg-area${inGap ? ' svg-area--gap' : ''}${gaps && !inGap ? ' svg-area--dim' : ''}${selected === place.id ? ' svg-area--selected' : ''}`,
        )
        .attr('data-marker', place.id)
        .on('click', () => this.#opts.onAreaClick(place.id));
      if (dx || dy)
        g.append('line')
          .attr('x1', x)
          .attr('y1', y)
          .attr('x2', x + dx)
          .attr('y2', y + dy)
          .attr('stroke', BASE.area)
          .attr('stroke-width', 1.5);
      g.append('circle')
        .attr('cx', x)
        .attr('cy', y)
        .attr('r', RING.centerRadius)
        .attr('fill', BASE.area)
        .attr('stroke', BASE.areaHalo)
        .attr('stroke-width', 2);
      const r = ring(place.covered, { radius: RADIUS, visible, proposed: a.proposed });
      r.setAttribute('x', String(x + dx - RADIUS));
      r.setAttribute('y', String(y + dy - RADIUS));
      g.append(() => r);
      g.classed('svg-area--proposed', r.querySelector('.ring__seg--proposed') !== null);
      const text = (dyText: number, cls: string, words: string) =>
        g
          .append('text')
          .attr('x', x + dx)
          .attr('y', y + dy + RADIUS + dyText)
          .attr('text-anchor', 'middle')
          .attr('class', cls)
          .text(words);
      const n = numbers?.get(place.id);
      if (n !== undefined) {
        // The key under the picture names the number, and says "⊘ ikke omfattet" where the picture has the ⊘.
        text(16, 'svg-area__label svg-area__number', inGap ? `${n} ⊘` : String(n));
        continue;
      }
      text(16, 'svg-area__label', place.navn);
      const labels = this.#opts.basisLabels;
      const basis = labels ? basisMark(place, labels) : null;
      if (basis) text(31, 'svg-area__basis', basis);
      if (inGap) text(basis ? 46 : 32, 'svg-area__gap', `⊘ ${this.#opts.gapLabel}`);
    }
  }

  /**
   * New positions and outlines for the same areas (outlines brought in from a file): the rings move to the
   * outlines, which are drawn under them, and the view is drawn again as it was.
   */
  setAreas(areas: SvgAreas): void {
    this.#opts = { ...this.#opts, places: areas.places };
    this.#outlines
      .selectAll('path')
      .data(areas.outlines.features)
      .join('path')
      .attr('data-outline', (f) => String(f.properties?.id ?? ''))
      .attr('d', (f) => this.#path(f));
    this.render(...this.#last);
  }

  /**
   * Follows the view state from now until `destroy()`; when outlines from a file change the areas (`outlines`),
   * takes their new positions and outlines from `areas`.
   */
  sync(store: Store, gapIds: () => string[] | null, areas: () => SvgAreas): void {
    const draw = () => this.render(store.state.visible, gapIds(), store.state.area, store.state.proposals);
    store.subscribe((s, prev) => {
      if (s.outlines !== prev.outlines) this.setAreas(areas());
      else draw();
    }, this.#life.signal);
    draw();
  }

  /** Stops following the view state and takes the map out of its container. */
  destroy(): void {
    this.#life.abort();
    this.#svg.remove();
    this.#note.remove();
  }

  /** The fallback has a fixed view: fitting is a no-op. */
  fitAreas(): void {}

  /** The fallback keeps its size in presentation mode. */
  setPresentation(): void {}
}
