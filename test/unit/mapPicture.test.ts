import { describe, expect, it } from 'vitest';
import { renderMapPicture } from '../../build/mapPicture';
import { pictureFromData } from '../../build/picturePlugin';
import { leaderEnds } from '../../src/derive/declutter';
import type { AreaPlace } from '../../src/derive/mapFeatures';
import { FIT_PADDING } from '../../src/style/camera';
import { BASE, PALETTE } from '../../src/style/palette';

const square = (w: number, s: number, e: number, n: number): GeoJSON.Feature => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  },
});
const fc = (...features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

describe('the build-time map picture', () => {
  const places: AreaPlace[] = [
    { id: 'nw', navn: 'Nord<vest>', lngLat: [12.5, 55.7], covered: ['hotspot'] },
    { id: 'se', navn: 'Sydøst', lngLat: [12.6, 55.6], covered: [] },
  ];
  const picture = renderMapPicture({
    places,
    shapes: fc(square(12.5, 55.6, 12.6, 55.7)),
    zones: fc(),
    bydele: fc(square(12.4, 55.5, 12.7, 55.8)),
    basemap: {},
  });

  it('places each area by its share of the bounds box, corners at 0 % and 100 %', () => {
    expect(picture.css).toContain('[data-picture-dot="nw"]{left:0.000%;top:0.000%}');
    expect(picture.css).toContain('[data-picture-dot="se"]{left:100.000%;top:100.000%}');
  });

  it("fits the box with the live map's padding and draws in the palette's colours", () => {
    const { top, right, bottom, left } = FIT_PADDING;
    expect(picture.css).toContain(`inset:${top}px ${right}px ${bottom}px ${left}px`);
    expect(picture.css).toContain(`background:${BASE.sea}`);
    expect(picture.html).toContain(`fill="${BASE.kommune}"`);
    expect(picture.html).toContain(`fill="${PALETTE.hotspot.color}"`);
  });

  it('writes names as text, escaped, with element timing on each', () => {
    expect(picture.html).toContain(
      '<span class="area-marker__label" elementtiming="map-picture"><span class="area-marker__name">Nord&lt;vest&gt;</span></span>',
    );
    expect(picture.html).not.toContain('<vest>');
  });

  it('writes a two-place name in the live markers\' parts, breakable only after its "/"', () => {
    const real = pictureFromData();
    expect(real.html).toContain(
      '<span class="area-marker__name">Tingbjerg/</span><wbr><span class="area-marker__name">Utterslevhuse</span>',
    );
  });

  it('draws the real data: ten areas with their rings and names', () => {
    const real = pictureFromData();
    expect(real.html.match(/data-picture-marker=/g)).toHaveLength(10);
    expect(real.html.match(/class="ring"/g)).toHaveLength(10);
    expect(real.html).toContain('Mjølnerparken');
  });

  it('draws a leader from the ring edge to the true position', () => {
    expect(leaderEnds(0, -30, 24)).toEqual([24, 48, 24, 54]);
  });
});
