import { rewind } from '@turf/turf';
import { geoMercator, geoPath } from 'd3-geo';
import type { IndsatsType } from '../data/types';
import { declutter } from '../derive/declutter';
import type { AreaPlace } from '../derive/mapFeatures';
import type { Proposal } from '../derive/scenario';
import { ring } from '../draw/ring';
import { svgEl } from '../draw/svg';
import type { Store } from '../state/store';
import { BASE, RING } from '../style/palette';

/** Space kept free around the areas, CSS px. */
const PAD = 60;
const RADIUS = RING.radius;
/** Room for the note at the top and the labels under the lowest rings, CSS px. */
const NOTE_SPACE = 60;
const LABEL_SPACE = 30;

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
  onAreaClick: (id: string) => void;
}

/**
 * The simplified map for browsers without WebGL2: bydele, water and Hotspot zones drawn with d3-geo as SVG, and
 * the same rings, labels and clicks as the full map. It follows the same view state (shown types, gaps, selection).
 */
export class SvgMap {
  #opts: SvgMapOptions;
  #svg: SVGSVGElement;
  #areas: SVGGElement;
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
    const projection = geoMercator().fitExtent(
      [
        [PAD, PAD + NOTE_SPACE],
        [width - PAD, height - PAD - LABEL_SPACE],
      ],
      points,
    );
    const path = geoPath(projection);
    this.#svg = svgEl('svg', {
      class: 'svg-map',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': opts.label,
    });
    this.#svg.append(svgEl('rect', { width, height, fill: BASE.land }));
    const layer = (fc: GeoJSON.FeatureCollection | null, attrs: Record<string, string | number>) => {
      const g = svgEl('g', attrs);
      // d3-geo wants clockwise outer rings (spherical), the reverse of GeoJSON's RFC 7946 order.
      const rewound = fc ? (rewind(fc, { reverse: true }) as GeoJSON.FeatureCollection) : null;
      for (const f of rewound?.features ?? []) g.append(svgEl('path', { d: path(f) ?? '' }));
      this.#svg.append(g);
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
    this.#areas = svgEl('g', { class: 'svg-map__areas' });
    this.#svg.append(this.#areas);
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
    const pts = this.#opts.places.map((p) => {
      const [x, y] = this.#project(p.lngLat);
      return { id: p.id, x, y };
    });
    const offsets = declutter(pts, 120, 78, {
      width: Number(this.#svg.getAttribute('width')),
      height: Number(this.#svg.getAttribute('height')),
    });
    this.#areas.replaceChildren(
      ...this.#opts.places.map((place, i) => {
        const [dx, dy] = offsets[place.id] ?? [0, 0];
        const { x, y } = pts[i] ?? { x: 0, y: 0 };
        const inGap = gaps?.includes(place.id) ?? false;
        const g = svgEl('g', {
          class: `svg-area${inGap ? ' svg-area--gap' : ''}${gaps && !inGap ? ' svg-area--dim' : ''}${selected === place.id ? ' svg-area--selected' : ''}`,
          'data-marker': place.id,
        });
        if (dx || dy)
          g.append(
            svgEl('line', { x1: x, y1: y, x2: x + dx, y2: y + dy, stroke: BASE.area, 'stroke-width': 1.5 }),
          );
        g.append(
          svgEl('circle', {
            cx: x,
            cy: y,
            r: RING.centerRadius,
            fill: BASE.area,
            stroke: BASE.areaHalo,
            'stroke-width': 2,
          }),
        );
        const proposed = proposals.filter((p) => p.area === place.id).map((p) => p.type);
        const r = ring(place.covered, { radius: RADIUS, visible, proposed });
        r.setAttribute('x', String(x + dx - RADIUS));
        r.setAttribute('y', String(y + dy - RADIUS));
        g.append(r);
        const label = svgEl('text', {
          x: x + dx,
          y: y + dy + RADIUS + 16,
          'text-anchor': 'middle',
          class: 'svg-area__label',
        });
        label.textContent = place.navn;
        g.append(label);
        if (inGap) {
          const gap = svgEl('text', {
            x: x + dx,
            y: y + dy + RADIUS + 32,
            'text-anchor': 'middle',
            class: 'svg-area__gap',
          });
          gap.textContent = `⊘ ${this.#opts.gapLabel}`;
          g.append(gap);
        }
        g.addEventListener('click', () => this.#opts.onAreaClick(place.id));
        return g;
      }),
    );
  }

  /** Follows the view state from now until `destroy()`. */
  sync(store: Store, gapIds: () => string[] | null): void {
    const draw = () => this.render(store.state.visible, gapIds(), store.state.area, store.state.proposals);
    store.subscribe(draw, this.#life.signal);
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
