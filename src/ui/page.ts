import { LANGS, type Lang } from '../i18n/format';

/** The element with this id; throws a clear error when index.html lacks it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html mangler elementet #${id}`);
  return el as T;
}

/** The UI language from the URL's `lang` parameter; Danish unless a known other language is asked for. */
export function readLang(search: string): Lang {
  const value = new URLSearchParams(search).get('lang');
  return LANGS.find((l) => l === value) ?? 'da';
}
