import { INDSATS_TYPES } from '../data/types';
import { areasPerTypeSplit } from '../derive/coverage';
import type { Derived } from '../derive/derived';
import { effectiveProposals } from '../derive/scenario';
import { viewNotes } from '../i18n/gapText';
import { STAGE_STRINGS } from '../i18n/stageStrings';
import { STRINGS } from '../i18n/strings';
import type { MapHandle } from '../map/createMap';
import type { Store, ViewState } from '../state/store';
import { showError } from './alert';
import { byId } from './page';
import { gapTypeNames } from './stageView';

/** Resolution of the exported PNG relative to CSS pixels: twice the device pixel ratio. */
const exportScale = () => 2 * (window.devicePixelRatio || 1);
/** Resolution of the printed map: enough for 300 dpi-ish on A4. */
const PRINT_SCALE = 2;

/**
 * Wires "Gem som PNG" (download of map, rings, legend, title, decision date and sources) and "Udskriv" (the
 * same picture placed in the print layout, then the browser's print). Both draw from a fresh map snapshot.
 */
export function wireMapActions(
  map: MapHandle,
  store: Store,
  d: Derived,
  /** On the projector stage: the step's title and gap line in words (null outside presentation). */
  stageCaption: () => { title: string; gapLine: string | null } | null = () => null,
): void {
  const counts = areasPerTypeSplit(d.matrix);
  const compose = async (scale: number) => {
    const [{ composeExport }, snap] = await Promise.all([import('./exportPng'), map.snapshot(scale)]);
    const caption = store.state.presentation ? stageCaption() : null;
    return composeExport({
      stage: caption ? { ...caption, items: map.stageItems() } : undefined,
      gapNote: gapNoteInWords(store),
      lang: store.state.lang,
      mapImage: snap.image,
      width: snap.width,
      height: snap.height,
      scale,
      markers: snap.markers,
      counts,
      total: d.data.areas.length,
      visible: store.state.visible,
      ...plannerNotes(d, store.state),
    });
  };
  const exportButton = byId<HTMLButtonElement>('export-button');
  const printButton = byId<HTMLButtonElement>('print-button');
  const run = (button: HTMLButtonElement, task: () => Promise<void>) => async () => {
    button.disabled = true;
    document.body.dataset.export = 'busy';
    try {
      await task();
      document.body.dataset.export = 'done';
    } catch (e) {
      document.body.dataset.export = 'error';
      showError(byId('alert'), button.textContent ?? '', e);
    } finally {
      button.disabled = false;
    }
  };
  exportButton.addEventListener(
    'click',
    run(exportButton, async () => {
      const [{ download }, blob] = await Promise.all([import('./exportPng'), compose(exportScale())]);
      download(blob, 'indsatskort.png');
    }),
  );
  printButton.addEventListener(
    'click',
    run(printButton, async () => {
      await preparePrint(await compose(PRINT_SCALE));
      window.print();
    }),
  );
  for (const b of [exportButton, printButton]) b.disabled = false;
}

/** The desk's gap note naming the initiatives ("ikke omfattet af NV arbejdsmarked og Jobcentre"), if any. */
function gapNoteInWords(store: Store): string | undefined {
  const { gaps, lang } = store.state;
  if (gaps.size === 0) return undefined;
  return STAGE_STRINGS[lang].gapNote(
    gapTypeNames(
      INDSATS_TYPES.filter((t) => gaps.has(t)),
      lang,
    ),
  );
}

/** The scenario title and the lines naming proposals and the gap, for the picture (empty for the plain view). */
function plannerNotes(d: Derived, s: ViewState): { titlePrefix?: string; notes: string[] } {
  const types = INDSATS_TYPES.filter((t) => s.gaps.has(t));
  const notes = viewNotes({ ...d, proposals: s.proposals }, types, s.lang);
  const scenario = effectiveProposals(d.matrix, s.proposals).length > 0;
  return scenario ? { titlePrefix: STRINGS[s.lang].scenarioTitle, notes } : { notes };
}

/** Puts the composed picture into the print-only figure (replacing any earlier one). */
async function preparePrint(blob: Blob): Promise<void> {
  const img = byId<HTMLImageElement>('print-map');
  const old = img.src;
  img.src = URL.createObjectURL(blob);
  await img.decode();
  if (old.startsWith('blob:')) URL.revokeObjectURL(old);
}
