/**
 * The map picture: the overview the live map opens with (basemap, Hotspot zones, the areas' precision circles,
 * centre dots, rings and names) as static SVG + HTML, rendered in Node at build time with d3-geo, so it is in the
 * page's first paint before any script runs. The geometry is Web Mercator in a box that is the areas' bounds, and
 * CSS fits that box into the map with the live map's padding, exactly as MapLibre's fitBounds does, so the picture
 * and the live map coincide at any map size. Returns strings; nothing here touches the page.
 */
import { bbox, rewind, simplify } from '@turf/turf';
import { geoMercator, geoPath } from 'd3-geo';
import { INDSATS_TYPES } from '../src/data/types';
import { besideSides, declutter, labelBox, leaderEnds } from '../src/derive/declutter';
import type { AreaPlace } from '../src/derive/mapFeatures';
import { namePieces } from '../src/draw/nameParts';
import { ring } from '../src/draw/ring';
import { FIT_PADDING, FIT_PADDING_SHORT, SHORT_SCREEN_QUERY } from '../src/style/camera';
import { BASE, RING } from '../src/style/palette';
import { renderToString } from './stringDom';

/** Width of the bounds box in SVG user units; coordinates are written as whole units (≈ 0.8 CSS px at the reference size). */
const BOX = 1000;
/** Simplification tolerance in degrees (about half a CSS pixel at the overview zoom). */
const TOLERANCE = 0.0001;
/**
 * How far beyond the bounds box the basemap is drawn (in box widths and heights), for wide or tall maps. A phone on
 * its side fits the box to a map about 4× as wide as the box's height (844×390: a 194 px box in an 844 px wide map
 * needs 1.7 box widths each side); a phone upright, to a map taller than wide, with more padding below than
 * above (390×844 needs 0.85 box heights below). browser/picture.test.ts checks the basemap reaches every edge.
 */
const MARGIN = { x: 1.8, y: 1 };
/** Map size the build-time declutter assumes (the app's map at 1280×800); the page corrects it at run time. */
export const REFERENCE_SIZE = { width: 930, height: 724 };
/** Ring radius and declutter box of the live markers (AreaMarkers' defaults), CSS px. */
const MARKER = { radius: RING.radius, boxWidth: RING.box.width, boxHeight: RING.box.height };
/** The line under a hand-placed area's name, as `AreaMarkers` writes it in Danish. */
const HAND_PLACED = 'håndplaceret';

/** A rough width per character of the 14 px bold label, for the build-time declutter only. */
const LABEL_CHAR_PX = 8.3;
const LABEL_MAX_PX = 154;
/** One line of a name (14 px type, line height 1.15; style.css). */
const LABEL_LINE_PX = 16;

export interface PictureInput {
  places: readonly AreaPlace[];
  /** The areas' precision circles or outlines; their bounds are the first camera's bounds. */
  shapes: GeoJSON.FeatureCollection;
  zones: GeoJSON.FeatureCollection;
  bydele: GeoJSON.FeatureCollection;
  /** Basemap layers from geo/build/, by file name without extension (land, kommuner, vand, …). */
  basemap: Record<string, GeoJSON.FeatureCollection>;
}

/** One drawn layer: which features, and the SVG attributes of its path (strokes keep their CSS-pixel width). */
interface Layer {
  /** Layers with the same key draw the same features (written once, then referenced). */
  key: string;
  fc: GeoJSON.FeatureCollection | undefined;
  attrs: Record<string, string | number>;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');
const attrs = (a: Record<string, string | number>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
const pct = (v: number) => `${(v * 100).toFixed(3)}%`;

/** Stroke attributes of a line layer: width in CSS px whatever the scale, dashes in widths as MapLibre has them. */
const line = (color: string, width: number, dash?: [number, number]) => ({
  stroke: color,
  'stroke-width': width,
  ...(dash ? { 'stroke-dasharray': `${dash[0] * width} ${dash[1] * width}` } : {}),
});

/** The live style's layers, bottom to top, in its colours and widths (src/style/mapStyle.ts); fill+line merged. */
function layers(input: PictureInput): Layer[] {
  const b = input.basemap;
  const hotspot = '#D55E00';
  return [
    { key: 'land', fc: b.land, attrs: { fill: BASE.land } },
    { key: 'kommuner', fc: b.kommuner, attrs: { fill: BASE.neighbour, ...line('#D2CCC0', 0.8) } },
    { key: 'bydele', fc: input.bydele, attrs: { fill: BASE.kommune } },
    { key: 'frederiksberg', fc: b.frederiksberg, attrs: { fill: BASE.frederiksberg } },
    { key: 'parker', fc: b.parker, attrs: { fill: BASE.park } },
    { key: 'vand', fc: b.vand, attrs: { fill: BASE.water } },
    { key: 'veje', fc: b.veje, attrs: { fill: 'none', ...line(BASE.roadCasing, 1.2) } },
    { key: 'metro', fc: b.metro, attrs: { fill: 'none', ...line(BASE.metro, 1.4) } },
    { key: 'bydele', fc: input.bydele, attrs: { fill: 'none', ...line(BASE.boundary, 1.2, [3, 2]) } },
    {
      key: 'frederiksberg',
      fc: b.frederiksberg,
      attrs: { fill: 'none', ...line(BASE.boundary, 1.2, [3, 2]) },
    },
    {
      key: 'zones',
      fc: input.zones,
      attrs: { fill: hotspot, 'fill-opacity': 0.1, ...line(hotspot, 1.5, [1, 1.5]) },
    },
    {
      key: 'shapes',
      fc: input.shapes,
      attrs: { fill: BASE.area, 'fill-opacity': 0.08, ...line(BASE.area, 1.2, [2, 2]) },
    },
  ];
}

/** The SVG of the layers: a path drawn once is written once in defs and used again by reference. */
function layerMarkup(input: PictureInput, path: (f: GeoJSON.Feature) => string | null): string {
  const all = layers(input);
  const count = (key: string) => all.filter((l) => l.key === key).length;
  const defs: string[] = [];
  const drawn = all.map(({ key, fc, attrs: a }) => {
    // One path per feature: features of a layer may overlap, and one path would cancel their overlaps out.
    const paths = ((fc && simplified(fc)?.features) ?? [])
      .map((f) => path(f) ?? '')
      .filter(Boolean)
      .map((d) => `<path d="${d}"/>`)
      .join('');
    if (!paths) return '';
    if (count(key) === 1) return `<g${attrs(a)}>${paths}</g>`;
    const id = `map-picture-${key}`;
    if (!defs.some((x) => x.includes(`id="${id}"`))) defs.push(`<g id="${id}">${paths}</g>`);
    return `<use href="#${id}"${attrs(a)}/>`;
  });
  return `<defs>${defs.join('')}</defs>${drawn.join('')}`;
}

/** Twice the signed area of a ring (shoelace, in degrees²): the sign gives its winding. */
function signedArea(ring: GeoJSON.Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1 = 0, y1 = 0] = ring[j] ?? [];
    const [x2 = 0, y2 = 0] = ring[i] ?? [];
    sum += (x2 - x1) * (y1 + y2);
  }
  return sum;
}

/**
 * Polygons as MapLibre reads them (its classifyRings): a ring wound like the polygon's first ring starts a new
 * polygon, one wound the other way is a hole — whatever position the file gives it.
 */
function asMapLibreReads(f: GeoJSON.Feature): GeoJSON.Feature {
  const g = f.geometry;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return f;
  const polygons: GeoJSON.Position[][][] = [];
  for (const rings of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    const outerSign = Math.sign(signedArea(rings[0] ?? []));
    for (const ring of rings) {
      if (Math.sign(signedArea(ring)) === outerSign || polygons.length === 0) polygons.push([ring]);
      else polygons[polygons.length - 1]?.push(ring);
    }
  }
  return { ...f, geometry: { type: 'MultiPolygon', coordinates: polygons } };
}

/** As MapLibre reads it, simplified for the overview, and rewound for d3-geo (clockwise outer rings, spherical). */
function simplified(fc: GeoJSON.FeatureCollection): GeoJSON.FeatureCollection {
  const features = fc.features.map((f) => {
    const read = asMapLibreReads(f);
    try {
      return simplify(read, { tolerance: TOLERANCE, highQuality: true, mutate: false });
    } catch {
      // turf refuses rings it cannot clean (fewer than 4 points): such a feature is drawn as it is.
      return read;
    }
  });
  return rewind({ type: 'FeatureCollection', features }, { reverse: true }) as GeoJSON.FeatureCollection;
}

/** The ring of one area as SVG markup, drawn by the same ring() as the live markers. */
const ringMarkup = (place: AreaPlace): string =>
  renderToString(() => ring(place.covered, { radius: MARKER.radius, visible: new Set(INDSATS_TYPES) }));

/**
 * The picture as `html` (one element to put where the map is) and `css` (the box's aspect ratio, the padding, the
 * sea colour and each marker's position — in a style element, as the CSP forbids style attributes).
 */
export function renderMapPicture(input: PictureInput): { html: string; css: string } {
  const [w, s, e, n] = bbox(input.shapes);
  const unit = geoMercator().scale(1).translate([0, 0]);
  const [x0, y0] = unit([w, n]) ?? [0, 0];
  const [x1, y1] = unit([e, s]) ?? [0, 0];
  const k = BOX / (x1 - x0);
  const height = (y1 - y0) * k;
  const projection = geoMercator()
    .scale(k)
    .translate([-x0 * k, -y0 * k])
    .clipExtent([
      [-MARGIN.x * BOX, -MARGIN.y * height],
      [(1 + MARGIN.x) * BOX, (1 + MARGIN.y) * height],
    ]);
  const body = layerMarkup(input, geoPath(projection).digits(0));
  const svg = `<svg class="map-picture__base" viewBox="0 0 ${BOX} ${height.toFixed(1)}" preserveAspectRatio="none" overflow="visible" aria-hidden="true">${body}</svg>`;

  const at = input.places.map((p) => {
    const [x, y] = projection(p.lngLat) ?? [0, 0];
    return { id: p.id, fx: x / BOX, fy: y / height };
  });
  // The build-time declutter, for the reference map size (the page redoes it for the real size at once).
  const fit = Math.min(
    (REFERENCE_SIZE.width - FIT_PADDING.left - FIT_PADDING.right) / BOX,
    (REFERENCE_SIZE.height - FIT_PADDING.top - FIT_PADDING.bottom) / height,
  );
  const originX =
    FIT_PADDING.left + (REFERENCE_SIZE.width - FIT_PADDING.left - FIT_PADDING.right - BOX * fit) / 2;
  const originY =
    FIT_PADDING.top + (REFERENCE_SIZE.height - FIT_PADDING.top - FIT_PADDING.bottom - height * fit) / 2;
  const offsets = declutter(
    input.places.map((p, i) => ({
      id: p.id,
      x: originX + (at[i]?.fx ?? 0) * BOX * fit,
      y: originY + (at[i]?.fy ?? 0) * height * fit,
      width: Math.max(MARKER.boxWidth, Math.min(LABEL_MAX_PX, p.navn.length * LABEL_CHAR_PX) + 8),
    })),
    MARKER.boxWidth,
    MARKER.boxHeight,
    REFERENCE_SIZE,
  );
  const r = MARKER.radius;
  // On a short screen the names stand beside the rings, on the side AreaMarkers picks (the order of x is the same
  // at any size): set here, so the page script's fit does not move a name after the first paint.
  const sides = besideSides(at.map((a) => a.fx));
  const markers = input.places
    .map((p, i) => {
      const [dx, dy] = offsets[p.id] ?? [0, 0];
      // The name under the ring, at its estimated width and one line high.
      const name = { width: Math.min(LABEL_MAX_PX, p.navn.length * LABEL_CHAR_PX), height: LABEL_LINE_PX };
      const [lx1, ly1, lx2, ly2] = leaderEnds(dx, dy, r, labelBox(r, name));
      const moved = dx !== 0 || dy !== 0 ? ' area-marker--moved' : '';
      const left = sides[i] === 'left' ? ' area-marker--name-left' : '';
      return (
        `<span class="map-picture__dot" data-picture-dot="${escapeAttr(p.id)}"></span>` +
        `<div class="area-marker map-picture__marker${moved}${left}" data-picture-marker="${escapeAttr(p.id)}">` +
        `<svg class="area-marker__leader"><line${attrs({ x1: lx1, y1: ly1, x2: lx2, y2: ly2 })}/></svg>` +
        `<div class="area-marker__ring">${ringMarkup(p)}</div>` +
        // The name in the live markers' parts (nameParts): on a phone a two-place name breaks after its "/" there,
        // and set on one line here it pushed the picture's rings up to 65 px from the live ones (390×844).
        `<span class="area-marker__label" elementtiming="map-picture">${namePieces(p.navn)
          .map((part, j) => `${j ? '<wbr>' : ''}<span class="area-marker__name">${escapeText(part)}</span>`)
          .join('')}` +
        // As the live markers: a hand-placed area says so under its name (the page opens in Danish).
        `${p.handPlaced ? `<span class="area-marker__basis">${HAND_PLACED}</span>` : ''}</span></div>`
      );
    })
    .join('');
  const html =
    // The box's bounds, for the live map's first camera before the data is in (src/map/picture.ts pictureBounds).
    `<div id="map-picture" class="map-picture" aria-hidden="true" data-bounds="${[w, s, e, n].join(',')}">` +
    `<div class="map-picture__frame">` +
    `<div class="map-picture__box">${svg}${markers}</div></div></div>`;

  const css = [
    `.map-picture{background:${BASE.sea}}`,
    `.map-picture__frame{inset:${FIT_PADDING.top}px ${FIT_PADDING.right}px ${FIT_PADDING.bottom}px ${FIT_PADDING.left}px}`,
    // The live map's padding on a short screen (style/camera.ts), so the picture keeps matching it there.
    `@media ${SHORT_SCREEN_QUERY}{.map-picture__frame{inset:${FIT_PADDING_SHORT.top}px ${FIT_PADDING_SHORT.right}px ${FIT_PADDING_SHORT.bottom}px ${FIT_PADDING_SHORT.left}px}}`,
    `.map-picture__box{aspect-ratio:${BOX}/${height.toFixed(3)};width:min(100cqw,100cqh*${(BOX / height).toFixed(6)})}`,
    `.map-picture__dot{background:${BASE.area}}`,
    ...input.places.map((p, i) => {
      const pos = `left:${pct(at[i]?.fx ?? 0)};top:${pct(at[i]?.fy ?? 0)}`;
      const [dx, dy] = offsets[p.id] ?? [0, 0];
      return (
        `[data-picture-dot=${JSON.stringify(p.id)}]{${pos}}` +
        `[data-picture-marker=${JSON.stringify(p.id)}]{${pos};translate:${dx}px ${dy}px}`
      );
    }),
  ].join('\n');
  return { html, css };
}
