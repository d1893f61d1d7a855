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
      const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      mapWrap.scrollIntoView({ block: 'start', behavior: still ? 'instant' : 'smooth' });
      target()?.focus({ preventScroll: true });
    },
    { signal },
  );
  return button;
}
