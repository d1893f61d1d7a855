import * as v from 'valibot';
import { CPH_BBOX, type DataFileKey, FINANSIERING_FORMS, GRUNDLAG, INDSATS_TYPES, STATUSES } from './types';

const text = (max = 2000) =>
  v.pipe(
    v.string('skal være tekst'),
    v.trim(),
    v.minLength(1, 'må ikke være tom'),
    v.maxLength(max, `må højst være ${max} tegn`),
  );
const id = v.pipe(
  v.string('skal være tekst'),
  v.regex(/^[a-z0-9_]{2,60}$/, 'skal være et id af små bogstaver, tal og _'),
);
const kr = v.pipe(
  v.number('skal være et tal (kr.)'),
  v.finite('skal være et endeligt tal'),
  v.minValue(0, 'beløb skal være ≥ 0'),
  v.maxValue(1e10, 'beløb er urimeligt stort'),
);
const year = v.pipe(
  v.number('skal være et årstal'),
  v.integer('skal være et helt årstal'),
  v.minValue(2000),
  v.maxValue(2050),
);
const bilagNr = v.pipe(
  v.number('skal være et bilagsnummer'),
  v.integer('skal være et helt tal'),
  v.minValue(1),
  v.maxValue(99),
);
const periode = v.pipe(
  v.object({ fra: year, til: year }),
  v.check((p) => p.fra <= p.til, 'periodens start skal ligge før slutningen'),
);
const date = v.pipe(v.string(), v.isoDate('skal være en dato (ÅÅÅÅ-MM-DD)'));

const lon = v.pipe(
  v.number('skal være en længdegrad'),
  v.minValue(
    CPH_BBOX.west,
    `længdegrad ligger vest for København (< ${CPH_BBOX.west}); er lon/lat byttet om?`,
  ),
  v.maxValue(
    CPH_BBOX.east,
    `længdegrad ligger øst for København (> ${CPH_BBOX.east}); er lon/lat byttet om?`,
  ),
);
const lat = v.pipe(
  v.number('skal være en breddegrad'),
  v.minValue(
    CPH_BBOX.south,
    `breddegrad ligger syd for København (< ${CPH_BBOX.south}); er lon/lat byttet om?`,
  ),
  v.maxValue(
    CPH_BBOX.north,
    `breddegrad ligger nord for København (> ${CPH_BBOX.north}); er lon/lat byttet om?`,
  ),
);
const position = v.tuple([lon, lat], 'skal være et koordinatpar [længdegrad, breddegrad]');
const ring = v.pipe(
  v.array(position, 'skal være en ring af koordinater'),
  v.minLength(4, 'en polygonring skal have mindst 4 punkter'),
);
const point = v.object({ type: v.literal('Point'), coordinates: position });
const polygon = v.object({ type: v.literal('Polygon'), coordinates: v.pipe(v.array(ring), v.minLength(1)) });
const multiPolygon = v.object({
  type: v.literal('MultiPolygon'),
  coordinates: v.pipe(v.array(v.pipe(v.array(ring), v.minLength(1))), v.minLength(1)),
});
const areaGeometry = v.variant(
  'type',
  [point, polygon, multiPolygon],
  'geometri skal være Point, Polygon eller MultiPolygon',
);
const zoneGeometry = v.variant(
  'type',
  [polygon, multiPolygon],
  'geometri skal være Polygon eller MultiPolygon',
);

const praecision = v.object({
  /** What the position rests on (block centroid, street midpoint, hand-placed, …); optional for sites. */
  grundlag: v.optional(v.picklist(GRUNDLAG, `grundlag skal være en af: ${GRUNDLAG.join(', ')}`)),
  radius_m: v.pipe(v.number(), v.minValue(0), v.maxValue(5000)),
  tekst: text(),
  tekst_en: v.optional(text()),
  kilde: v.optional(text(4000)),
});

/** `"$schema"`: the JSON Schema an editor validates the file against (geo/schema/); ignored by the app. */
const schemaRef = v.optional(v.string('$schema skal være tekst'));

const featureCollection = <T extends v.GenericSchema>(feature: T) =>
  v.object({
    $schema: schemaRef,
    type: v.literal('FeatureCollection'),
    features: v.array(feature, 'features skal være en liste'),
  });

export const AreaSchema = v.object({
  type: v.literal('Feature'),
  geometry: areaGeometry,
  properties: v.object({ id, navn: text(120), bilag: bilagNr, praecision }),
});
export const AreasSchema = featureCollection(AreaSchema);

export const SiteSchema = v.object({
  type: v.literal('Feature'),
  geometry: point,
  properties: v.object({
    id,
    navn: text(120),
    type: v.picklist(['tv_overvaagning', 'jobcentre'], 'sted-type skal være tv_overvaagning eller jobcentre'),
    omraade: id,
    praecision,
  }),
});
export const SitesSchema = featureCollection(SiteSchema);

export const ZoneSchema = v.object({
  type: v.literal('Feature'),
  geometry: zoneGeometry,
  properties: v.object({ id, navn: text(120), afgraensning: text() }),
});
export const ZonesSchema = featureCollection(ZoneSchema);

export const BydelSchema = v.object({
  type: v.literal('Feature'),
  geometry: zoneGeometry,
  properties: v.object({ navn: text(120) }),
});
export const BydeleSchema = featureCollection(BydelSchema);

const omfang = v.variant(
  'slags',
  [
    v.object({
      slags: v.literal('omraader'),
      omraader: v.pipe(v.array(id), v.minLength(1, 'skal nævne mindst ét område')),
    }),
    v.object({
      slags: v.literal('steder'),
      steder: v.pipe(v.array(id), v.minLength(1, 'skal nævne mindst ét sted')),
    }),
    v.object({ slags: v.literal('zone'), zone: id }),
  ],
  'omfang.slags skal være omraader, steder eller zone',
);

export const InitiativeSchema = v.object({
  id,
  type: v.picklist(INDSATS_TYPES, `ukendt indsatstype; tilladte: ${INDSATS_TYPES.join(', ')}`),
  navn: text(300),
  /** The administration the case names as applicant; absent where the case names none. */
  ansvarlig: v.optional(text(300)),
  /** The case's own sentences about what the initiative does, word for word. */
  indhold: v.optional(v.array(text())),
  beloeb: v.optional(v.object({ total_kr: kr, pr_aar_kr: v.optional(kr) })),
  periode: v.optional(periode),
  finansiering: v.optional(
    v.object({
      form: v.picklist(
        FINANSIERING_FORMS,
        `finansiering.form skal være en af: ${FINANSIERING_FORMS.join(', ')}`,
      ),
      tekst: text(),
      /** The case's sentence the financing rests on, word for word. */
      kilde: v.optional(text()),
    }),
  ),
  status: v.picklist(STATUSES, `status skal være en af: ${STATUSES.join(', ')}`),
  omfang,
  bilag: v.array(bilagNr),
  kilde: text(),
});
/**
 * A file whose content is a list: an object with `$schema` (so an editor can validate it) and the list under one
 * key; the app gets the list itself. Problem paths name the key ("indsatser.3.beloeb").
 */
const listFile = <K extends string, T extends v.GenericSchema>(key: K, list: T) =>
  v.pipe(
    v.object({ $schema: schemaRef, [key]: list } as { $schema: typeof schemaRef } & Record<K, T>),
    v.transform((file) => file[key] as v.InferOutput<T>),
  );

export const InitiativesSchema = listFile(
  'indsatser',
  v.array(InitiativeSchema, 'skal være en liste af indsatser'),
);

const BilagEntrySchema = v.object({ nr: bilagNr, titel: text(300) });
export const BilagSchema = listFile('bilag', v.array(BilagEntrySchema, 'skal være en liste af bilag'));

const figure = v.object({
  id,
  navn: text(300),
  kr,
  omtrentlig: v.boolean(),
  periode: v.optional(periode),
  bilag: v.array(bilagNr),
  kilde: text(),
});
/** One dated event of the case; `praecision` says how exactly the case dates it. */
const timelineEvent = v.pipe(
  v.object({
    id,
    fra: date,
    til: date,
    praecision: v.picklist(
      ['dag', 'maaned', 'omtrentlig'],
      'praecision skal være dag, maaned eller omtrentlig',
    ),
    navn: text(200),
    navn_en: text(200),
    tekst: text(),
  }),
  v.check((e) => e.fra <= e.til, 'fra skal ligge før eller på til'),
);
const decision = v.object({ organ: text(200), dato: date, tekst: text() });
const remark = v.object({ navn: text(200), parti: text(10), organ: text(200), dato: date, tekst: text() });

export const CaseSchema = v.object({
  $schema: schemaRef,
  titel: text(),
  sag_nr: text(40),
  kilde_fil: text(),
  indstilling: text(),
  /** Who recommends what to whom: the sentence before the indstilling, word for word. */
  indstiller: text(),
  udvalg: v.array(text(200)),
  maal_2020: text(),
  beslutninger: v.pipe(v.array(decision), v.minLength(1)),
  protokolbemaerkninger: v.array(remark),
  strategitemaer: v.array(text()),
  underskrivere: v.array(text(200)),
  tidslinje: v.array(timelineEvent),
  tal: v.array(figure),
  datanoter: v.array(v.object({ id, tekst: text(), tekst_en: v.optional(text()) })),
});

export type Area = v.InferOutput<typeof AreaSchema>;
export type Site = v.InferOutput<typeof SiteSchema>;
export type Zone = v.InferOutput<typeof ZoneSchema>;
export type Bydel = v.InferOutput<typeof BydelSchema>;
export type Initiative = v.InferOutput<typeof InitiativeSchema>;
export type Bilag = v.InferOutput<typeof BilagEntrySchema>;
export type CaseInfo = v.InferOutput<typeof CaseSchema>;
export type Figure = CaseInfo['tal'][number];
export type TimelineEvent = CaseInfo['tidslinje'][number];

const indsatsType = v.picklist(INDSATS_TYPES, `ukendt indsatstype; tilladte: ${INDSATS_TYPES.join(', ')}`);

/** One step of the guided story: its title in both languages, the case's words, and what the map shows. */
export const StoryStepSchema = v.object({
  id,
  titel: v.object({ da: text(200), en: text(200) }),
  citater: v.pipe(v.array(text()), v.minLength(1, 'et trin skal citere sagen mindst én gang')),
  typer: v.array(indsatsType),
  huller: v.array(indsatsType),
  /** Area ids the camera fits; empty = all areas. */
  fokus: v.array(id),
  /** Speaker notes for the presenter view, written from the case (every figure traceable to it). */
  noter: v.object({ da: text(2000), en: text(2000) }),
});
export const StorySchema = listFile(
  'trin',
  v.pipe(v.array(StoryStepSchema), v.minLength(1, 'historien skal have mindst ét trin')),
);
export type StoryStep = v.InferOutput<typeof StoryStepSchema>;

/** Every data file's schema, keyed like DATA_FILES (validation and the generated JSON Schemas use the same). */
export const DATA_FILE_SCHEMAS = {
  case: CaseSchema,
  bilag: BilagSchema,
  areas: AreasSchema,
  initiatives: InitiativesSchema,
  sites: SitesSchema,
  zones: ZonesSchema,
  bydele: BydeleSchema,
  story: StorySchema,
} as const satisfies Record<DataFileKey, v.GenericSchema>;
