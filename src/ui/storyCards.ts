import { featureCollection } from '@turf/turf';
import type { StoryStep } from '../data/schema';
import { type Derived, gapAreas } from '../derive/derived';
import { areaPlaces } from '../derive/mapFeatures';
import { nameParts } from '../draw/nameParts';
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
      list.append(...d.data.story.map((s, i) => card(s, i + 1, d.data.story.length, lang)));
      await drawPictures(list, d, lang, dataBase);
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

function card(step: StoryStep, n: number, total: number, lang: Lang): HTMLElement {
  const t = STRINGS[lang];
  return h(
    'li',
    { class: 'story-card', 'data-step': n },
    h('p', { class: 'story-card__count', 'aria-label': t.stepLabel(n, total) }, t.stepCount(n, total)),
    h('h3', { class: 'story-card__title' }, step.titel[lang]),
    // The picture and its key stay together: under each other, and beside the words on a phone on its side.
    h(
      'figure',
      { class: 'story-card__figure' },
      h('div', {
        class: 'story-card__map',
        role: 'img',
        'aria-label': t.storyCardMapLabel(step.titel[lang]),
      }),
      h('ul', { class: 'story-card__key', 'aria-label': t.storyCardKeyLabel }),
    ),
    h('div', { class: 'story-card__quotes', lang: 'da' }, ...step.citater.map((q) => h('blockquote', {}, q))),
  );
}

/**
 * Draws each card's map: the step's focus areas (all ten when it names fewer than two), types and gaps, each area
 * labelled by a number, and under it the key giving each number's name (and the gap mark where the picture has
 * it). A picture as wide as a phone cannot hold ten names at a readable size without them running over each other
 * and the rings; numbers can, and the key is text at the card's own size. An area keeps its number on every card
 * (the names' alphabetical order, as the key lists them).
 */
async function drawPictures(list: HTMLElement, d: Derived, lang: Lang, dataBase: string): Promise<void> {
  const [{ SvgMap }, water] = await Promise.all([import('../map/svgMap'), fetchWater(dataBase)]);
  const t = STRINGS[lang];
  const places = areaPlaces(d.data, d.matrix);
  const numbers = new Map(
    [...places].sort((a, b) => a.navn.localeCompare(b.navn, 'da')).map((p, i) => [p.id, i + 1] as const),
  );
  d.data.story.forEach((step, i) => {
    const cardEl = list.querySelector<HTMLElement>(`[data-step="${i + 1}"]`);
    const container = cardEl?.querySelector<HTMLElement>('.story-card__map');
    const key = cardEl?.querySelector<HTMLElement>('.story-card__key');
    if (!container || !key) return;
    const focus = places.filter((p) => step.fokus.includes(p.id));
    const shown = focus.length >= 2 ? focus : places;
    const gaps = gapAreas(d, new Set(step.huller));
    // Drawn at the size it is shown (CSS gives the box its shape), so 14 px numbers and 13 px letters stay so.
    const map = new SvgMap({
      container,
      places: shown,
      bydele: featureCollection(d.data.bydele),
      zones: featureCollection(d.data.zones),
      water,
      label: t.storyCardMapLabel(step.titel[lang]),
      note: '',
      gapLabel: t.gapLabel,
      numbers,
      onAreaClick: () => undefined,
    });
    map.render(new Set(step.typer), gaps, null);
    const entries = shown
      .map((p) => ({ p, n: numbers.get(p.id) ?? 0 }))
      .sort((a, b) => a.n - b.n)
      .map(({ p, n }) =>
        h(
          'li',
          { 'data-number': n },
          h('span', { class: 'story-card__number' }, String(n)),
          // A two-place name may break after its "/", never inside a word.
          h(
            'span',
            { class: 'story-card__name' },
            ...nameParts(p.navn, 'story-card__name-part'),
            gaps?.includes(p.id) ? h('span', { class: 'story-card__gap' }, ` ⊘ ${t.gapLabel}`) : '',
          ),
        ),
      );
    key.replaceChildren(...entries);
  });
}

/** The water layer for the pictures; they are drawn without it when it cannot be fetched. */
async function fetchWater(dataBase: string): Promise<GeoJSON.FeatureCollection | null> {
  try {
    const res = await fetch(`${dataBase}build/vand.geojson`);
    return res.ok ? ((await res.json()) as GeoJSON.FeatureCollection) : null;
  } catch (e) {
    console.warn('vand.geojson', e);
    return null;
  }
}
