import { INDSATS_TYPES } from '../data/types';
import type { Derived } from '../derive/derived';
import { effectiveProposals } from '../derive/scenario';
import type { FileContext } from '../files/exportFiles';
import { STRINGS } from '../i18n/strings';
import { permalinkQuery } from '../state/permalink';
import type { Store, ViewState } from '../state/store';
import { showError } from './alert';
import { h, offerDownload } from './dom';

/** How long the "link copied" message stays, in milliseconds. */
const STATUS_MS = 6000;

/** The full address that restores `state`. */
export const permalinkUrl = (state: ViewState): string =>
  `${window.location.origin}${window.location.pathname}${permalinkQuery(state)}`;

/** The view's file context: language, gap mode's types in type order, proposals, today's date. */
export const fileContext = (state: ViewState): FileContext => ({
  lang: state.lang,
  gaps: INDSATS_TYPES.filter((t) => state.gaps.has(t)),
  proposals: state.proposals,
  date: new Date().toISOString().slice(0, 10),
});

/** Offers text as a file download. */
export function saveText(text: string, fileName: string, type: string): void {
  offerDownload(new Blob([text], { type }), fileName);
}

/**
 * "Hent data" (a disclosure with the coverage CSV, the areas GeoJSON and the initiatives CSV, each reflecting
 * gap mode and the scenario) and "Kopiér link" (the permalink to the clipboard, announced in a live region).
 */
export function wirePlannerActions(
  d: Derived,
  store: Store,
  /** The page's elements these actions use (index.html's, looked up by the caller). */
  el: {
    download: HTMLElement;
    downloadButton: HTMLButtonElement;
    downloadPanel: HTMLElement;
    copyButton: HTMLButtonElement;
    copyStatus: HTMLElement;
    alert: HTMLElement;
  },
  /** The page's lifetime: aborting it ends the listeners on these elements. */
  signal: AbortSignal,
): void {
  const t = STRINGS[store.state.lang];
  const { downloadButton: toggle, downloadPanel: panel, copyButton: copy, copyStatus: status } = el;
  toggle.textContent = t.downloadData;
  // The file writers (and d3-dsv) are a chunk of their own, fetched when the panel is first opened.
  const writers = () => import('../files/exportFiles');
  const files = [
    { label: t.downloadCoverage, key: 'coverage', write: 'coverageCsv', type: 'text/csv;charset=utf-8' },
    { label: t.downloadAreas, key: 'areas', write: 'areasGeoJson', type: 'application/geo+json' },
    {
      label: t.downloadInitiatives,
      key: 'initiatives',
      write: 'initiativesCsv',
      type: 'text/csv;charset=utf-8',
    },
  ] as const;
  const buttons = files.map((f) => {
    const b = h('button', { type: 'button', 'data-file': f.key }, f.label);
    b.addEventListener('click', async () => {
      const s = store.state;
      const w = await writers();
      const scenario = effectiveProposals(d.matrix, s.proposals).length > 0;
      const name = w.fileNames(d.data.caseInfo.sag_nr, scenario, s.gaps.size > 0)[f.key];
      saveText(w[f.write](d, fileContext(s)), name, f.type);
    });
    return h('li', {}, b);
  });
  panel.replaceChildren(h('ul', {}, ...buttons), h('p', { class: 'download__hint' }, t.downloadHint));
  const setOpen = (open: boolean) => {
    if (open) void writers();
    panel.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(panel.hidden), { signal });
  el.download.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && !panel.hidden) {
        // Only the list: in the header Menu one Escape folded the list and closed the Menu too (helper-33).
        e.stopPropagation();
        setOpen(false);
        toggle.focus();
      }
    },
    { signal },
  );

  let timer = 0;
  copy.textContent = t.copyLink;
  copy.addEventListener(
    'click',
    async () => {
      try {
        await navigator.clipboard.writeText(permalinkUrl(store.state));
        status.textContent = t.linkCopied;
        clearTimeout(timer);
        timer = window.setTimeout(() => {
          status.textContent = '';
        }, STATUS_MS);
      } catch (e) {
        showError(el.alert, t.linkCopyFailed, e);
      }
    },
    { signal },
  );
}
