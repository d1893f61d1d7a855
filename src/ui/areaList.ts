import type { Area } from '../data/schema';
import { INDSATS_TYPES } from '../data/types';
import { type CoverageMatrix, isCovered } from '../derive/coverage';
import type { Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { h } from './dom';
import { swatch } from './swatch';

/** The keyboard route to every area: one button per area, opening the same dialog as a map click. */
export function createAreaList(
  areas: readonly Area[],
  matrix: CoverageMatrix,
  lang: Lang,
  onSelect: (id: string, opener: HTMLElement) => void,
): HTMLElement {
  const t = STRINGS[lang];
  const sorted = [...areas].sort((a, b) => a.properties.navn.localeCompare(b.properties.navn, 'da'));
  const items = sorted.map((area) => {
    const id = area.properties.id;
    const types = INDSATS_TYPES.filter((type) => isCovered(matrix, id, type));
    const button = h(
      'button',
      {
        type: 'button',
        class: 'area-list__button',
        'data-area': id,
        'aria-label': t.areaButton(area.properties.navn, types.length),
      },
      h('span', { class: 'area-list__name' }, area.properties.navn),
      h(
        'span',
        { class: 'area-list__badges' },
        ...INDSATS_TYPES.map((type) => swatch(type, types.includes(type))),
      ),
    );
    button.addEventListener('click', () => onSelect(id, button));
    return h('li', {}, button);
  });
  return h(
    'nav',
    { class: 'area-list', 'aria-labelledby': 'area-list-title' },
    h('h2', { id: 'area-list-title' }, t.areasTitle),
    h('ul', {}, ...items),
  );
}
