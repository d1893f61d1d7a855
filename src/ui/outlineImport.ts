import type { GeoJSONSource } from 'maplibre-gl';
import type { Dataset } from '../data/validate';
import { type Derived, deriveWithOutlines } from '../derive/derived';
import { areaPlaces, areaShapes } from '../derive/mapFeatures';
import type { OutlineImport } from '../derive/outlines';
import { formatDistance, type Lang } from '../i18n/format';
import { outlinePrecision, outlineProblemText, unmatchedReason } from '../i18n/outlineText';
import { STRINGS } from '../i18n/strings';
import type { MapHandle } from '../map/createMap';
import { OUTLINE_SOURCE } from '../style/mapStyle';
import { h, offerDownload } from './dom';

/** The `$schema` of a downloaded areas.geojson, as it sits in geo/case/. */
const AREAS_SCHEMA = '../schema/areas.schema.json';

/** The outlines of a file as the map draws them, each labelled with the file it came from. */
export function outlineFeatures(imp: OutlineImport, label: string): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: imp.matches.map((m) => ({
      type: 'Feature',
      properties: { id: m.areaId, label },
      geometry: m.geometry,
    })),
  };
}

function save(text: string): void {
  offerDownload(new Blob([text], { type: 'application/geo+json' }), 'areas.geojson');
}

/**
 * The outcome of a file: the derived data recomputed from the committed data with its outlines (null when nothing
 * matched), and the dialog body listing matched areas with that geography, unmatched features and problems.
 */
function report(
  committed: Dataset,
  imp: OutlineImport,
  lang: Lang,
  o: typeof import('../derive/outlines'),
): { next: Derived | null; body: HTMLElement[]; fileText: string } {
  const t = STRINGS[lang];
  const areas = o.mergeOutlines(committed.areas, imp, outlinePrecision);
  const areaIds = imp.matches.map((m) => m.areaId);
  const next = deriveWithOutlines(committed, areas, { fileName: imp.fileName, areaIds });
  const geo = next.geography;
  const pct = (x: number) =>
    new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { style: 'percent' }).format(x);
  const zoneName = (id: string | null) =>
    committed.zones.find((z) => z.properties.id === id)?.properties.navn ?? '–';
  const list = (items: HTMLElement[]) =>
    items.length > 0 ? h('ul', {}, ...items) : h('p', {}, t.outlineNone);
  const matched = imp.matches.map((m) => {
    const g = geo[m.areaId];
    const bydel = g?.bydel ?? '–';
    const share = g?.bydelShare ?? null;
    return h(
      'li',
      { 'data-area': m.areaId },
      h('strong', {}, next.names[m.areaId] ?? m.areaId),
      ` – ${t.outlineFrom(imp.fileName)} (${t.outlineFeature(m.feature)}, ${t.outlineMatchedBy(m.matchedBy)}). `,
      `${t.bydel}: ${bydel}${share === null ? '' : ` (${t.largestOverlap(pct(share))})`}; `,
      `Hotspot: ${zoneName(g?.hotspotZone ?? null)}; `,
      `${t.nearestTv}: ${g?.nearestTvM == null ? '–' : formatDistance(g.nearestTvM, lang)} `,
      h('span', { class: 'derived' }, `(${t.derivedFromFile(imp.fileName)})`),
    );
  });
  const unmatched = imp.unmatched.map((u) =>
    h(
      'li',
      { 'data-feature': u.feature },
      `${t.outlineFeature(u.feature)} «${u.label || '?'}»: `,
      unmatchedReason(u.reason, lang, next.names),
    ),
  );
  const problems = imp.problems.map((p) =>
    h(
      'li',
      { 'data-feature': p.feature ?? '' },
      `${p.feature === null ? t.outlineFile : t.outlineFeature(p.feature)}: `,
      h('code', {}, p.path || '–'),
      ': ',
      // check-geojson speaks English; JSON.parse and valibot's messages are worded by the app.
      h('span', p.source === 'geojson' ? { lang: 'en' } : {}, outlineProblemText(p, lang)),
    ),
  );
  return {
    body: [
      h('p', {}, t.outlineCrs(imp.crs)),
      h('h3', {}, t.outlineMatched(matched.length)),
      list(matched),
      h('h3', {}, t.outlineUnmatched(unmatched.length)),
      h('div', { class: 'outline-import__unmatched' }, list(unmatched)),
      h('h3', {}, t.outlineProblems(problems.length)),
      h('div', { class: 'outline-import__problems' }, list(problems)),
      h('p', { class: 'outline-import__note' }, areaIds.length > 0 ? t.outlineApplied : t.outlineNotApplied),
      h('p', { class: 'outline-import__note' }, t.outlineLocal),
    ],
    next: areaIds.length > 0 ? next : null,
    fileText: o.areasFileText(areas, AREAS_SCHEMA),
  };
}

/**
 * "Indlæs afgrænsninger": a file button and a drop target on the map. The file is read in the page (never sent),
 * checked and matched (derive/outlines.ts) against the committed areas; the derived data recomputed from its
 * outlines goes to `onDerived` (the composition root swaps it in, so table, dialog, legend and gap mode follow);
 * the map draws the outlines labelled "fra fil: …" and moves each area's ring to its outline; a dialog lists
 * matched areas with their recomputed geography, unmatched features and every problem, with "Gem som
 * areas.geojson". Returns `attachMap`, called once the map exists (the dialog works without a map).
 */
export function wireOutlineImport(
  d: Derived,
  lang: Lang,
  onDerived: (next: Derived) => void,
  /** The page's elements it uses (index.html's, looked up by the caller): the file button and input, the drop target. */
  el: { button: HTMLButtonElement; input: HTMLInputElement; dropTarget: HTMLElement },
  /** The page's lifetime: aborting it ends the listeners on these elements and removes the dialog. */
  signal: AbortSignal,
): { attachMap(map: MapHandle): void } {
  const t = STRINGS[lang];
  /** The data as committed: every file is matched and recomputed against it, never against an earlier file's. */
  const committed = d.data;
  let map: MapHandle | null = null;
  let last: OutlineImport | null = null;
  const { button, input, dropTarget: target } = el;
  button.textContent = t.outlineButton;
  button.title = t.outlineButtonLabel;
  const dialog = h('dialog', { class: 'about outline-import', 'aria-labelledby': 'outline-title' });
  document.body.append(dialog);
  signal.addEventListener('abort', () => dialog.remove(), { once: true });
  const draw = () => {
    if (!map || !last) return;
    const source = map.map.getSource(OUTLINE_SOURCE) as GeoJSONSource | undefined;
    source?.setData(outlineFeatures(last, t.outlineFrom(last.fileName)));
    map.setAreas(areaPlaces(d.data, d.matrix), areaShapes(d.data));
  };
  const load = async (file: File) => {
    document.body.dataset.outlines = 'busy';
    // The validator and proj4 are loaded only when a file comes (they would double the initial app code).
    const [o, text] = await Promise.all([import('../derive/outlines'), file.text()]);
    const imp = o.importOutlines(text, file.name, committed.areas);
    const { next, body, fileText } = report(committed, imp, lang, o);
    if (next) {
      last = imp;
      onDerived(next);
      draw();
    }
    const saveButton = h('button', { type: 'button', class: 'outline-import__save' }, t.outlineSave);
    saveButton.disabled = imp.matches.length === 0;
    saveButton.addEventListener('click', () => save(fileText));
    const close = h('button', { type: 'button', class: 'about__close' }, t.close);
    close.addEventListener('click', () => dialog.close());
    dialog.replaceChildren(
      h('h2', { id: 'outline-title' }, t.outlineTitle(imp.fileName)),
      ...body,
      saveButton,
      close,
    );
    if (!dialog.open) dialog.showModal();
    document.body.dataset.outlines = imp.matches.length > 0 ? 'done' : 'none';
  };
  button.addEventListener('click', () => input.click(), { signal });
  input.addEventListener(
    'change',
    () => {
      const file = input.files?.[0];
      if (file) void load(file);
      input.value = '';
    },
    { signal },
  );
  target.addEventListener(
    'dragover',
    (e) => {
      e.preventDefault();
      target.classList.add('map-wrap--drop');
    },
    { signal },
  );
  target.addEventListener('dragleave', () => target.classList.remove('map-wrap--drop'), { signal });
  target.addEventListener(
    'drop',
    (e) => {
      e.preventDefault();
      target.classList.remove('map-wrap--drop');
      const file = e.dataTransfer?.files[0];
      if (file) void load(file);
    },
    { signal },
  );
  return {
    attachMap(m) {
      map = m;
      draw();
    },
  };
}
