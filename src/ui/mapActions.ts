import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { Derived } from '../derive/derived';
import { effectiveProposals, typeCounts } from '../derive/scenario';
import { fileNames } from '../files/fileNames';
import { countLabel, viewNotes } from '../i18n/gapText';
import { STRINGS } from '../i18n/strings';
import type { MapHandle } from '../map/createMap';
import type { Store, ViewState } from '../state/store';
import { showError } from './alert';
import { offerDownload } from './dom';
import type { StageCaption } from './presentation';

/** Resolution of the exported PNG relative to CSS pixels: twice the device pixel ratio. */
const exportScale = () => 2 * (window.devicePixelRatio || 1);
/** Resolution of the printed map: enough for 300 dpi-ish on A4. */
const PRINT_SCALE = 2;

type Exporter = typeof import('./exportPng');
type Snapshot = Awaited<ReturnType<MapHandle['snapshot']>>;

/**
 * Wires "Gem som PNG" (download of map, rings, legend, title, decision date and sources) and "Udskriv" (the map
 * with its rings drawn into the print page, whose texts are HTML, then the browser's print). Both draw from a
 * fresh map snapshot. The browser's own print (Ctrl+P, its menu) draws the same map picture at once on
 * `beforeprint` (or the print media query), unless "Udskriv" has just drawn it for the same view.
 */
export function wireMapActions(
  map: MapHandle,
  store: Store,
  d: Derived,
  /** The page's elements these actions use (index.html's, looked up by the caller). */
  el: {
    exportButton: HTMLButtonElement;
    printButton: HTMLButtonElement;
    printCanvas: HTMLCanvasElement;
    alert: HTMLElement;
  },
  /** The page's lifetime: aborting it ends the subscription and the window and button listeners. */
  signal: AbortSignal,
  /** On the projector stage: the step's title, gap line in words, words and legend (null outside presentation). */
  stageCaption: (map: HTMLElement) => StageCaption | null = () => null,
): void {
  const total = d.data.areas.length;
  const input = (snap: Snapshot, scale: number) => {
    const caption = store.state.presentation ? stageCaption(map.map.getContainer()) : null;
    const counts = typeCounts(d.matrix, store.state.proposals);
    return {
      stage: caption
        ? {
            ...caption,
            items: map.stageItems(),
            labelFont: map.stageLabelFont(),
            labelSize: map.stageLabelSize(),
          }
        : undefined,
      lang: store.state.lang,
      mapImage: snap.image,
      width: snap.width,
      height: snap.height,
      scale,
      markers: snap.markers,
      counts: Object.fromEntries(
        INDSATS_TYPES.map((t) => [t, countLabel(counts[t], total, store.state.lang)]),
      ) as Record<IndsatsType, string>,
      proposed: INDSATS_TYPES.filter((t) => counts[t].proposed > 0),
      visible: store.state.visible,
      ...plannerNotes(d, store.state),
    };
  };
  const compose = async (scale: number) => {
    const [{ composeExport }, snap] = await Promise.all([import('./exportPng'), map.snapshot(scale)]);
    return composeExport(input(snap, scale));
  };
  const { printCanvas, exportButton, printButton } = el;
  let exporter: Exporter | null = null;
  /** The view "Udskriv" drew the print picture for; the browser's print then keeps that picture. */
  let printedFor: ViewState | null = null;
  const drawPrintNow = () => {
    if (!exporter || store.state === printedFor) return;
    exporter.drawMapPictureNow(printCanvas, input(map.snapshotNow(PRINT_SCALE), PRINT_SCALE));
    printCanvas.dataset.drawn = 'now';
  };
  keepPrintMapSize(map.map.getContainer(), signal);
  wireBrowserPrint(
    drawPrintNow,
    () => {
      printedFor = null;
    },
    signal,
  );
  // The print path must not wait: load the composer and decode the rings' pictures while the map rests.
  const warm = () => exporter?.warmImages(map.ringSvgs());
  map.map.once('idle', () => {
    void import('./exportPng').then((m) => {
      exporter = m;
      warm();
    });
  });
  map.map.on('idle', warm);
  signal.addEventListener('abort', () => map.map.off('idle', warm), { once: true });
  store.subscribe(() => setTimeout(warm, WARM_DELAY_MS), signal);
  const run = (button: HTMLButtonElement, task: () => Promise<void>) => async () => {
    button.disabled = true;
    document.body.dataset.export = 'busy';
    try {
      await task();
      document.body.dataset.export = 'done';
    } catch (e) {
      document.body.dataset.export = 'error';
      showError(el.alert, button.textContent ?? '', e);
    } finally {
      button.disabled = false;
    }
  };
  exportButton.addEventListener(
    'click',
    run(exportButton, async () => {
      offerDownload(await compose(exportScale()), pictureName(d, store.state));
    }),
    { signal },
  );
  printButton.addEventListener(
    'click',
    run(printButton, async () => {
      const [m, snap] = await Promise.all([import('./exportPng'), map.snapshot(PRINT_SCALE)]);
      exporter = m;
      await m.drawMapPictureReady(printCanvas, input(snap, PRINT_SCALE));
      printCanvas.dataset.drawn = 'ready';
      printedFor = store.state;
      window.print();
    }),
    { signal },
  );
  for (const b of [exportButton, printButton]) b.disabled = false;
}

/** The scenario title and the lines naming proposals and the gap, for the picture (empty for the plain view). */
function plannerNotes(d: Derived, s: ViewState): { titlePrefix?: string; notes: string[] } {
  const types = INDSATS_TYPES.filter((t) => s.gaps.has(t));
  const notes = viewNotes({ ...d, proposals: s.proposals }, types, s.lang);
  const scenario = effectiveProposals(d.matrix, s.proposals).length > 0;
  return scenario ? { titlePrefix: STRINGS[s.lang].scenarioTitle, notes } : { notes };
}

/**
 * Tells the print CSS the map's screen size (`--print-map-width` / `--print-map-height` on the root), so the
 * live map keeps that size, off the page, while the print media query applies: a print picture drawn then (the
 * browser may apply print styles before 'beforeprint') shows the same map, never a hidden, collapsed one.
 */
function keepPrintMapSize(container: HTMLElement, signal: AbortSignal): void {
  const root = document.documentElement.style;
  const print = window.matchMedia('print');
  const record = () => {
    const { clientWidth: w, clientHeight: h } = container;
    if (print.matches || w === 0 || h === 0) return;
    root.setProperty('--print-map-width', `${w}px`);
    root.setProperty('--print-map-height', `${h}px`);
  };
  // The observer's first call comes with the first layout, so reading the size forces no layout of its own.
  const observer = new ResizeObserver(record);
  observer.observe(container);
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/** Waits this long after a view change before decoding the new rings' pictures (ms). */
const WARM_DELAY_MS = 150;

/**
 * "indsatskort-kort-2011-40035.png", with "-huller" in gap mode and "-scenarie" while proposals exist; a stage
 * step's picture says which ("indsatskort-trin-7-2011-40035.png"), so a hand-out of several steps keeps them apart.
 */
function pictureName(d: Derived, s: ViewState): string {
  const name = fileNames(
    d.data.caseInfo.sag_nr,
    effectiveProposals(d.matrix, s.proposals).length > 0,
    s.gaps.size > 0 && !s.presentation,
  ).picture;
  return s.presentation && s.step !== null ? name.replace('-kort-', `-trin-${s.step}-`) : name;
}

/**
 * Runs `before` once when the browser is about to print (`beforeprint`, or the print media query turning on,
 * whichever comes first) and `after` once when it is done.
 */
function wireBrowserPrint(before: () => void, after: () => void, signal: AbortSignal): void {
  let printing = false;
  const start = () => {
    if (printing) return;
    printing = true;
    before();
  };
  const end = () => {
    if (!printing) return;
    printing = false;
    after();
  };
  window.addEventListener('beforeprint', start, { signal });
  window.addEventListener('afterprint', end, { signal });
  window.matchMedia('print').addEventListener('change', (e) => (e.matches ? start() : end()), { signal });
}
