import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { Derived, SessionOutlines } from '../derive/derived';
import type { Proposal } from '../derive/scenario';
import type { Lang } from '../i18n/format';

/** Camera as the URL holds it: centre (lon, lat) and zoom. */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** Everything a permalink restores, and the session's outlines from a file (which it does not). */
export interface ViewState {
  lang: Lang;
  /** The selected area's id, or null. */
  area: string | null;
  /** Types whose layers and ring segments are shown. */
  visible: ReadonlySet<IndsatsType>;
  /** Gap mode: the types whose non-reached areas are marked; empty = off. */
  gaps: ReadonlySet<IndsatsType>;
  /** Null until the map reports one, or when the URL gives none (then the first view fits all areas). */
  camera: Camera | null;
  /** Presentation mode (projector theme, guided story). */
  presentation: boolean;
  /** Story step, 1-based, while presenting; null otherwise. */
  step: number | null;
  /** The planner's proposed initiatives ("Hvad nu hvis"); never part of the case's data. */
  proposals: readonly Proposal[];
  /**
   * The outlines from a file that the derived data was recomputed from this session, or null (the committed data).
   * A new object for each file (even one of the same name). Never in the URL: a reload returns to the committed data.
   */
  outlines: SessionOutlines | null;
}

export const DEFAULT_STATE: ViewState = {
  lang: 'da',
  area: null,
  visible: new Set(INDSATS_TYPES),
  gaps: new Set(),
  camera: null,
  presentation: false,
  step: null,
  proposals: [],
  outlines: null,
};

type Listener = (state: ViewState, previous: ViewState) => void;

/** The one place view state changes; widgets subscribe and redraw what concerns them. */
export class Store {
  #state: ViewState;
  #listeners: Listener[] = [];

  constructor(initial: ViewState) {
    this.#state = initial;
  }

  get state(): ViewState {
    return this.#state;
  }

  /** Applies a change and tells every listener, with the state before it. */
  update(patch: Partial<ViewState>): void {
    const previous = this.#state;
    this.#state = { ...previous, ...patch };
    for (const listener of this.#listeners) listener(this.#state, previous);
  }

  /**
   * Swaps new derived data (recomputed from outlines brought in from a file) into `target`, the one object every
   * widget reads, and tells every listener: `outlines` names the file and its areas, and `gaps` is a new set (as a proposal
   * change makes it) so every gap view recomputes through its existing subscription. For this session only.
   */
  swapDerived(target: Derived, next: Derived): void {
    Object.assign(target, next);
    this.update({ outlines: next.outlines, gaps: new Set(this.#state.gaps) });
  }

  /**
   * Calls `listener` on every change until the returned function is called or `signal` aborts (as with
   * `addEventListener`'s `signal` option), so a widget torn down leaves no listener behind.
   */
  subscribe(listener: Listener, signal?: AbortSignal): () => void {
    const stop = () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener);
    };
    if (signal?.aborted) return stop;
    this.#listeners.push(listener);
    signal?.addEventListener('abort', stop, { once: true });
    return stop;
  }

  /** How many listeners are subscribed now (tests check that torn-down widgets leave none). */
  get listenerCount(): number {
    return this.#listeners.length;
  }
}
