import type { Derived } from '../derive/derived';
import type { Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import type { ViewState } from '../state/store';
import { h } from './dom';

/**
 * On screens this small the story is a column of cards instead of the projector stage: phones upright (narrower
 * than 600 px, as responsive.css) and on their side (lower than 500 px), where a stage's map would be a strip.
 */
export const PHONE_QUERY = '(max-width: 599px), (max-height: 499px)';

/**
 * A permalink to a stage step (`?praesentation=1&trin=N`) opened on a phone: the projector stage does not fit a
 * phone, so the page starts at the desk view and the story opens as cards at step N. Returns the state to start
 * with and the step whose card to show (null when the stage is not asked for or the screen is not a phone).
 */
export function phoneStoryStart(state: ViewState, phone: boolean): { state: ViewState; step: number | null } {
  if (!phone || !state.presentation) return { state, step: null };
  return { state: { ...state, presentation: false, step: null }, step: state.step ?? 1 };
}

/**
 * Presentation on a phone: the "Præsentation" button opens the story as a vertical sequence of step cards — step
 * number, title, the case's words and a small map picture of the step's areas and types (the SVG map, loaded on
 * demand). On wider screens the button is left to the projector stage (presentation.ts) untouched.
 */
export function wirePhoneStory(
  button: HTMLElement,
  d: Derived,
  lang: Lang,
  dataBase: string,
  onOpen: () => void,
): { open: (step?: number) => Promise<void>; destroy: () => void } {
  const life = new AbortController();
  const t = STRINGS[lang];
  const list = h('ol', { class: 'story-cards__list' });
  const close = h('button', { type: 'button', class: 'story-cards__close' }, t.storyCardsClose);
  const dialog = h(
    'dialog',
    { class: 'story-cards', 'aria-labelledby': 'story-cards-title' },
    h('h2', { id: 'story-cards-title' }, t.storyCardsTitle),
    list,
    close,
  );
  close.addEventListener('click', () => dialog.close());
  document.body.append(dialog);
  let drawn = false;
  const open = async (step = 1) => {
    onOpen();
    dialog.showModal();
    if (!drawn) {
      drawn = true;
      // The cards and their pictures are code only a phone's story needs: loaded at its first opening.
      const view = await import('./storyCardsView');
      list.append(...d.data.story.map((s, i) => view.card(s, i + 1, d.data.story.length, lang)));
      await view.drawPictures(list, d, lang, dataBase);
    }
    // Step N's card at the top of the sheet (its pictures are drawn, so the place no longer moves).
    if (step > 1) list.querySelector(`[data-step="${step}"]`)?.scrollIntoView({ block: 'start' });
    dialog.dataset.ready = 'true';
  };
  // Capture phase on the document: runs before the button's own (stage) handler, which then never sees the click.
  document.addEventListener(
    'click',
    (e) => {
      if (!window.matchMedia(PHONE_QUERY).matches) return;
      if (!(e.target instanceof Node) || !button.contains(e.target)) return;
      e.stopPropagation();
      e.preventDefault();
      void open();
    },
    { capture: true, signal: life.signal },
  );
  return {
    open,
    destroy: () => {
      life.abort();
      dialog.remove();
    },
  };
}
