/** Attributes set with setAttribute; `false`/`undefined` leave the attribute out. */
type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Strings become text nodes, so data can never be
 * parsed as markup (the app never sets HTML strings).
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** Removes all children of an element. */
export function clear(el: Element): void {
  el.replaceChildren();
}

/**
 * Offers a blob as a file download. The link is never put in the page: its click would reach the document's
 * listeners (the header Menu closes on a click outside it).
 */
export function offerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  h('a', { href: url, download: fileName }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Scrolls the page so the map's top is at the top of the screen: `always` (a "show the map" button), else only
 * when the map's top is off screen or in the screen's lower half (an area opened from the table far below; from a
 * ring or the list the page does not move). Instant unless `smooth` (and the person allows motion).
 */
export function bringMapIntoView(mapWrap: HTMLElement, { always = false, smooth = false } = {}): void {
  const top = mapWrap.getBoundingClientRect().top;
  if (!always && top >= 0 && top <= window.innerHeight / 2) return;
  const still = !smooth || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  mapWrap.scrollIntoView({ block: 'start', behavior: still ? 'instant' : 'smooth' });
}

/**
 * Where the map stands above the panel (below 900 px) the page has scrolled the map away when a control under it
 * changes what the map shows: this button scrolls the map back and focuses `target` there (the scenario's banner,
 * the map). CSS (`.show-map`) shows it only in that layout; `hidden` while there is nothing new to see.
 */
export function showMapButton(
  label: string,
  mapWrap: HTMLElement,
  target: () => HTMLElement | null,
  signal: AbortSignal,
): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'show-map', hidden: true }, label);
  button.addEventListener(
    'click',
    () => {
      bringMapIntoView(mapWrap, { always: true, smooth: true });
      target()?.focus({ preventScroll: true });
    },
    { signal },
  );
  return button;
}

/**
 * Shows an open modal's text from its top with focus on its title (the element its `aria-labelledby` names):
 * `showModal` focuses the first control, the Luk at the end of a long text, and scrolls to it.
 */
export function focusTitleAtTop(dialog: HTMLDialogElement): void {
  const id = dialog.getAttribute('aria-labelledby');
  if (id) dialog.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  dialog.scrollTop = 0;
}
