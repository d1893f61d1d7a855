import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { type Proposal, proposalKey } from '../derive/scenario';
import { LANGS } from '../i18n/format';
import { type Camera, DEFAULT_STATE, type ViewState } from './store';

/** Query parameters of the permalink. */
const PARAM = {
  lang: 'lang',
  area: 'omraade',
  visible: 'vis',
  gaps: 'huller',
  camera: 'kort',
  presentation: 'praesentation',
  step: 'trin',
  proposals: 'forslag',
} as const;
/** Highest story step a URL may ask for; the app clamps to the story's real length. */
const MAX_STEP = 99;
const NONE = 'ingen';
/** Camera bounds accepted from a URL: around Copenhagen, zoom 8–17. */
const CAMERA_LIMITS = { lon: [12.2, 12.9], lat: [55.45, 55.9], zoom: [8, 17] } as const;

const within = (v: number, [lo, hi]: readonly [number, number]) => Number.isFinite(v) && v >= lo && v <= hi;

function parseTypes(value: string, bad: string[], key: string): Set<IndsatsType> | null {
  if (value === NONE) return new Set();
  const parts = value.split(',').filter(Boolean);
  const types = parts.filter((p): p is IndsatsType => (INDSATS_TYPES as readonly string[]).includes(p));
  if (types.length !== parts.length) bad.push(`${key}=${value}`);
  return types.length > 0 ? new Set(types) : null;
}

function parseCamera(value: string, bad: string[]): Camera | null {
  const [lon, lat, zoom] = value.split(',').map(Number);
  if (lon === undefined || lat === undefined || zoom === undefined) {
    bad.push(`${PARAM.camera}=${value}`);
    return null;
  }
  const ok =
    within(lon, CAMERA_LIMITS.lon) && within(lat, CAMERA_LIMITS.lat) && within(zoom, CAMERA_LIMITS.zoom);
  if (!ok) bad.push(`${PARAM.camera}=${value}`);
  return ok ? { lon, lat, zoom } : null;
}

/** "jobcentre:bispeparken,…" as proposals; unknown types or areas are dropped and reported once. */
function parseProposals(value: string, areaIds: readonly string[], bad: string[]): Proposal[] {
  const kept: Proposal[] = [];
  for (const part of value.split(',').filter(Boolean)) {
    const [type, area, rest] = part.split(':');
    const known = (INDSATS_TYPES as readonly string[]).includes(type ?? '');
    if (known && area && areaIds.includes(area) && rest === undefined)
      kept.push({ type: type as IndsatsType, area });
    else bad.push(`${PARAM.proposals}=${part}`);
  }
  return kept;
}

/**
 * The view a URL's query asks for. Unknown or malformed values are dropped (the default stands) and listed in
 * `ignored`, so the app can say so once; nothing here throws.
 */
export function parsePermalink(
  search: string,
  areaIds: readonly string[],
): { state: ViewState; ignored: string[] } {
  const q = new URLSearchParams(search);
  const bad: string[] = [];
  const state: ViewState = { ...DEFAULT_STATE };
  const lang = q.get(PARAM.lang);
  if (lang !== null) {
    const known = LANGS.find((l) => l === lang);
    if (known) state.lang = known;
    else bad.push(`${PARAM.lang}=${lang}`);
  }
  const area = q.get(PARAM.area);
  if (area !== null) {
    if (areaIds.includes(area)) state.area = area;
    else bad.push(`${PARAM.area}=${area}`);
  }
  const visible = q.get(PARAM.visible);
  if (visible !== null) state.visible = parseTypes(visible, bad, PARAM.visible) ?? DEFAULT_STATE.visible;
  const gaps = q.get(PARAM.gaps);
  if (gaps !== null) state.gaps = parseTypes(gaps, bad, PARAM.gaps) ?? DEFAULT_STATE.gaps;
  const camera = q.get(PARAM.camera);
  if (camera !== null) state.camera = parseCamera(camera, bad);
  const presentation = q.get(PARAM.presentation);
  if (presentation !== null) {
    if (presentation === '1') state.presentation = true;
    else bad.push(`${PARAM.presentation}=${presentation}`);
  }
  const step = q.get(PARAM.step);
  if (step !== null) {
    const n = Number(step);
    if (state.presentation && Number.isInteger(n) && n >= 1 && n <= MAX_STEP) state.step = n;
    else bad.push(`${PARAM.step}=${step}`);
  }
  if (state.presentation && state.step === null) state.step = 1;
  const proposals = q.get(PARAM.proposals);
  if (proposals !== null) state.proposals = parseProposals(proposals, areaIds, bad);
  return { state, ignored: bad };
}

/**
 * The camera a URL's query asks for (`kort=`), or null: it needs no data, so the map can start with it before the
 * data is in. The rest of the view state, whose area and proposals are checked against the area ids, waits.
 */
export const permalinkCamera = (search: string): Camera | null => parsePermalink(search, []).state.camera;

/** The query string (with "?", or "" for the default view) that restores `state`. */
export function permalinkQuery(state: ViewState): string {
  const q = new URLSearchParams();
  if (state.lang !== DEFAULT_STATE.lang) q.set(PARAM.lang, state.lang);
  if (state.area) q.set(PARAM.area, state.area);
  if (state.visible.size !== INDSATS_TYPES.length) {
    q.set(
      PARAM.visible,
      state.visible.size === 0 ? NONE : INDSATS_TYPES.filter((t) => state.visible.has(t)).join(','),
    );
  }
  if (state.gaps.size > 0) q.set(PARAM.gaps, INDSATS_TYPES.filter((t) => state.gaps.has(t)).join(','));
  if (state.camera) {
    const { lon, lat, zoom } = state.camera;
    q.set(PARAM.camera, `${lon.toFixed(5)},${lat.toFixed(5)},${zoom.toFixed(2)}`);
  }
  if (state.presentation) q.set(PARAM.presentation, '1');
  if (state.presentation && state.step !== null) q.set(PARAM.step, String(state.step));
  if (state.proposals.length > 0) q.set(PARAM.proposals, state.proposals.map(proposalKey).join(','));
  const s = q.toString();
  return s ? `?${s}` : '';
}
