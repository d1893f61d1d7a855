/**
 * Build-time geoprocessing: reads the raw copies in geo/sources/ and writes the simplified, rounded
 * basemap layers and the Hotspot stand-in zones to geo/build/. Deterministic output, committed for review.
 * Run with `npm run geo`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { writeBasemapTiles } from './tiles';

const GEO_DIR = import.meta.dirname;
const SOURCES = join(GEO_DIR, 'sources');
const OUT = join(GEO_DIR, 'build');
/** Decimal places kept in basemap coordinates (5 ≈ 1 m). */
const DECIMALS = 5;
/** Douglas–Peucker tolerance in degrees (≈ 5–8 m at 55.7° N). */
const TOLERANCE = 0.00007;

type Props = Record<string, unknown>;

function readSource(name: string): FeatureCollection<Geometry, Props> {
  return JSON.parse(readFileSync(join(SOURCES, name), 'utf8'));
}

function clean<G extends Geometry>(features: Feature<G, Props>[], tolerance = TOLERANCE) {
  const fc = turf.featureCollection(features);
  const simplified = tolerance > 0 ? turf.simplify(fc, { tolerance, highQuality: true }) : fc;
  return turf.truncate(simplified, { precision: DECIMALS, coordinates: 2 });
}

/** Build files the app validates, and the JSON Schema (geo/schema/, `npm run schemas`) their `$schema` names. */
const SCHEMA_OF: Record<string, string> = {
  'bydele.geojson': '../schema/bydele.schema.json',
  'hotspot_zones.geojson': '../schema/zones.schema.json',
};

function write(name: string, fc: FeatureCollection, source: string) {
  const schema = SCHEMA_OF[name];
  const out = {
    ...(schema ? { $schema: schema } : {}),
    type: 'FeatureCollection',
    kilde: source,
    features: fc.features,
  };
  writeFileSync(join(OUT, name), `${JSON.stringify(out)}\n`);
  console.log(`geo/build/${name}: ${fc.features.length} features`);
}

const pick = (props: Props, keys: Record<string, string>): Props =>
  Object.fromEntries(Object.entries(keys).map(([to, from]) => [to, props[from] ?? null]));

function largestPart(f: Feature<Polygon | MultiPolygon, Props>): Feature<Polygon, Props> {
  if (f.geometry.type === 'Polygon') return f as Feature<Polygon, Props>;
  const parts = f.geometry.coordinates.map((c) => turf.polygon(c, f.properties));
  return parts.reduce((a, b) => (turf.area(a) >= turf.area(b) ? a : b));
}

function buildBasemap() {
  const bydele = readSource('kk_bydele.geojson') as FeatureCollection<Polygon | MultiPolygon, Props>;
  const bydelFeatures = bydele.features
    .map((f) => ({ ...f, properties: pick(f.properties, { navn: 'navn', bydel_nr: 'bydel_nr' }) }))
    .sort((a, b) => Number(a.properties.bydel_nr) - Number(b.properties.bydel_nr));
  write(
    'bydele.geojson',
    clean(bydelFeatures, 0.00004),
    'Københavns Kommune, Bydele (WFS k101:bydel, 1.8.2023), CC BY 4.0',
  );
  const labels = bydelFeatures.map((f) =>
    turf.point(turf.pointOnFeature(largestPart(f)).geometry.coordinates, {
      navn: f.properties.navn,
    } as Props),
  );
  write('bydele_labels.geojson', clean(labels, 0), 'punkter inde i Københavns Kommunes bydele (afledt)');

  const fb = readSource('frederiksberg_osm.geojson');
  write(
    'frederiksberg.geojson',
    clean(fb.features, 0.00004),
    '© OpenStreetMap-bidragydere (ODbL), grænsen for Frederiksberg Kommune',
  );

  const kommuner = readSource('dagi_kommuner_storkbh.geojson').features.filter(
    (f) => !['0101', '101', '0147', '147'].includes(String(f.properties.lau_1)),
  );
  const komm = kommuner.map((f) => ({ ...f, properties: pick(f.properties, { navn: 'label_dk' }) }));
  write(
    'kommuner.geojson',
    clean(komm, 0),
    'Indeholder data fra Styrelsen for Dataforsyning og Infrastruktur, DAGI (udtræk 13.2.2014, 1:500.000), CC BY 4.0',
  );

  const land = readSource('land_coarse_osm2017.geojson').features.map((f) => ({ ...f, properties: {} }));
  write('land.geojson', clean(land, 0), '© OpenStreetMap-bidragydere (ODbL), landpolygoner 2017');

  const vand = readSource('kk_vand_oversigtskort_2014.geojson').features.filter(
    (f) => f.properties.objekt_type === 'Hav' || turf.area(f as Feature<Polygon>) > 15000,
  );
  const vandProps = vand.map((f) => ({
    ...f,
    properties: pick(f.properties, { navn: 'navn', type: 'objekt_type' }),
  }));
  write(
    'vand.geojson',
    clean(vandProps),
    'Københavns Kommune, vand_oversigtskort (data.kk.dk 2014; licens formodet CC BY 4.0, ikke bekræftet)',
  );

  const parker = readSource('kk_parkregister.geojson').features.filter(
    (f) => Number(f.properties.areal_m2) >= 40000,
  );
  const parkProps = parker.map((f) => ({ ...f, properties: pick(f.properties, { navn: 'navn' }) }));
  write(
    'parker.geojson',
    clean(parkProps),
    'Københavns Kommune, Parkregister København (licens ikke angivet)',
  );

  const veje = readSource('kk_vejklasser_2014.geojson').features.filter((f) =>
    ['Regional vej', 'Fordelingsgade'].includes(String(f.properties.vejklasse)),
  );
  const vejProps = veje.map((f) => ({
    ...f,
    properties: pick(f.properties, { navn: 'vejnavn', klasse: 'vejklasse' }),
  }));
  write(
    'veje.geojson',
    clean(vejProps, 0.00005),
    'Københavns Kommune, vejklasser (data.kk.dk 2014; licens formodet CC BY 4.0, ikke bekræftet)',
  );

  const metro = readSource('metro_lines_rejseplanen_gtfs.geojson').features.map((f) => ({
    ...f,
    properties: pick(f.properties, { linje: 'linje', farve: 'farve' }),
  }));
  write(
    'metro.geojson',
    clean(metro, 0.00005),
    'Rejseplanen – linjeføring forenklet (GTFS shapes; retningslinjer for databrug)',
  );

  const stationer = readSource('rejseplanen_stations.geojson').features.map((f) => ({
    ...f,
    properties: {
      navn: String(f.properties.navn ?? '').replace(/ St\.$/, ''),
      net: f.properties.net ?? null,
    },
  }));
  write(
    'stationer.geojson',
    clean(stationer, 0),
    'Rejseplanen, stoppesteder (GTFS; retningslinjer for databrug)',
  );
}

/** Hotspot stand-ins: today's KK "udsatte byområder" polygons for the three zones the case names. */
function buildHotspotZones() {
  const udsatte = readSource('kk_udsatte_byomraader.geojson') as FeatureCollection<Polygon, Props>;
  const valby = readSource('kk_bydele.geojson').features.find(
    (f) => f.properties.navn === 'Valby',
  ) as Feature<Polygon | MultiPolygon>;
  const byDelomraade = (name: string) => udsatte.features.filter((f) => f.properties.delomraade === name);
  // Valby has no delområde of its own: take the Valby/Sydhavnen polygons lying mostly inside bydel Valby.
  const inValby = udsatte.features.filter((f) => {
    if (f.properties.byomraade !== 'Valby/Sydhavnen') return false;
    const overlap = turf.intersect(turf.featureCollection([f, valby]));
    return overlap !== null && turf.area(overlap) / turf.area(f) > 0.5;
  });
  const zones: [string, string, Feature<Polygon, Props>[], string][] = [
    [
      'hotspot_ydre_noerrebro',
      'Ydre Nørrebro',
      byDelomraade('Ydre Nørrebro'),
      'KK delområde "Ydre Nørrebro"',
    ],
    [
      'hotspot_indre_noerrebro',
      'Indre Nørrebro',
      byDelomraade('Indre Nørrebro'),
      'KK delområde "Indre Nørrebro"',
    ],
    [
      'hotspot_valby',
      'Valby',
      inValby,
      `KK delområder i byområde Valby/Sydhavnen, der mest ligger i bydel Valby: ${inValby.map((f) => f.properties.delomraade).join(', ')}`,
    ],
  ];
  const features = zones.map(([id, navn, parts, afgraensning]) => {
    const merged =
      parts.length === 1 ? parts[0] : turf.union(turf.featureCollection(parts as Feature<Polygon>[]));
    if (!merged) throw new Error(`geo/build.ts: zone ${id} has no polygons in kk_udsatte_byomraader.geojson`);
    return turf.feature(merged.geometry, {
      id,
      navn,
      afgraensning,
      kk_ids: parts.map((f) => f.properties.kk_id),
    });
  });
  write(
    'hotspot_zones.geojson',
    clean(features, 0.00002),
    'Københavns Kommune, Udsatte byområder (WFS k101:f_udsatte_byomraader, 18.7.2023), CC BY 4.0, som stedfortræder for 2011-zonerne',
  );
}

buildBasemap();
buildHotspotZones();
// The basemap GeoJSON just written, cut into the vector tiles the map loads (geo/tiles.ts).
writeBasemapTiles();
