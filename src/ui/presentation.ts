import type { StoryStep } from '../data/schema';
import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import { placeFactCardFitting } from '../derive/cardPlacement';
import type { Rect } from '../derive/stagePlacement';
import { STAGE_STRINGS } from '../i18n/stageStrings';
import { STRINGS } from '../i18n/strings';
import type { StageLayout } from '../map/createMap';
import type { Camera, Store, ViewState } from '../state/store';
import { h } from './dom';
import { readStageLegend, type StageExport } from './stageExport';
import { type AreaFacts, factCard, gapTypeNames, renderStageLegend, stageGapNote } from './stageView';

/** What presentation mode needs of the map; absent until the map has loaded. */
export interface PresentationMap {
  setPresentation(on: boolean): void;
  stage(
    step: {
      focus: readonly string[];
      visible: ReadonlySet<IndsatsType>;
      gaps: readonly string[] | null;
      gapNote: string;
      topInset: number;
    } | null,
  ): number;
  jumpTo(camera: Camera): void;
  fitAll(animate?: boolean): void;
  /** Where the stage's markers are, for keeping a fact card off them (absent on the SVG fallback). */
  stageLayout?(): StageLayout;
}

/** The BroadcastChannel the stage and the presenter view ("Talerens visning") share. */
export const PRESENTER_CHANNEL = 'indsatskort-praesentation';
/** Messages on that channel. */
export type PresenterMessage =
  | { type: 'step'; step: number | null; total: number }
  | { type: 'go'; delta: number }
  | { type: 'hello' };

/** The step's part of the stage PNG (the markers' part comes from the map). */
export type StageCaption = Pick<StageExport, 'title' | 'gapLine' | 'quotes' | 'legend'>;

/** A stage marker's ring box and, if its name is shown, its label box. */
const boxesOf = (m: StageLayout['markers'][number]): Rect[] => (m.label ? [m.ring, m.label] : [m.ring]);

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ']);
const PREV_KEYS = new Set(['ArrowLeft', 'PageUp']);
const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);

/** What a step needs besides story.json: the gap areas of a set of types, and one area's facts. */
export interface StageData {
  gapAreas(types: ReadonlySet<IndsatsType>): string[] | null;
  facts(id: string): AreaFacts;
}

/**
 * Presentation mode and the guided story on a projector stage: P or "Præsentation" enters; the map takes the
 * screen with a compact legend of the step's types over it and the step's words in a bounded caption below.
 * → PageDown Space forward, ← PageUp back whatever has focus; a clicked ring shows a fact card that the next
 * key closes; Esc closes the card, then leaves, restoring the view from before. A presenter window follows
 * over a BroadcastChannel.
 */
export class Presentation {
  readonly bar: HTMLElement;
  readonly legend = h('section', { class: 'stage-legend', hidden: true });
  #store: Store;
  #story: readonly StoryStep[];
  #data: StageData;
  #map: PresentationMap | null = null;
  #count = h('p', { class: 'story__count' });
  #title = h('h2', { id: 'story-title', class: 'story__title' });
  #quotes = h('div', { class: 'story__quotes', lang: 'da', tabindex: 0 });
  #prev: HTMLButtonElement;
  #next: HTMLButtonElement;
  #card: HTMLElement | null = null;
  /** The areas of the open fact card (re-placed when the stage is framed again). */
  #cardIds: readonly string[] = [];
  #before: Pick<ViewState, 'visible' | 'gaps' | 'camera' | 'area'> | null = null;
  #wentFullscreen = false;
  #channel: BroadcastChannel | null = null;
  #frame = 0;
  #toggle: HTMLButtonElement;
  /** Ends every listener this widget added (window, document, toggle, store) in `destroy()`. */
  #life = new AbortController();

  /** `onExport` saves the PNG of the stage (the header's export button, which the stage hides). */
  constructor(
    store: Store,
    story: readonly StoryStep[],
    toggle: HTMLButtonElement,
    data: StageData,
    onExport: () => void,
  ) {
    this.#store = store;
    this.#toggle = toggle;
    this.#story = story;
    this.#data = data;
    const lang = store.state.lang;
    const t = STRINGS[lang];
    const s = STAGE_STRINGS[lang];
    // Arrows, named "Forrige"/"Næste" for assistive technology: the caption's words get the width.
    this.#prev = h(
      'button',
      { type: 'button', class: 'story__prev', 'aria-label': t.prev, title: t.prev },
      '←',
    );
    this.#next = h(
      'button',
      { type: 'button', class: 'story__next', 'aria-label': t.next, title: t.next },
      '→',
    );
    const png = h(
      'button',
      { type: 'button', class: 'story__tool', 'aria-label': s.exportLabel },
      s.exportShort,
    );
    const speaker = h(
      'button',
      { type: 'button', class: 'story__tool', 'aria-label': s.presenterLabel, title: s.presenterLabel },
      s.presenterShort,
    );
    const exit = h('button', { type: 'button', class: 'story__exit story__tool' }, t.exitPresentation);
    this.#prev.addEventListener('click', () => this.go(-1));
    this.#next.addEventListener('click', () => this.go(1));
    png.addEventListener('click', onExport);
    speaker.addEventListener('click', () => this.openPresenter());
    exit.addEventListener('click', () => this.exit());
    this.#quotes.setAttribute('aria-label', s.captionLabel);
    this.bar = h(
      'section',
      { class: 'story', 'aria-label': t.storyLabel, hidden: true, tabindex: -1 },
      // The header (and its h1) leaves the stage; the page keeps its level-one heading for screen readers.
      h('h1', { class: 'sr-only' }, t.appTitle),
      h('div', { class: 'story__head' }, this.#count, this.#title),
      h('div', { class: 'story__tools' }, this.#prev, this.#next, png, speaker, exit),
      this.#quotes,
    );
    const { signal } = this.#life;
    toggle.addEventListener('click', () => (store.state.presentation ? this.exit() : this.enter()), {
      signal,
    });
    window.addEventListener('keydown', this.#onKey, { capture: true, signal });
    window.addEventListener('keyup', this.#onKeyUp, { capture: true, signal });
    window.addEventListener('resize', this.#onResize, { signal });
    document.addEventListener('fullscreenchange', this.#onFullscreen, { signal });
    store.subscribe((st, prev) => {
      if (st.presentation !== prev.presentation || st.step !== prev.step) this.#render(toggle);
    }, signal);
    if (typeof BroadcastChannel !== 'undefined') {
      this.#channel = new BroadcastChannel(PRESENTER_CHANNEL);
      this.#channel.onmessage = (e: MessageEvent<PresenterMessage>) => {
        if (e.data.type === 'go' && store.state.presentation) this.#advance(e.data.delta);
        if (e.data.type === 'hello') this.#announce();
      };
    }
    if (store.state.presentation) this.#show(store.state.step ?? 1);
    this.#render(toggle);
  }

  /** Tears the widget down: its elements leave the page and no listener, channel or frame is left behind. */
  destroy(): void {
    this.#life.abort();
    cancelAnimationFrame(this.#frame);
    this.#channel?.close();
    this.#channel = null;
    this.closeFacts();
    this.bar.remove();
    this.legend.remove();
  }

  /** Connects the map; the current step's camera and the projector styling apply from now on. */
  attachMap(map: PresentationMap): void {
    this.#map = map;
    if (this.#store.state.presentation) {
      map.setPresentation(true);
      this.#stage();
    }
  }

  /** Enters presentation mode at step 1 (full screen where the browser allows it). */
  enter(): void {
    const { visible, gaps, camera, area } = this.#store.state;
    this.#before = { visible, gaps, camera, area };
    document.documentElement
      .requestFullscreen?.()
      .then(() => {
        this.#wentFullscreen = true;
      })
      .catch(() => undefined);
    this.#map?.setPresentation(true);
    this.#show(1);
    // Focus leaves the toggle, so Space cannot press it again: the caption takes it.
    this.bar.focus({ preventScroll: true });
  }

  /** Leaves presentation mode and full screen, restoring the view from before (types, gaps, camera). */
  exit(): void {
    if (!this.#store.state.presentation) return;
    this.closeFacts();
    const before = this.#before;
    this.#before = null;
    this.#store.update({
      presentation: false,
      step: null,
      gaps: before?.gaps ?? new Set(),
      visible: before?.visible ?? new Set(INDSATS_TYPES),
      area: before?.area ?? null,
    });
    this.#map?.stage(null);
    this.#map?.setPresentation(false);
    if (before?.camera) this.#map?.jumpTo(before.camera);
    else this.#map?.fitAll(false);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    this.#wentFullscreen = false;
    // Focus goes back where the presentation was started (a no-op where the button is folded into the Menu).
    this.#toggle.focus({ preventScroll: true });
  }

  /** Moves `delta` steps, staying within the story. */
  go(delta: number): void {
    const step = Math.min(this.#story.length, Math.max(1, (this.#store.state.step ?? 1) + delta));
    if (step !== this.#store.state.step) this.#show(step);
  }

  /** Shows the facts of the areas a clicked ring stands for, in a card that fits the stage. */
  showFacts(ids: readonly string[]): void {
    this.closeFacts();
    const lang = this.#store.state.lang;
    this.#card = factCard(
      ids.map((id) => this.#data.facts(id)),
      lang,
      () => this.closeFacts(),
    );
    this.legend.after(this.#card);
    this.#cardIds = ids;
    this.#placeCard();
  }

  /**
   * Puts the open fact card where it covers neither the clicked ring or group marker nor its label, and as little
   * as it can of the step's other areas, the legend and the map controls (`placeFactCardFitting`), inside the map.
   */
  #placeCard(): void {
    const card = this.#card;
    const wrap = card?.parentElement;
    const layout = this.#map?.stageLayout?.();
    if (!card || !wrap || !layout) return;
    const area = wrap.getBoundingClientRect();
    const legend = this.legend.getBoundingClientRect();
    const step = this.#story[(this.#store.state.step ?? 1) - 1];
    const focus = new Set(step?.fokus.length ? step.fokus : layout.markers.flatMap((m) => m.ids));
    const clicked = layout.markers.filter((m) => m.ids.some((id) => this.#cardIds.includes(id)));
    // The step's areas matter most; the legend and the controls least (the card names its types itself).
    const weight = (ids: readonly string[]) => (ids.some((id) => focus.has(id)) ? 1 : 0.3);
    const bottom = layout.free ? layout.free.y + layout.free.height : area.height;
    const prefer: { rect: Rect; weight: number }[] = [
      ...layout.markers
        .filter((m) => !clicked.includes(m))
        .flatMap((m) => boxesOf(m).map((rect) => ({ rect, weight: weight(m.ids) }))),
      {
        rect: {
          x: legend.left - area.left,
          y: legend.top - area.top,
          width: legend.width,
          height: legend.height,
        },
        weight: 0.05,
      },
      { rect: { x: 0, y: bottom, width: area.width, height: area.height - bottom }, weight: 0.05 },
    ];
    const ring = clicked[0]?.ring;
    const margin = 8;
    const base = {
      bounds: { x: margin, y: margin, width: area.width - 2 * margin, height: area.height - 2 * margin },
      avoid: clicked.flatMap(boxesOf),
      prefer,
      from: ring ? { x: ring.x + ring.width / 2, y: ring.y + ring.height / 2 } : { x: 0, y: 0 },
    };
    // The card as laid out now, measured whole (a card shortened for an earlier spot starts whole again).
    const measure = (wide: boolean) => {
      card.classList.toggle('stage-facts--wide', wide);
      card.classList.remove('stage-facts--short');
      card.style.maxHeight = '';
      const r = card.getBoundingClientRect();
      return { width: r.width, height: r.height };
    };
    // 1. The card whole; 2. the card wide (its note beside the table, not under it), which fits below or above
    // a large group marker; 3. the card whole but shorter, its rows scrolling inside (never below 160 px).
    const whole = (size: { width: number; height: number }) =>
      placeFactCardFitting({ ...base, size, minHeight: size.height });
    let at = whole(measure(false));
    if (!at.clear && card.querySelectorAll('.stage-facts__note').length === 1) {
      const wide = whole(measure(true));
      if (wide.clear) at = wide;
      else measure(false);
    }
    const full = card.getBoundingClientRect();
    const size = { width: full.width, height: full.height };
    if (!at.clear) at = placeFactCardFitting({ ...base, size, minHeight: Math.min(full.height, 160) });
    Object.assign(card.style, {
      left: `${at.x}px`,
      top: `${at.y}px`,
      right: 'auto',
      maxHeight: at.height < full.height ? `${at.height}px` : '',
    });
    card.classList.toggle('stage-facts--short', at.height < full.height);
  }

  /** Closes the fact card, if one is open; true when one was. */
  closeFacts(): boolean {
    if (!this.#card) return false;
    this.#card.remove();
    this.#card = null;
    this.#cardIds = [];
    return true;
  }

  /**
   * The current step's caption for the PNG of the stage: its title ("Trin 7/9: …"), gap line in words, the case's
   * words, and the legend as it lies over `map` (the map container) on screen.
   */
  exportCaption(map: HTMLElement): StageCaption | null {
    const { presentation, step, lang } = this.#store.state;
    const current = step === null ? undefined : this.#story[step - 1];
    if (!presentation || !current || step === null) return null;
    const s = STAGE_STRINGS[lang];
    return {
      title: s.exportStep(step, this.#story.length, current.titel[lang]),
      gapLine: current.huller.length > 0 ? s.gapLegend(gapTypeNames(current.huller, lang)) : null,
      quotes: current.citater,
      legend: readStageLegend(this.legend, map),
    };
  }

  /** Opens "Talerens visning" in a second window; it follows the stage over the BroadcastChannel. */
  openPresenter(): void {
    const q = new URLSearchParams({ taler: '1' });
    if (this.#store.state.lang !== 'da') q.set('lang', this.#store.state.lang);
    window.open(`?${q}`, 'indsatskort-taler', 'popup,width=1000,height=720');
  }

  #advance(delta: number): void {
    this.closeFacts();
    this.go(delta);
  }

  #show(n: number): void {
    const step = this.#story[Math.min(n, this.#story.length) - 1];
    if (!step) return;
    this.closeFacts();
    this.#store.update({
      presentation: true,
      step: Math.min(n, this.#story.length),
      area: null,
      visible: new Set(step.typer),
      gaps: new Set(step.huller),
    });
    this.#stage();
  }

  /** Frames the current step on the stage, after the caption and legend have their final size. */
  #stage(): void {
    const n = this.#store.state.step;
    const step = n === null ? undefined : this.#story[n - 1];
    if (!step || !this.#map || !this.#store.state.presentation) return;
    const wrap = this.legend.parentElement?.getBoundingClientRect();
    const legend = this.legend.getBoundingClientRect();
    const zoom = this.#map.stage({
      focus: step.fokus,
      visible: new Set(step.typer),
      gaps: this.#data.gapAreas(new Set(step.huller)),
      gapNote: stageGapNote(step.huller, this.#store.state.lang),
      topInset: wrap ? legend.bottom - wrap.top : 0,
    });
    document.body.dataset.stage = `${n}@${zoom.toFixed(2)}@${Math.round(wrap?.width ?? 0)}`;
    this.#placeCard();
  }

  #render(toggle: HTMLButtonElement): void {
    const { presentation, step, lang } = this.#store.state;
    document.body.classList.toggle('presentation', presentation);
    toggle.setAttribute('aria-pressed', String(presentation));
    this.bar.hidden = !presentation;
    this.legend.hidden = !presentation;
    const current = step === null ? undefined : this.#story[step - 1];
    this.#announce();
    if (!presentation || !current || step === null) {
      delete document.body.dataset.stage;
      return;
    }
    const t = STRINGS[lang];
    this.#count.textContent = t.stepCount(step, this.#story.length);
    this.#count.setAttribute('aria-label', t.stepLabel(step, this.#story.length));
    this.#title.textContent = current.titel[lang];
    this.#quotes.replaceChildren(...current.citater.map((q) => h('blockquote', {}, q)));
    this.#quotes.scrollTop = 0;
    // A button disabled while it has focus (→ at the last step, ← at the first) would drop focus to the page:
    // it goes to the other arrow, so the presenter pages on from the same place.
    const lost = [this.#prev, this.#next].find((b) => b === document.activeElement);
    this.#prev.disabled = step <= 1;
    this.#next.disabled = step >= this.#story.length;
    if (lost?.disabled) (lost === this.#next ? this.#prev : this.#next).focus();
    renderStageLegend(this.legend, new Set(current.typer), current.huller, lang);
  }

  /** Tells a presenter window where the stage is. */
  #announce(): void {
    const { presentation, step } = this.#store.state;
    this.#channel?.postMessage({
      type: 'step',
      step: presentation ? step : null,
      total: this.#story.length,
    } satisfies PresenterMessage);
  }

  #onKey = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    const presenting = this.#store.state.presentation;
    const open = document.querySelector('dialog[open], .area-dialog:not([hidden])');
    if ((e.key === 'p' || e.key === 'P') && !open) {
      e.preventDefault();
      if (presenting) this.exit();
      else this.enter();
      return;
    }
    if (!presenting) return;
    if (NEXT_KEYS.has(e.key)) this.#advance(1);
    else if (PREV_KEYS.has(e.key)) this.#advance(-1);
    else if (e.key === 'Escape') {
      if (!this.closeFacts()) this.exit();
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  /** Space must not also press a focused button when it is released. */
  #onKeyUp = (e: KeyboardEvent): void => {
    if (this.#store.state.presentation && e.key === ' ' && !isTyping(e.target)) e.preventDefault();
  };

  #onResize = (): void => {
    if (!this.#store.state.presentation) return;
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#stage());
  };

  #onFullscreen = (): void => {
    if (!document.fullscreenElement && this.#wentFullscreen) this.exit();
    else this.#onResize();
  };
}
