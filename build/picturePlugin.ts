/**
 * Vite plugin: puts the build-time map picture (build/mapPicture.ts) into index.html in place of the
 * `<!-- map-picture -->` comment, with its style element in the head, and a one-line guard script that hides the
 * picture before the first paint when the address asks for another view than the overview.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { featureCollection as fc } from '@turf/turf';
import type { Plugin } from 'vite';
import { DATA_FILES, type DataFileKey } from '../src/data/types';
import { validateDataset } from '../src/data/validate';
import { derive } from '../src/derive/derived';
import { areaPlaces, areaShapes } from '../src/derive/mapFeatures';
import { renderMapPicture } from './mapPicture';

const GEO = join(import.meta.dirname, '..', 'geo');
/** Basemap files the picture draws (geo/build/<name>.geojson). */
const BASEMAP = ['land', 'kommuner', 'frederiksberg', 'parker', 'vand', 'veje', 'metro'] as const;
export const PICTURE_PLACEHOLDER = '<!-- map-picture -->';

/**
 * Runs before the body is parsed: any query parameter but `lang` asks for another view (camera, area, shown types,
 * gaps, presentation, story step), which the picture does not show. Allowed by its hash in the CSP.
 */
export const PICTURE_GUARD =
  "if(/[?&](?!lang=)[^=&]+=/.test(location.search))document.documentElement.classList.add('no-map-picture')";

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Renders the picture from the data files in geo/, validated and derived as the app does. */
export function pictureFromData(): { html: string; css: string } {
  const raw = Object.fromEntries(
    (Object.keys(DATA_FILES) as DataFileKey[]).map((k) => [k, readJson(join(GEO, DATA_FILES[k]))]),
  ) as Record<DataFileKey, unknown>;
  const d = derive(validateDataset(raw));
  const basemap = Object.fromEntries(
    BASEMAP.map((name) => [
      name,
      readJson(join(GEO, 'build', `${name}.geojson`)) as GeoJSON.FeatureCollection,
    ]),
  );
  return renderMapPicture({
    places: areaPlaces(d.data, d.matrix),
    shapes: areaShapes(d.data),
    zones: fc(d.data.zones),
    bydele: fc(d.data.bydele),
    basemap,
  });
}

export function mapPicture(): Plugin {
  let picture: { html: string; css: string } | null = null;
  return {
    name: 'indsatskort-map-picture',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        picture ??= pictureFromData();
        if (!html.includes(PICTURE_PLACEHOLDER)) throw new Error(`index.html mangler ${PICTURE_PLACEHOLDER}`);
        return {
          html: html.replace(PICTURE_PLACEHOLDER, picture.html),
          tags: [
            { tag: 'script', children: PICTURE_GUARD, injectTo: 'head' },
            { tag: 'style', children: picture.css, injectTo: 'head' },
          ],
        };
      },
    },
  };
}
