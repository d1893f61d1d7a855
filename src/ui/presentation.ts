import type { StoryStep } from '../data/schema';
import { INDSATS_TYPES } from '../data/types';
import { STRINGS } from '../i18n/strings';
import type { Store } from '../state/store';
import { h } from './dom';

/** What presentation mode needs of the map; absent until the map has loaded. */
export interface PresentationMap {
  fitAreas(ids: readonly string[]): void;
  setPresentation(on: boolean): void;
}

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ']);
const PREV_KEYS = new Set(['ArrowLeft', 'PageUp']);
const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName);

/**
 * Presentation mode and the guided story: P or the "Præsentation" button enters (full screen, projector theme);
 * → PageDown Space step forward, ← PageUp back, Esc leaves. Each step sets the shown types, gap mode and the
 * camera from story.json and shows its title, "3/8" and the case's own words.
 */
export class Presentation {
  readonly bar: HTMLElement;
  #store: Store;
  #story: readonly StoryStep[];
  #map: PresentationMap | null = null;
  #count = h('p', { class: 'story__count' });
  #title = h('h2', { id: 'story-title', class: 'story__title' });
  #quotes = h('div', { class: 'story__quotes', lang: 'da' });
  #prev: HTMLButtonElement;
  #next: HTMLButtonElement;
  #wentFullscreen = false;

  constructor(store: Store, story: readonly StoryStep[], toggle: HTMLButtonElement) {
    this.#store = store;
    this.#story = story;
    const t = STRINGS[store.state.lang];
    this.#prev = h('button', { type: 'button', class: 'story__prev' }, t.prev);
    this.#next = h('button', { type: 'button', class: 'story__next' }, t.next);
    const exit = h('button', { type: 'button', class: 'story__exit' }, t.exitPresentation);
    this.#prev.addEventListener('click', () => this.go(-1));
    this.#next.addEventListener('click', () => this.go(1));
    exit.addEventListener('click', () => this.exit());
    this.bar = h(
      'section',
      { class: 'story', 'aria-label': t.storyLabel, hidden: true },
      h(
        'div',
        { class: 'story__text' },
        h('div', { class: 'story__head' }, this.#count, this.#title),
        this.#quotes,
      ),
      h('div', { class: 'story__nav' }, this.#prev, this.#next, exit),
    );
    toggle.addEventListener('click', () => (store.state.presentation ? this.exit() : this.enter()));
    window.addEventListener('keydown', this.#onKey, true);
    document.addEventListener('fullscreenchange', this.#onFullscreen);
    store.subscribe((s, prev) => {
      if (s.presentation !== prev.presentation || s.step !== prev.step) this.#render(toggle);
    });
    if (store.state.presentation) this.#show(store.state.step ?? 1);
    this.#render(toggle);
  }

  /** Connects the map; the current step's camera and the projector styling apply from now on. */
  attachMap(map: PresentationMap): void {
    this.#map = map;
    if (this.#store.state.presentation) {
      map.setPresentation(true);
      this.#fit(this.#store.state.step ?? 1);
    }
  }

  /** Enters presentation mode at step 1 (full screen where the browser allows it). */
  enter(): void {
    document.documentElement
      .requestFullscreen?.()
      .then(() => {
        this.#wentFullscreen = true;
      })
      .catch(() => undefined);
    this.#map?.setPresentation(true);
    this.#show(1);
  }

  /** Leaves presentation mode and full screen. */
  exit(): void {
    if (!this.#store.state.presentation) return;
    this.#store.update({ presentation: false, step: null, gaps: new Set(), visible: new Set(INDSATS_TYPES) });
    this.#map?.setPresentation(false);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    this.#wentFullscreen = false;
  }

  /** Moves `delta` steps, staying within the story. */
  go(delta: number): void {
    const step = Math.min(this.#story.length, Math.max(1, (this.#store.state.step ?? 1) + delta));
    if (step !== this.#store.state.step) this.#show(step);
  }

  #show(n: number): void {
    const step = this.#story[Math.min(n, this.#story.length) - 1];
    if (!step) return;
    this.#store.update({
      presentation: true,
      step: Math.min(n, this.#story.length),
      area: null,
      visible: new Set(step.typer),
      gaps: new Set(step.huller),
    });
    this.#fit(n);
  }

  #fit(n: number): void {
    const step = this.#story[n - 1];
    if (step) this.#map?.fitAreas(step.fokus);
  }

  #render(toggle: HTMLButtonElement): void {
    const { presentation, step, lang } = this.#store.state;
    document.body.classList.toggle('presentation', presentation);
    toggle.setAttribute('aria-pressed', String(presentation));
    this.bar.hidden = !presentation;
    const current = step === null ? undefined : this.#story[step - 1];
    if (!presentation || !current || step === null) return;
    const t = STRINGS[lang];
    this.#count.textContent = t.stepCount(step, this.#story.length);
    this.#count.setAttribute('aria-label', t.stepLabel(step, this.#story.length));
    this.#title.textContent = current.titel[lang];
    this.#quotes.replaceChildren(...current.citater.map((q) => h('blockquote', {}, q)));
    this.#prev.disabled = step <= 1;
    this.#next.disabled = step >= this.#story.length;
  }

  #onKey = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    const open = document.querySelector('dialog[open], .area-dialog:not([hidden])');
    if ((e.key === 'p' || e.key === 'P') && !open) {
      e.preventDefault();
      if (this.#store.state.presentation) this.exit();
      else this.enter();
      return;
    }
    if (!this.#store.state.presentation || open) return;
    const onButton = e.target instanceof HTMLButtonElement;
    if (NEXT_KEYS.has(e.key) && !(e.key === ' ' && onButton)) this.go(1);
    else if (PREV_KEYS.has(e.key)) this.go(-1);
    else if (e.key === 'Escape') this.exit();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  #onFullscreen = (): void => {
    if (!document.fullscreenElement && this.#wentFullscreen) this.exit();
  };
}
