import type { IndsatsType, Status } from '../data/types';
import type { Lang } from './format';

/** Labels per initiative type: a short name for legend and table, a letter as the non-colour cue. */
export interface TypeLabel {
  name: string;
  description: string;
}

export const TYPE_LABELS: Record<Lang, Record<IndsatsType, TypeLabel>> = {
  da: {
    nv_arbejdsmarked: {
      name: 'NV arbejdsmarked',
      description: 'Styrket arbejdsmarkedsindsats i det nordvestlige København',
    },
    sv_profilinstitutioner: {
      name: 'SV profilinstitutioner',
      description: 'Profilinstitutioner i det sydvestlige København',
    },
    tv_overvaagning: { name: 'TV-overvågning', description: 'Udvidet TV-overvågning' },
    hotspot: { name: 'Hotspot', description: 'Hotspot-zoner (etableret eller under forankring)' },
    jobcentre: { name: 'Jobcentre', description: 'Fremskudt beskæftigelsesindsats og jobcentre' },
    flyttehjaelp: { name: 'Flyttehjælp', description: 'Refusion af flyttehjælp' },
  },
  en: {
    nv_arbejdsmarked: {
      name: 'NW labour market',
      description: 'Stronger labour-market effort in north-west Copenhagen',
    },
    sv_profilinstitutioner: {
      name: 'SW profile institutions',
      description: 'Profile schools and leisure in south-west Copenhagen',
    },
    tv_overvaagning: { name: 'CCTV', description: 'Extended CCTV surveillance' },
    hotspot: { name: 'Hotspot', description: 'Hotspot zones (established or being anchored)' },
    jobcentre: { name: 'Job centres', description: 'Outreach employment effort and job centres' },
    flyttehjaelp: { name: 'Relocation aid', description: 'Reimbursement of relocation aid' },
  },
};

export const STATUS_LABELS: Record<Lang, Record<Status, string>> = {
  da: { søgt: 'søgt', etableret: 'etableret', 'under forankring': 'under forankring' },
  en: { søgt: 'applied for', etableret: 'established', 'under forankring': 'being anchored' },
};

/** Every UI string, Danish first. Quotes from the case are not here: they stay Danish. */
const DA = {
  appTitle: 'Indsatskort',
  appSubtitle: 'Indsatser i Københavns 10 særligt udsatte boligområder · BR-sag 2011-40035, april 2011',
  legendTitle: 'Indsatser',
  legendToggle: (name: string) => `Vis eller skjul ${name}`,
  areasTitle: 'De 10 boligområder',
  areaButton: (name: string, n: number) => `${name}, ${n} ${n === 1 ? 'indsatstype' : 'indsatstyper'}`,
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
  nearestTv: 'Nærmeste TV-overvågning',
  nearestJobcenter: 'Nærmeste jobcenter',
  about: 'Om kortet',
  aboutTitle: 'Om kortet og sagen',
  language: 'English',
  languageLabel: 'Switch to English',
  loading: 'Indlæser data …',
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
  exportDecision:
    'BR-sag 2011-40035 · anbefalet i Teknik- og Miljøudvalget 4. april og Økonomiudvalget 5. april 2011',
  exportSources:
    'Kilder: Københavns Kommune (CC BY 4.0) · © OpenStreetMap (ODbL) · DAGI · Rejseplanen · Noto Sans (OFL). Placeringer omtrentlige (±100–300 m).',
  aboutDecisions: 'Beslutninger',
  aboutRemarks: 'Protokolbemærkninger',
  aboutThemes: 'Strategiens fem temaer',
  aboutFigures: 'Sagens tal',
  aboutNotes: 'Datanoter',
  aboutCase: 'Sagen',
  sidebarLabel: 'Signaturforklaring, huller og områder',
  skipLink: 'Spring til områdelisten',
  tableTitle: 'Dækning',
  tableCaption: 'Dækning: hvilke indsatser omfatter hvert af de 10 områder',
  colArea: 'Område',
  colBydel: 'Bydel (afledt)',
  colCount: 'Antal indsatstyper',
  colNearestTv: 'Nærmeste TV-overvågning (afledt)',
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
  chartTvCaption: (stated: string, sum: string) =>
    `Sagen angiver de samlede udgifter til ${stated} (halvdelen fra staten, halvdelen kommunal medfinansiering), men stedernes beløb summerer til ${sum}. Se datanoterne under "Om kortet".`,
  stateShare: 'Statens andel',
  municipalShare: 'Kommunal medfinansiering',
  statedTotal: 'Sagens samlede tal',
  siteSum: 'Sum af stedernes beløb',
  total: 'I alt',
  sharedNote: (n: number) => `fælles for ${n} områder`,
};

export type Strings = typeof DA;

const EN: Strings = {
  appTitle: 'Indsatskort',
  appSubtitle:
    "Initiatives in Copenhagen's 10 particularly vulnerable housing areas · City Council case 2011-40035, April 2011",
  legendTitle: 'Initiatives',
  legendToggle: (name: string) => `Show or hide ${name}`,
  areasTitle: 'The 10 housing areas',
  areaButton: (name: string, n: number) => `${name}, ${n} initiative ${n === 1 ? 'type' : 'types'}`,
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
  nearestTv: 'Nearest CCTV site',
  nearestJobcenter: 'Nearest job centre',
  about: 'About the map',
  aboutTitle: 'About the map and the case',
  language: 'Dansk',
  languageLabel: 'Skift til dansk',
  loading: 'Loading data …',
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
  exportDecision: 'City Council case 2011-40035 · recommended by the committees on 4 and 5 April 2011',
  exportSources:
    'Sources: Københavns Kommune (CC BY 4.0) · © OpenStreetMap (ODbL) · DAGI · Rejseplanen · Noto Sans (OFL). Locations approximate (±100–300 m).',
  aboutDecisions: 'Decisions',
  aboutRemarks: 'Remarks for the record',
  aboutThemes: 'The five themes of the strategy',
  aboutFigures: "The case's figures",
  aboutNotes: 'Data notes',
  aboutCase: 'The case',
  sidebarLabel: 'Legend, gaps and areas',
  skipLink: 'Skip to the area list',
  tableTitle: 'Coverage',
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
  chartTvCaption: (stated: string, sum: string) =>
    `The case states total costs of ${stated} (half from the state, half municipal co-financing), but the site amounts add up to ${sum}. See the data notes under "About the map".`,
  stateShare: "State's share",
  municipalShare: 'Municipal co-financing',
  statedTotal: "Case's stated total",
  siteSum: 'Sum of site amounts',
  total: 'Total',
  sharedNote: (n: number) => `shared by ${n} areas`,
};

export const STRINGS: Record<Lang, Strings> = { da: DA, en: EN };

/** The offline app's update notice (a new deployment is ready; reloading picks it up). */
export const UPDATE_STRINGS: Record<Lang, { ready: string; reload: string }> = {
  da: { ready: 'Ny version', reload: 'Genindlæs' },
  en: { ready: 'New version', reload: 'Reload' },
};
