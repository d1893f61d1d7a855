import { featureCollection } from '@turf/turf';
import type { StoryStep } from '../data/schema';
import { type Derived, gapAreas } from '../derive/derived';
import { areaPlaces } from '../derive/mapFeatures';
import { nameParts } from '../draw/nameParts';
import type { Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { h } from './dom';

/** The phone story's cards and their map pictures (storyCards.ts), loaded when the story is first opened. */

export function card(step: StoryStep, n: number, total: number, lang: Lang): HTMLElement {
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
export async function drawPictures(
  list: HTMLElement,
  d: Derived,
  lang: Lang,
  dataBase: string,
): Promise<void> {
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
