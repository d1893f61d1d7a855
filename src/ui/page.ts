import { LANGS, type Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { parsePermalink, permalinkQuery } from '../state/permalink';
import type { Store, ViewState } from '../state/store';
import { PHONE_QUERY, phoneStoryStart } from './storyCards';

/** The element with this id; throws a clear error when index.html lacks it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html mangler elementet #${id}`);
  return el as T;
}

/** The page's export and print controls, the print canvas and the alert region, for `wireMapActions`. */
export function mapActionElements() {
  return {
    exportButton: byId<HTMLButtonElement>('export-button'),
    printButton: byId<HTMLButtonElement>('print-button'),
    printCanvas: byId<HTMLCanvasElement>('print-map'),
    alert: byId('alert'),
  };
}

/** The UI language from the URL's `lang` parameter; Danish unless a known other language is asked for. */
/**
 * The view the page starts with, from its URL: the state, the parameters ignored, and the story step whose card
 * opens at once (a stage permalink opened on a phone, `phoneStoryStart`), or null.
 */
export function startView(
  search: string,
  areaIds: readonly string[],
): { state: ViewState; ignored: string[]; storyStep: number | null } {
  const asked = parsePermalink(search, areaIds);
  const { state, step } = phoneStoryStart(asked.state, window.matchMedia(PHONE_QUERY).matches);
  return { state, ignored: asked.ignored, storyStep: step };
}

export function readLang(search: string): Lang {
  const value = new URLSearchParams(search).get('lang');
  return LANGS.find((l) => l === value) ?? 'da';
}

/** Puts the static page text into `lang`, wires the language switch, and says once which URL values were ignored. */
export function localisePage(lang: Lang, ignored: readonly string[]): void {
  const t = STRINGS[lang];
  document.documentElement.lang = lang;
  byId('app-title').textContent = t.appTitle;
  byId('app-subtitle').textContent = t.appSubtitle;
  byId('about-button').textContent = t.about;
  byId('case-button').textContent = t.caseButton;
  byId('presentation-button').textContent = t.presentation;
  byId('presentation-button').title = t.presentationLabel;
  byId('export-button').textContent = t.exportPng;
  byId('print-button').textContent = t.print;
  byId('print-map').setAttribute('aria-label', t.printMapAlt);
  byId('sidebar').setAttribute('aria-label', t.sidebarLabel);
  byId('skip-link').textContent = t.skipLink;
  const switcher = byId<HTMLAnchorElement>('lang-switch');
  const other: Lang = lang === 'da' ? 'en' : 'da';
  switcher.textContent = t.language;
  switcher.setAttribute('lang', other);
  switcher.setAttribute('aria-label', t.languageLabel);
  switcher.addEventListener('click', (e) => {
    e.preventDefault();
    const q = new URLSearchParams(window.location.search);
    if (other === 'da') q.delete('lang');
    else q.set('lang', other);
    const query = q.toString();
    window.location.search = query ? `?${query}` : '';
  });
  if (ignored.length > 0) {
    const notice = byId('notice');
    notice.textContent = t.permalinkIgnored(ignored.join(', '));
    notice.hidden = false;
  }
}

/** Keeps the address bar's query equal to the view state, without adding history entries. */
export function syncPermalink(store: Store, signal: AbortSignal): void {
  store.subscribe((s) => {
    const query = permalinkQuery(s);
    if (query !== window.location.search)
      window.history.replaceState(null, '', `${window.location.pathname}${query}`);
  }, signal);
}
