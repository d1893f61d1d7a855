import { INDSATS_TYPES } from '../data/types';
import { type Derived, gapAreas } from '../derive/derived';
import { effectiveProposals } from '../derive/scenario';
import { gapSummary } from '../i18n/gapText';
import { STRINGS } from '../i18n/strings';
import type { Store, ViewState } from '../state/store';
import { sourcesList } from './aboutPanel';
import { areaContent } from './areaContent';
import { AreaDialog } from './areaDialog';
import { createAreaList } from './areaList';
import { responsiveBudget } from './budgetPanel';
import { CoverageTable, type TableView } from './coverageTable';
import { bringMapIntoView, focusTitleAtTop, h } from './dom';
import { createGapControl } from './gapControl';
import { createLegend } from './legend';
import { wireOutlineImport } from './outlineImport';
import { byId } from './page';
import { wirePlannerActions } from './plannerActions';
import { Presentation } from './presentation';
import { syncPrintNotes } from './printNotes';
import { createScenarioControl } from './scenarioControl';
import { areaFacts } from './stageView';

/**
 * Builds everything around the map: legend, gap mode, search and area list in the sidebar; the area dialog;
 * the coverage table and budget charts below (built later, by the returned `mountDetails`); the "Om kortet" panel; the outline import, whose recomputed
 * derived data the store swaps in. Returns `select`, the one way to open an area, and the parts the map joins.
 */
export function mountPanels(
  d: Derived,
  store: Store,
  /** The page's lifetime (main.ts): aborting it ends every subscription and listener the panels added. */
  signal: AbortSignal,
): {
  select: (id: string, opener: HTMLElement | null) => void;
  presentation: Presentation;
  outlines: ReturnType<typeof wireOutlineImport>;
  /** Builds the table, budget charts and sources below the map, once (later calls do nothing). */
  mountDetails: () => void;
} {
  // Matrix, geography and areas are read from `d` at each use: outlines from a file swap new derived data into it.
  const { data, names } = d;
  const lang = store.state.lang;
  // Without an opener (a permalink's dialog) focus goes to the map, where the area is: the live map's canvas, or
  // the SVG map's box (made focusable from script only).
  const dialog = new AreaDialog(
    lang,
    () => store.update({ area: null }),
    () => {
      const map = byId('map');
      const canvas = map.querySelector('canvas');
      if (canvas) return canvas;
      map.tabIndex = -1;
      return map;
    },
  );
  const content = (id: string) =>
    areaContent(
      id,
      d.data,
      d.matrix,
      d.geography,
      lang,
      effectiveProposals(d.matrix, store.state.proposals)
        .filter((p) => p.area === id)
        .map((p) => p.type),
    );
  const select = (id: string, opener: HTMLElement | null) => {
    // On the projector stage a clicked area shows the stage's fact card, not the desk dialog.
    if (store.state.presentation) return presentation.showFacts([id]);
    bringMapIntoView(byId('map-wrap'));
    dialog.open(id, names[id] ?? id, content(id), opener);
    store.update({ area: id });
  };
  byId('sidebar').append(
    createLegend(store, d, data.areas.length, signal),
    createGapControl(store, d, byId('map-wrap'), signal),
    createScenarioControl(d, store, byId('map-wrap'), signal),
    createAreaList(data.areas, d, store, select, signal),
    h('p', { class: 'sidebar__note' }, STRINGS[lang].approxNote),
  );
  byId('map-wrap').append(dialog.element);
  const exportButton = byId<HTMLButtonElement>('export-button');
  const presentation = new Presentation(
    store,
    data.story,
    byId<HTMLButtonElement>('presentation-button'),
    {
      gapAreas: (types) => gapAreas(d, types),
      facts: (id) => areaFacts(d, id),
    },
    () => exportButton.click(),
  );
  signal.addEventListener('abort', () => presentation.destroy(), { once: true });
  byId('layout').append(presentation.bar);
  byId('map-wrap').append(presentation.legend);
  // "Om kortet" is built on its first opening, from a chunk of its own: its figures' number formatting is slow to
  // start up, and its notes are code the start does not need.
  let about: Promise<HTMLDialogElement> | null = null;
  byId('about-button').addEventListener(
    'click',
    async () => {
      about ??= Promise.all([import('./aboutDialog'), import('../derive/budgets')]).then(
        ([{ createAboutPanel }, { caseChecks }]) =>
          document.body.appendChild(createAboutPanel(data, caseChecks(data, d.matrix), lang)),
      );
      const dialog = await about;
      if (signal.aborted) return;
      dialog.showModal();
      focusTitleAtTop(dialog);
    },
    { signal },
  );
  signal.addEventListener('abort', () => void about?.then((dialog) => dialog.remove()), { once: true });
  // "Om sagen" (its timeline and d3's time scale) is a chunk of its own, built on the first click.
  let caseView: Promise<{ dialog: HTMLDialogElement; open: (dialog: HTMLDialogElement) => void }> | null =
    null;
  byId('case-button').addEventListener(
    'click',
    async () => {
      caseView ??= import('./caseView').then(({ createCaseView, openCaseView }) => {
        const dialog = createCaseView(data, lang);
        document.body.append(dialog);
        return { dialog, open: openCaseView };
      });
      const { dialog, open } = await caseView;
      if (!signal.aborted) open(dialog);
    },
    { signal },
  );
  store.subscribe((s, prev) => {
    // An open dialog shows the area's recomputed geography at once.
    if ((s.outlines !== prev.outlines || s.proposals !== prev.proposals) && dialog.isOpen && s.area)
      dialog.refresh(content(s.area));
  }, signal);
  /**
   * The coverage table, the budget charts and the sources below the map: built once, by `mountDetails` — after the
   * map's first idle (main.ts), or sooner when the page is scrolled or printed — so that their DOM, layout and
   * charts do not compete with the map's start on the main thread. Nothing of them is on screen before that: they
   * sit below the map, so filling them shifts nothing in view.
   */
  let buildDetails: (() => void) | null = () => {
    const table = new CoverageTable({ ...d, lang, onSelect: select });
    byId('details').append(
      table.element,
      responsiveBudget(data, lang),
      h(
        'section',
        { class: 'sources', 'aria-labelledby': 'sources-title' },
        h('h2', { id: 'sources-title' }, STRINGS[lang].attributionTitle),
        ...sourcesList(lang),
      ),
    );
    // The table follows selection and gap mode only, not every camera move that also updates the store.
    table.setSelected(store.state.area);
    const tableView = (s: ViewState): TableView => {
      const gap = gapSummary(
        { data: d.data, matrix: d.matrix, names, proposals: s.proposals },
        INDSATS_TYPES.filter((t) => s.gaps.has(t)),
        lang,
      );
      return { shown: gap?.ids ?? null, gapSentence: gap?.sentence ?? null, proposals: s.proposals };
    };
    table.setView(tableView(store.state));
    store.subscribe((s, prev) => {
      if (s.area !== prev.area) table.setSelected(s.area);
      if (s.outlines !== prev.outlines) table.setData(d);
      if (s.gaps !== prev.gaps || s.proposals !== prev.proposals) table.setView(tableView(s));
    }, signal);
  };
  const mountDetails = () => {
    const build = buildDetails;
    buildDetails = null;
    window.removeEventListener('scroll', mountDetails);
    window.removeEventListener('beforeprint', mountDetails);
    build?.();
  };
  window.addEventListener('scroll', mountDetails, { passive: true, signal });
  window.addEventListener('beforeprint', mountDetails, { signal });
  wirePlannerActions(
    d,
    store,
    {
      download: byId('download'),
      downloadButton: byId('download-button'),
      downloadPanel: byId('download-panel'),
      copyButton: byId('copy-link-button'),
      copyStatus: byId('copy-status'),
      alert: byId('alert'),
    },
    signal,
  );
  syncPrintNotes(
    d,
    store,
    {
      head: byId('print-head'),
      legend: byId('print-legend'),
      notes: byId('print-notes'),
      credits: byId('print-credits'),
      more: byId('print-more'),
    },
    signal,
  );
  if (store.state.area) select(store.state.area, null);
  // Outlines from a file: the store swaps the recomputed derived data into `d` (this session only).
  const outlines = wireOutlineImport(
    d,
    lang,
    (next) => store.swapDerived(d, next),
    {
      button: byId('outline-button'),
      input: byId('outline-file'),
      dropTarget: byId('map-wrap'),
    },
    signal,
  );
  return { select, presentation, outlines, mountDetails };
}
