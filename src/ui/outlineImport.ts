import type { GeoJSONSource } from 'maplibre-gl';
import type { Derived } from '../derive/derived';
import { areaPlaces, areaShapes } from '../derive/mapFeatures';
import type { OutlineImport } from '../derive/outlines';
import type { Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import type { MapHandle } from '../map/createMap';
import { OUTLINE_SOURCE } from '../style/mapStyle';
import { h } from './dom';

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
  let last: { imp: OutlineImport; view: typeof import('./outlineReport') } | null = null;
  const { button, input, dropTarget: target } = el;
  button.textContent = t.outlineButton;
  button.title = t.outlineButtonLabel;
  const dialog = h('dialog', { class: 'about outline-import', 'aria-labelledby': 'outline-title' });
  document.body.append(dialog);
  signal.addEventListener('abort', () => dialog.remove(), { once: true });
  const draw = () => {
    if (!map || !last) return;
    const source = map.map.getSource(OUTLINE_SOURCE) as GeoJSONSource | undefined;
    source?.setData(last.view.outlineFeatures(last.imp, t.outlineFrom(last.imp.fileName)));
    map.setAreas(areaPlaces(d.data, d.matrix), areaShapes(d.data));
  };
  const load = async (file: File) => {
    document.body.dataset.outlines = 'busy';
    // The validator, proj4 and the report are loaded only when a file comes (they would double the initial app
    // code).
    const [o, view, text] = await Promise.all([
      import('../derive/outlines'),
      import('./outlineReport'),
      file.text(),
    ]);
    const imp = o.importOutlines(text, file.name, committed.areas);
    const { next, body, fileText } = view.report(committed, imp, lang, o);
    if (next) {
      last = { imp, view };
      onDerived(next);
      draw();
    }
    const saveButton = h('button', { type: 'button', class: 'outline-import__save' }, t.outlineSave);
    saveButton.disabled = imp.matches.length === 0;
    saveButton.addEventListener('click', () => view.save(fileText));
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
