import { CREDITS, EXPORT_CREDITS } from '../data/credits';
import type { Grundlag, IndsatsType, Status } from '../data/types';
import type { Lang } from './format';

/** Labels per initiative type: a short name for legend and table. */
export interface TypeLabel {
  name: string;
  /** The name inside a sentence, when it differs ("ikke omfattet af jobcentre"); else `name`. */
  inText?: string;
}

/** A type's name as it reads inside a sentence: "jobcentre", but "NV arbejdsmarked" and "TV-overvågning". */
export const typeInText = (type: IndsatsType, lang: Lang): string =>
  TYPE_LABELS[lang][type].inText ?? TYPE_LABELS[lang][type].name;

/** Ends a sentence with "." unless the amount already does ("393.000 kr." must not become "kr.."). */
const fullStop = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

export const TYPE_LABELS: Record<Lang, Record<IndsatsType, TypeLabel>> = {
  da: {
    nv_arbejdsmarked: {
      name: 'NV arbejdsmarked',
    },
    sv_profilinstitutioner: {
      name: 'SV profilinstitutioner',
    },
    tv_overvaagning: { name: 'TV-overvågning' },
    hotspot: { name: 'Hotspot' },
    jobcentre: { name: 'Jobcentre', inText: 'jobcentre' },
    flyttehjaelp: { name: 'Flyttehjælp', inText: 'flyttehjælp' },
  },
  en: {
    nv_arbejdsmarked: {
      name: 'NW labour market',
    },
    sv_profilinstitutioner: {
      name: 'SW profile institutions',
    },
    tv_overvaagning: { name: 'CCTV' },
    hotspot: { name: 'Hotspot' },
    jobcentre: { name: 'Job centres', inText: 'job centres' },
    flyttehjaelp: { name: 'Relocation aid', inText: 'relocation aid' },
  },
};

/** One short phrase per basis of an area's position (issue 11). */
export const GRUNDLAG_LABELS: Record<Lang, Record<Grundlag, string>> = {
  da: {
    karre: 'midtpunkt af karré',
    gade: 'midtpunkt af gadestykke',
    haandplaceret: 'håndplaceret',
    plads: 'midtpunkt af plads',
    park: 'midtpunkt af områdets grønne areal',
    stednavne: 'gennemsnit af stednavnepunkter',
    opslag: 'offentliggjort koordinat',
    fil: 'afgrænsning fra fil',
  },
  en: {
    karre: 'block centroid',
    gade: 'street midpoint',
    haandplaceret: 'hand-placed',
    plads: 'square centroid',
    park: "centroid of the estate's green",
    stednavne: 'mean of place-name points',
    opslag: 'published coordinate',
    fil: 'outline from file',
  },
};

export const STATUS_LABELS: Record<Lang, Record<Status, string>> = {
  da: { søgt: 'søgt', etableret: 'etableret', 'under forankring': 'under forankring' },
  en: { søgt: 'applied for', etableret: 'established', 'under forankring': 'being made permanent' },
};

/** Every UI string, Danish first. Quotes from the case are not here: they stay Danish. */
const DA = {
  appTitle: 'Indsatskort',
  appSubtitle: 'Indsatser i Københavns 10 særligt udsatte boligområder · BR-sag 2011-40035, april 2011',
  legendTitle: 'Indsatser',
  legendToggle: (name: string) => `Vis eller skjul ${name}`,
  areasTitle: 'De 10 boligområder',
  areaButton: (name: string, n: number, proposed = 0) =>
    `${name}, ${n} ${n === 1 ? 'indsatstype' : 'indsatstyper'}${proposed > 0 ? ` + ${proposed} forslag` : ''}`,
  close: 'Luk',
  bydel: 'Bydel',
  derived: 'afledt geografisk',
  agreement: 'Initiativaftale',
  initiativesTitle: 'Indsatser, der omfatter området',
  notCovered: 'Ikke omfattet af',
  amount: 'Beløb',
  perYear: (s: string) => `${s} årligt`,
  period: 'Periode',
  sharedBy: (n: number) => `fælles for ${n} områder – ikke fordelt på områderne`,
  ownAmount: 'stedets eget beløb',
  areaOwnAmount: 'områdets eget beløb',
  noAmount: 'Sagen angiver intet beløb',
  financing: 'Finansiering',
  status: 'Status',
  bilag: 'Bilag',
  noBilag: 'Sagen henviser ikke til et bilag',
  quote: 'Sagens ordlyd',
  viaZone: (zone: string) =>
    `Området ligger i zonen ${zone} (KK's afgrænsning fra 2023 som stedfortræder; afledt geografisk)`,
  viaSite: (site: string) => `Sted: ${site}`,
  location: 'Placering',
  approx: (m: string) => `Omtrentlig, ±${m}`,
  outlineReach: (m: string) => `Afgrænsning fra fil, op til ${m} fra sit midtpunkt`,
  nearestTv: 'Nærmeste TV-overvågede sted',
  nearestJobcenter: 'Nærmeste jobcenter',
  about: 'Om kortet',
  aboutTitle: 'Om kortet og sagen',
  language: 'English',
  languageLabel: 'Switch to English',
  dataError: 'Kortets data kunne ikke indlæses. Fejl i datafilerne:',
  mapError: 'Kortet kunne ikke vises:',
  mapLocale: {
    'NavigationControl.ZoomIn': 'Zoom ind',
    'NavigationControl.ZoomOut': 'Zoom ud',
    'AttributionControl.ToggleAttribution': 'Vis eller skjul kilder',
    'Map.Title': 'Kort',
  } as Record<string, string>,
  fallbackNote:
    'Forenklet kort: denne browser kan ikke vise det fulde kort (WebGL2 mangler eller kortet kunne ikke starte). Områder, ringe, listen og tabellen virker som ellers.',
  mapLabel: 'Kort over København med de 10 særligt udsatte boligområder',
  approxNote:
    'Områderne er vist som omtrentlige punkter med usikkerhedscirkel; sagen angiver ingen afgrænsninger.',
  attributionTitle: 'Kilder',
  presentation: 'Præsentation',
  presentationLabel: 'Præsentation: fuld skærm, store tekster og en guidet gennemgang (tast P)',
  exitPresentation: 'Afslut',
  prev: 'Forrige',
  next: 'Næste',
  stepCount: (n: number, total: number) => `${n}/${total}`,
  stepLabel: (n: number, total: number) => `Trin ${n} af ${total}`,
  storyLabel: 'Gennemgang af sagen',
  exportPng: 'Gem som PNG',
  print: 'Udskriv',
  printMapAlt: 'Kortet over de 10 områder med indsatser, som vist på skærmen',
  exportTitle: 'Indsatskort: indsatser i Københavns 10 særligt udsatte boligområder',
  // issue 13: export errors in the UI language
  exportNoCanvas: 'Browseren kan ikke tegne billedet (intet 2D-lærred).',
  exportEncodeFailed: 'Billedet kunne ikke gemmes som PNG.',
  exportDecision:
    'BR-sag 2011-40035 · anbefalet i Teknik- og Miljøudvalget 4. april og Økonomiudvalget 5. april 2011',
  aboutDecisions: 'Beslutninger',
  aboutRemarks: 'Protokolbemærkninger',
  aboutThemes: 'Strategiens fem temaer',
  aboutFigures: 'Sagens tal',
  aboutNotes: 'Datanoter',
  aboutCase: 'Sagen',
  sidebarLabel: 'Signaturforklaring, huller og områder',
  skipLink: 'Spring til områdelisten',
  tableTitle: 'Dækning',
  tableScrollHint: 'Tabellen er bredere end skærmen: rul sidelæns for alle indsatser →',
  tableCaption: 'Dækning: hvilke indsatser omfatter hvert af de 10 områder',
  colArea: 'Område',
  colBydel: 'Bydel (afledt)',
  colCount: 'Antal indsatstyper',
  colNearestTv: 'Nærmeste TV-overvågede sted (afledt)',
  colNearestJob: 'Nærmeste jobcenter (afledt)',
  yes: 'Ja',
  no: 'Nej',
  yesDerived: 'Ja (afledt)',
  totalRow: 'Områder omfattet',
  sortBy: (col: string) => `Sortér efter ${col}`,
  gapTitle: 'Find huller',
  gapHint: 'Vælg indsatser: kortet og tabellen viser de områder, som ingen af dem når.',
  gapLabel: 'ikke omfattet',
  gapSentence: (n: number, total: number, types: string, names: string) =>
    n === 0
      ? `Alle ${total} områder er omfattet af ${types}.`
      : `${n} af ${total} områder er ikke omfattet af ${types}: ${names}.`,
  or: 'eller',
  searchLabel: 'Søg område',
  searchNoHits: 'Intet område passer til søgningen.',
  permalinkIgnored: (values: string) => `Nogle værdier i adressen blev ignoreret: ${values}`,
  budgetTitle: 'Økonomi',
  chartTitle: 'Beløb pr. indsats',
  chartCaption:
    'Beløb som sagen angiver dem. NV og flyttehjælp er fælles for flere områder og er ikke fordelt. Årlige beløb er kun opdelt, hvor sagen angiver dem.',
  chartTvTitle: 'TV-overvågning: sagens samlede tal og summen af stedernes beløb',
  chartTvCaption: (stated: string, sum: string, kickstart: string) =>
    `Sagen angiver de samlede udgifter til ${stated} (halvdelen fra staten, halvdelen kommunal medfinansiering), men stedernes beløb summerer til ${fullStop(sum)} Kommunens andel for Tingbjerg og Hothers Plads (${kickstart}) foreslås finansieret i Kickstart 2011; Aldersrogade finansieres for sig ved tilskud fra områdeløftet i Haraldsgadekvarteret (sagen angiver intet beløb). Se datanoterne under "Om kortet".`,
  stateShare: 'Statens andel',
  municipalShare: 'Kommunal medfinansiering',
  statedTotal: 'Sagens samlede tal',
  siteSum: 'Sum af stedernes beløb',
  total: 'I alt',
  sharedNote: (n: number) => `fælles for ${n} områder`,
  // --- issue 11: "Om sagen", responsible administration, content (one block) ---
  caseButton: 'Om sagen',
  caseTitle: 'Om sagen: indstillingen, udvalgene og bilagene',
  caseIndstilling: 'Indstillingen',
  caseCommittees: 'Udvalg',
  caseCommitteeNote:
    'Udvalgene anbefaler indstillingen over for Borgerrepræsentationen; sagen rummer ikke Borgerrepræsentationens beslutning.',
  caseSignatories: 'Underskrevet af',
  caseBilag: 'Bilag 1–15',
  caseInitiatives: 'Indsatserne, som sagen beskriver dem',
  caseTimeline: 'Sagens datoer',
  caseTimelineLabel: 'Tidsakse over sagens datoer fra november 2010 til efteråret 2011',
  caseTimelineApprox: 'omtrentlig (sagen angiver ikke dagen)',
  responsible: 'Ansøger (som sagen nævner)',
  noResponsible: 'Sagen nævner ingen ansvarlig forvaltning',
  content: 'Indhold (sagens ord)',
  financingQuote: 'Sagens ord om finansieringen',
  exportCredits: `Kilder: ${EXPORT_CREDITS.map((id) => CREDITS[id].line).join(' · ')}.`,
  exportApprox: 'Placeringer omtrentlige (±100–300 m).',
  sourcesConfirmed: 'Licens bekræftet',
  sourcesUnconfirmed: 'Licens ikke bekræftet (formodet eller ikke angivet)',
  outlineButton: 'Indlæs afgrænsninger',
  outlineButtonLabel:
    'Indlæs afgrænsninger af områderne fra en GeoJSON-fil (eller slip filen på kortet); intet sendes nogen steder',
  outlineTitle: (file: string) => `Afgrænsninger fra fil: ${file}`,
  outlineCrs: (crs: string): string =>
    crs === 'EPSG:25832'
      ? 'Filen er i EPSG:25832 (UTM 32N) og er omregnet til længde/bredde.'
      : 'Filen er i længde/bredde (EPSG:4326).',
  outlineMatched: (n: number) => `Områder med afgrænsning fra filen (${n})`,
  outlineUnmatched: (n: number) => `Features uden område (${n})`,
  outlineProblems: (n: number) => `Problemer i filen (${n})`,
  outlineNone: 'Ingen.',
  outlineFrom: (file: string) => `fra fil: ${file}`,
  outlineMatchedBy: (by: string): string => (by === 'id' ? 'matchet på id' : 'matchet på navn'),
  outlineFeature: (i: number) => `feature ${i}`,
  outlineFile: 'hele filen',
  largestOverlap: (pct: string) => `største overlap vinder: ${pct} af afgrænsningen ligger i bydelen`,
  outlineLocal:
    'Filen er kun læst i browseren; intet er sendt eller gemt nogen steder. Genindlæs siden for at vende tilbage til de offentliggjorte data.',
  // Outlines recomputed into the session's derived data (issue 11 point 3).
  derivedFromFile: (file: string) => `afledt geografisk, fra fil: ${file}`,
  outlineApplied:
    'Bydel, Hotspot-zone og afstande for disse områder er regnet om ud fra afgrænsningerne (afledt geografisk) og gælder nu i kort, tabel, forklaring, huller og områdernes dialog. Går en afgrænsning over flere bydele, vinder den med største overlap. En ny fil erstatter denne.',
  outlineNotApplied: 'Ingen afgrænsning passede til et område, så kort og tal er uændrede.',
  outlineRecomputed: (file: string, zone: string) =>
    `Bydel, Hotspot-zone (${zone}) og afstande er regnet om ud fra afgrænsningen i fil: ${file} (afledt geografisk, kun i denne session; genindlæs siden for de offentliggjorte data).`,
  noZone: 'ingen',
  tableOutlines: (file: string, n: number) =>
    `Bydel, Hotspot og afstande for ${n} ${n === 1 ? 'område' : 'områder'} er regnet om fra afgrænsninger i fil: ${file} (afledt geografisk, kun i denne session).`,
  outlineSave: 'Gem som areas.geojson',
  colBasis: 'Placering bygger på',
  basis: 'Placeringen bygger på',
  basisNone: 'ikke angivet',
  basisMarks: { handPlaced: 'håndplaceret', fromFile: 'fra fil' },
  // Responsive layout (issue 10): header menu, collapsible panel, phone story cards.
  menu: 'Menu',
  sidebarToggle: 'Forklaring, huller og områder',
  storyCardsTitle: 'Historien trin for trin',
  storyCardMapLabel: (title: string) => `Lille kort til trinnet: ${title}`,
  storyCardsClose: 'Luk historien',
  storyCardKeyLabel: 'Numrene på kortet',
  // Planners (issue 9): gap text everywhere, data out, link, nearest help, scenario.
  gapCaption: (sentence: string) => `Huller: ${sentence}`,
  totalRowShown: (n: number) => `Omfattet, af de ${n} viste områder`,
  countProposed: (count: string, n: number) => `${count} + ${n} forslag`,
  nearestHelp: (type: string, other: string, km: string, pm: string) =>
    `Nærmeste område med ${type}: ${other}, ${km} mellem områdernes punkter (± ${pm}, afledt geografisk)`,
  nearestLine: (area: string, type: string, other: string, km: string, pm: string) =>
    `${area} – nærmeste område med ${type}: ${other}, ${km} (± ${pm}, afledt geografisk)`,
  fromAreaPoint: (distance: string) => `${distance} fra områdets punkt`,
  nearestTitle:
    'Nærmeste hjælp (afledt geografisk: fra områdets punkt til nærmeste TV-overvågede sted eller jobcenter, for de øvrige til nærmeste områdes punkt)',
  nearestSiteOf: (type: string) => `Nærmeste sted med ${type}`,
  siteDistance: (place: string, distance: string, pm: string) =>
    `${place}, ${distance} fra områdets punkt (± ${pm})`,
  nearestSiteLine: (area: string, label: string, place: string, distance: string, pm: string) =>
    `${area} – ${label}: ${place}, ${distance} fra områdets punkt (± ${pm}, afledt geografisk)`,
  proposalWord: 'forslag',
  proposedNotDecided: 'foreslået, ikke besluttet',
  proposalItem: (type: string, area: string) => `${type} i ${area}`,
  gapClosedByProposals: (list: string) => `Forslag, ikke besluttet: ${list}.`,
  scenarioTitle: 'Scenarie – ikke besluttet',
  scenarioHeading: 'Hvad nu hvis',
  scenarioHint: 'Tilføj en foreslået indsats til et område. Forslag ændrer hverken data eller sagens tal.',
  scenarioType: 'Indsats',
  scenarioArea: 'Område',
  scenarioAdd: 'Tilføj forslag',
  scenarioShowMap: 'Vis scenariet på kortet',
  gapShowMap: 'Vis hullerne på kortet',
  scenarioRemove: (what: string) => `Fjern forslag: ${what}`,
  scenarioRemoveShort: 'Fjern',
  scenarioList: (list: string) => `Forslag: ${list}`,
  scenarioAlreadyCovered: 'Området er allerede omfattet af den indsats.',
  cellProposed: 'Nej – forslag',
  legendProposed: 'Omridset mærke = forslag (ikke besluttet)',
  legendFolded:
    'Lille ring uden bogstaver og navn: her er kortet for tæt til hele mærket. Zoom ind, eller tryk på ringen.',
  exportFolded: (names: string) =>
    `Lille ring uden bogstaver og navn: ${names}; her var kortet for tæt til hele mærket.`,
  downloadData: 'Hent data',
  downloadHint: 'Filerne har sagsnummer og kilde; bydel og afstande er afledt geografisk.',
  downloadCoverage: 'Dækning (CSV til Excel)',
  downloadAreas: 'Områder (GeoJSON til QGIS/ArcGIS)',
  downloadInitiatives: 'Indsatser (CSV til Excel)',
  copyLink: 'Kopiér link',
  linkCopied: 'Linket til denne visning er kopieret.',
  linkCopyFailed: 'Linket kunne ikke kopieres:',
  printLink: 'Link til denne visning',
  printChosen: 'Valgte indsatser',
  printNearestNext: 'Nærmeste hjælp for hvert område, der ikke er omfattet: side 2.',
  fileSource: (sag: string, date: string) =>
    `Kilde: Københavns Kommune, BR-sag ${sag} (CC BY 4.0); hentet fra Indsatskort ${date}. Bydel er afledt geografisk; placeringer er omtrentlige.`,
  file: {
    areaId: 'område_id',
    area: 'område',
    bydel: 'bydel (afledt geografisk)',
    gap: (types: string) => `hul i sagen (uden forslag): ikke omfattet af ${types}`,
    gapScenario: (types: string) => `hul i scenariet (forslag tæller med): ikke omfattet af ${types}`,
    reachedByProposal: 'nås af forslag (ikke besluttet)',
    reachedYes: (list: string) => `Ja (forslag: ${list})`,
    gapSentence: 'huller (som i appen)',
    gapNote:
      'hul: Ja, hvis ingen af de valgte indsatser (hul_indsatser) når området med sagens egne indsatser, uden forslag.',
    gapNoteScenario:
      'hul_scenarie: det samme, når forslag (ikke besluttet) tæller med; naas_af_forslag: hvilket forslag der når området.',
    chosen: 'valgt i hulvisningen',
    scenario: 'Scenarie – ikke besluttet: forslag',
    caseNo: 'sag',
    source: 'kilde',
    type: 'indsatstype',
    name: 'navn',
    amount: 'beløb_kr',
    perYear: 'pr_år_kr',
    period: 'periode',
    financing: 'finansiering',
    status: 'status',
    bilag: 'bilag',
    quote: 'sagens_ordlyd',
    yes: 'Ja',
    no: 'Nej',
  },
  // Issue 13: why the live map did not start (detail under mapError, before the SVG fallback).
  mapLoad: {
    timeout: (seconds: number) => `kortet var ikke indlæst efter ${seconds} s`,
    failed: 'kortet stoppede med en fejl, før det var indlæst',
  },
};

export type Strings = typeof DA;

const EN: Strings = {
  appTitle: 'Indsatskort',
  appSubtitle:
    "Initiatives in Copenhagen's 10 particularly vulnerable housing areas · City Council case 2011-40035, April 2011",
  legendTitle: 'Initiatives',
  legendToggle: (name: string) => `Show or hide ${name}`,
  areasTitle: 'The 10 housing areas',
  areaButton: (name: string, n: number, proposed = 0) =>
    `${name}, ${n} initiative ${n === 1 ? 'type' : 'types'}${proposed > 0 ? ` + ${proposed} proposed` : ''}`,
  close: 'Close',
  bydel: 'District',
  derived: 'derived from geography',
  agreement: 'Initiative agreement',
  initiativesTitle: 'Initiatives covering the area',
  notCovered: 'Not covered by',
  amount: 'Amount',
  perYear: (s: string) => `${s} a year`,
  period: 'Period',
  sharedBy: (n: number) => `shared by ${n} areas – not divided between them`,
  ownAmount: "the site's own amount",
  areaOwnAmount: "the area's own amount",
  noAmount: 'The case states no amount',
  financing: 'Financing',
  status: 'Status',
  bilag: 'Appendix',
  noBilag: 'The case cites no appendix',
  quote: 'Wording of the case',
  viaZone: (zone: string) =>
    `The area lies in the zone ${zone} (KK's 2023 delineation as a stand-in; derived from geography)`,
  viaSite: (site: string) => `Site: ${site}`,
  location: 'Location',
  approx: (m: string) => `Approximate, ±${m}`,
  outlineReach: (m: string) => `Outline from file, reaching up to ${m} from its centre`,
  nearestTv: 'Nearest CCTV site',
  nearestJobcenter: 'Nearest job centre',
  about: 'About the map',
  aboutTitle: 'About the map and the case',
  language: 'Dansk',
  languageLabel: 'Skift til dansk',
  dataError: "The map's data could not be loaded. Problems in the data files:",
  mapError: 'The map could not be shown:',
  mapLocale: {
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'AttributionControl.ToggleAttribution': 'Show or hide sources',
    'Map.Title': 'Map',
  },
  fallbackNote:
    'Simplified map: this browser cannot show the full map (WebGL2 is missing or the map could not start). Areas, rings, the list and the table work as usual.',
  mapLabel: 'Map of Copenhagen with the 10 particularly vulnerable housing areas',
  approxNote:
    'Areas are shown as approximate points with an uncertainty circle; the case gives no boundaries.',
  attributionTitle: 'Sources',
  presentation: 'Presentation',
  presentationLabel: 'Presentation: full screen, large text and a guided walk-through (key P)',
  exitPresentation: 'Exit',
  prev: 'Previous',
  next: 'Next',
  stepCount: (n: number, total: number) => `${n}/${total}`,
  stepLabel: (n: number, total: number) => `Step ${n} of ${total}`,
  storyLabel: 'Walk-through of the case',
  exportPng: 'Save as PNG',
  print: 'Print',
  printMapAlt: 'The map of the 10 areas with their initiatives, as shown on screen',
  exportTitle: "Indsatskort: initiatives in Copenhagen's 10 particularly vulnerable housing areas",
  // issue 13: export errors in the UI language
  exportNoCanvas: 'The browser cannot draw the picture (no 2D canvas).',
  exportEncodeFailed: 'The picture could not be saved as PNG.',
  exportDecision: 'City Council case 2011-40035 · recommended by the committees on 4 and 5 April 2011',
  aboutDecisions: 'Decisions',
  aboutRemarks: 'Remarks for the record',
  aboutThemes: 'The five themes of the strategy',
  aboutFigures: "The case's figures",
  aboutNotes: 'Data notes',
  aboutCase: 'The case',
  sidebarLabel: 'Legend, gaps and areas',
  skipLink: 'Skip to the area list',
  tableTitle: 'Coverage',
  tableScrollHint: 'The table is wider than the screen: scroll sideways for every initiative →',
  tableCaption: 'Coverage: which initiatives cover each of the 10 areas',
  colArea: 'Area',
  colBydel: 'District (derived)',
  colCount: 'Initiative types',
  colNearestTv: 'Nearest CCTV site (derived)',
  colNearestJob: 'Nearest job centre (derived)',
  yes: 'Yes',
  no: 'No',
  yesDerived: 'Yes (derived)',
  totalRow: 'Areas covered',
  sortBy: (col: string) => `Sort by ${col}`,
  gapTitle: 'Find gaps',
  gapHint: 'Pick initiatives: the map and the table show the areas none of them reach.',
  gapLabel: 'not covered',
  gapSentence: (n: number, total: number, types: string, names: string) =>
    n === 0
      ? `All ${total} areas are covered by ${types}.`
      : `${n} of ${total} areas are not covered by ${types}: ${names}.`,
  or: 'or',
  searchLabel: 'Search area',
  searchNoHits: 'No area matches the search.',
  permalinkIgnored: (values: string) => `Some values in the address were ignored: ${values}`,
  budgetTitle: 'Budget',
  chartTitle: 'Amounts by initiative',
  chartCaption:
    'Amounts as the case states them. NW and relocation aid are shared by several areas and not divided. Yearly amounts are split only where the case gives them.',
  chartTvTitle: "CCTV: the case's stated total and the sum of the site amounts",
  chartTvCaption: (stated: string, sum: string, kickstart: string) =>
    `The case states total costs of ${stated} (half from the state, half municipal co-financing), but the site amounts add up to ${fullStop(sum)} The municipal share for Tingbjerg and Hothers Plads (${kickstart}) is proposed to be funded in Kickstart 2011; Aldersrogade is funded separately by a grant from the area renewal in Haraldsgadekvarteret (the case states no amount). See the data notes under "About the map".`,
  stateShare: "State's share",
  municipalShare: 'Municipal co-financing',
  statedTotal: "Case's stated total",
  siteSum: 'Sum of site amounts',
  total: 'Total',
  sharedNote: (n: number) => `shared by ${n} areas`,
  // --- issue 11: "Om sagen", responsible administration, content (one block) ---
  caseButton: 'About the case',
  caseTitle: 'About the case: the recommendation, committees and appendices',
  caseIndstilling: 'The recommendation (indstilling)',
  caseCommittees: 'Committees',
  caseCommitteeNote:
    'The committees recommend the proposal to the City Council (Borgerrepræsentationen); the case does not hold the City Council’s decision.',
  caseSignatories: 'Signed by',
  caseBilag: 'Appendices 1–15',
  caseInitiatives: 'The initiatives as the case describes them',
  caseTimeline: "The case's dates",
  caseTimelineLabel: "Time axis of the case's dates from November 2010 to autumn 2011",
  caseTimelineApprox: 'approximate (the case gives no day)',
  responsible: 'Applicant (as the case names it)',
  noResponsible: 'The case names no responsible administration',
  content: 'Content (the case’s words)',
  financingQuote: 'The case’s words on financing',
  exportCredits: `Sources: ${EXPORT_CREDITS.map((id) => CREDITS[id].line).join(' · ')}.`,
  exportApprox: 'Locations approximate (±100–300 m).',
  sourcesConfirmed: 'Licence confirmed',
  sourcesUnconfirmed: 'Licence not confirmed (presumed or not stated)',
  outlineButton: 'Load outlines',
  outlineButtonLabel:
    'Load outlines of the areas from a GeoJSON file (or drop the file on the map); nothing is sent anywhere',
  outlineTitle: (file: string) => `Outlines from file: ${file}`,
  outlineCrs: (crs: string): string =>
    crs === 'EPSG:25832'
      ? 'The file is in EPSG:25832 (UTM 32N) and was converted to longitude/latitude.'
      : 'The file is in longitude/latitude (EPSG:4326).',
  outlineMatched: (n: number) => `Areas with an outline from the file (${n})`,
  outlineUnmatched: (n: number) => `Features with no area (${n})`,
  outlineProblems: (n: number) => `Problems in the file (${n})`,
  outlineNone: 'None.',
  outlineFrom: (file: string) => `from file: ${file}`,
  outlineMatchedBy: (by: string): string => (by === 'id' ? 'matched by id' : 'matched by name'),
  outlineFeature: (i: number) => `feature ${i}`,
  outlineFile: 'the whole file',
  largestOverlap: (pct: string) => `largest overlap wins: ${pct} of the outline lies in this district`,
  outlineLocal:
    'The file was read in the browser only; nothing was sent or stored anywhere. Reload the page to return to the published data.',
  // Outlines recomputed into the session's derived data (issue 11 point 3).
  derivedFromFile: (file: string) => `derived from geography, from file: ${file}`,
  outlineApplied:
    'District, Hotspot zone and distances of these areas are recomputed from the outlines (derived from geography) and now apply in the map, table, legend, gap mode and the areas’ dialogs. Where an outline spans several districts, the largest overlap wins. A new file replaces this one.',
  outlineNotApplied: 'No outline matched an area, so the map and figures are unchanged.',
  outlineRecomputed: (file: string, zone: string) =>
    `District, Hotspot zone (${zone}) and distances are recomputed from the outline in file: ${file} (derived from geography, this session only; reload the page for the published data).`,
  noZone: 'none',
  tableOutlines: (file: string, n: number) =>
    `District, Hotspot and distances of ${n} ${n === 1 ? 'area are' : 'areas are'} recomputed from outlines in file: ${file} (derived from geography, this session only).`,
  outlineSave: 'Save as areas.geojson',
  colBasis: 'Position rests on',
  basis: 'The position rests on',
  basisNone: 'not stated',
  basisMarks: { handPlaced: 'hand-placed', fromFile: 'from file' },
  // Responsive layout (issue 10): header menu, collapsible panel, phone story cards.
  menu: 'Menu',
  sidebarToggle: 'Legend, gaps and areas',
  storyCardsTitle: 'The story step by step',
  storyCardMapLabel: (title: string) => `Small map for the step: ${title}`,
  storyCardsClose: 'Close the story',
  storyCardKeyLabel: 'The numbers on the map',
  // Planners (issue 9): gap text everywhere, data out, link, nearest help, scenario.
  gapCaption: (sentence: string) => `Gaps: ${sentence}`,
  totalRowShown: (n: number) => `Covered, of the ${n} areas shown`,
  countProposed: (count: string, n: number) => `${count} + ${n} proposed`,
  nearestHelp: (type: string, other: string, km: string, pm: string) =>
    `Nearest area with ${type}: ${other}, ${km} between the areas' points (± ${pm}, derived from geography)`,
  nearestLine: (area: string, type: string, other: string, km: string, pm: string) =>
    `${area} – nearest area with ${type}: ${other}, ${km} (± ${pm}, derived from geography)`,
  fromAreaPoint: (distance: string) => `${distance} from the area's point`,
  nearestTitle:
    "Nearest help (derived from geography: from the area's point to the nearest CCTV site or job centre, for the others to the nearest area's point)",
  nearestSiteOf: (type: string) => `Nearest site with ${type}`,
  siteDistance: (place: string, distance: string, pm: string) =>
    `${place}, ${distance} from the area's point (± ${pm})`,
  nearestSiteLine: (area: string, label: string, place: string, distance: string, pm: string) =>
    `${area} – ${label}: ${place}, ${distance} from the area's point (± ${pm}, derived from geography)`,
  proposalWord: 'proposal',
  proposedNotDecided: 'proposed, not decided',
  proposalItem: (type: string, area: string) => `${type} in ${area}`,
  gapClosedByProposals: (list: string) => `Proposals, not decided: ${list}.`,
  scenarioTitle: 'Scenario – not decided',
  scenarioHeading: 'What if',
  scenarioHint:
    "Add a proposed initiative to an area. Proposals change neither the data nor the case's figures.",
  scenarioType: 'Initiative',
  scenarioArea: 'Area',
  scenarioAdd: 'Add proposal',
  scenarioShowMap: 'Show the scenario on the map',
  gapShowMap: 'Show the gaps on the map',
  scenarioRemove: (what: string) => `Remove proposal: ${what}`,
  scenarioRemoveShort: 'Remove',
  scenarioList: (list: string) => `Proposals: ${list}`,
  scenarioAlreadyCovered: 'The area is already covered by that initiative.',
  cellProposed: 'No – proposed',
  legendProposed: 'Outlined badge = proposal (not decided)',
  legendFolded:
    'Small ring without letters or name: the map is too crowded here for the whole marker. Zoom in, or tap the ring.',
  exportFolded: (names: string) =>
    `Small ring without letters or name: ${names}; the map was too crowded there for the whole marker.`,
  downloadData: 'Download data',
  downloadHint:
    'The files carry the case number and source; district and distances are derived from geography.',
  downloadCoverage: 'Coverage (CSV for Excel)',
  downloadAreas: 'Areas (GeoJSON for QGIS/ArcGIS)',
  downloadInitiatives: 'Initiatives (CSV for Excel)',
  copyLink: 'Copy link',
  linkCopied: 'The link to this view has been copied.',
  linkCopyFailed: 'The link could not be copied:',
  printLink: 'Link to this view',
  printChosen: 'Chosen initiatives',
  printNearestNext: 'Nearest help for each area not covered: page 2.',
  fileSource: (sag: string, date: string) =>
    `Source: Københavns Kommune, City Council case ${sag} (CC BY 4.0); downloaded from Indsatskort ${date}. District is derived from geography; locations are approximate.`,
  file: {
    areaId: 'area_id',
    area: 'area',
    bydel: 'district (derived from geography)',
    gap: (types: string) => `gap in the case (without proposals): not covered by ${types}`,
    gapScenario: (types: string) => `gap in the scenario (proposals counted): not covered by ${types}`,
    reachedByProposal: 'reached by a proposal (not decided)',
    reachedYes: (list: string) => `Yes (proposal: ${list})`,
    gapSentence: 'gaps (as in the app)',
    gapNote:
      "hul: Yes if none of the chosen initiatives (hul_indsatser) reaches the area with the case's own initiatives, without proposals.",
    gapNoteScenario:
      'hul_scenarie: the same with proposals (not decided) counted; naas_af_forslag: which proposal reaches the area.',
    chosen: 'chosen in gap mode',
    scenario: 'Scenario – not decided: proposals',
    caseNo: 'case',
    source: 'source',
    type: 'initiative_type',
    name: 'name',
    amount: 'amount_dkk',
    perYear: 'per_year_dkk',
    period: 'period',
    financing: 'financing',
    status: 'status',
    bilag: 'appendix',
    quote: 'wording_of_the_case',
    yes: 'Yes',
    no: 'No',
  },
  // Issue 13: why the live map did not start (detail under mapError, before the SVG fallback).
  mapLoad: {
    timeout: (seconds: number) => `the map did not load within ${seconds} s`,
    failed: 'the map stopped with an error before it had loaded',
  },
};

export const STRINGS: Record<Lang, Strings> = { da: DA, en: EN };

/** The offline app's update notice (a new deployment is ready; reloading picks it up). */
export const UPDATE_STRINGS: Record<Lang, { ready: string; reload: string }> = {
  da: { ready: 'Ny version', reload: 'Genindlæs' },
  en: { ready: 'New version', reload: 'Reload' },
};
