import { bbox } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { pictureFromData } from '../../build/picturePlugin';
import { validateDataset } from '../../src/data/validate';
import { areaShapes } from '../../src/derive/mapFeatures';
import { pictureBounds } from '../../src/map/picture';
import { goodRaw } from '../fixtures/dataFiles';

describe("the map picture's bounds, the live map's first camera before the data is in", () => {
  it('are the bounds of the shapes the app loads from the same files', () => {
    document.body.innerHTML = pictureFromData().html;
    expect(pictureBounds()).toEqual(bbox(areaShapes(validateDataset(goodRaw()))));
  });

  it('are null without a picture, or with a malformed attribute', () => {
    document.body.innerHTML = '';
    expect(pictureBounds()).toBeNull();
    for (const value of ['', '1,2,3', '12.6,55.6,12.5,55.7', 'a,b,c,d']) {
      document.body.innerHTML = `<div id="map-picture" data-bounds="${value}"></div>`;
      expect(pictureBounds()).toBeNull();
    }
  });
});
