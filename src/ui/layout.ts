import type { Derived } from '../derive/derived';
import type { Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { coveredInsets, type Insets } from '../map/insets';
import { wireHeaderMenu } from './headerMenu';
import { byId } from './page';
import { collapsibleSidebar } from './sidebarPanel';
import { wirePhoneStory } from './storyCards';

/**
 * The desk layout's responsive parts (issue 10): the header menu, the phone story cards, the folding sidebar.
 * `storyStep`: open the phone's story cards at this step now (a stage permalink opened on a phone), or null.
 */
export function wireLayout(d: Derived, lang: Lang, dataBase: string, storyStep: number | null): void {
  const t = STRINGS[lang];
  const menu = wireHeaderMenu(byId<HTMLButtonElement>('menu-button'), byId('header-actions'), t.menu);
  const story = wirePhoneStory(byId('presentation-button'), d, lang, dataBase, menu.close);
  if (storyStep !== null) void story.open(storyStep);
  collapsibleSidebar(byId('sidebar'), t.sidebarToggle, byId('skip-link'));
}

/** How far the open area dialog covers the map now (CSS px per side); the selected area is eased into the rest. */
export function dialogInsets(): Insets {
  return coveredInsets(
    byId('map').getBoundingClientRect(),
    document.querySelector('.area-dialog:not([hidden])')?.getBoundingClientRect() ?? null,
  );
}
