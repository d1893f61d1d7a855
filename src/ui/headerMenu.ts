/**
 * The header's "Menu" button (aria-expanded): where CSS collapses the header (below 1500 px) the action buttons
 * become a drop-down it opens and closes. Escape, choosing an action or a click elsewhere closes it. Actions added
 * to `#header-actions` later join the menu with no change here.
 */
/** Rendered with a box (a DOM without layout, as in the unit tests, counts everything as shown). */
const shown = (el: HTMLElement) => el.checkVisibility?.() ?? true;

export function wireHeaderMenu(
  button: HTMLButtonElement,
  menu: HTMLElement,
  label: string,
): { close: () => void; destroy: () => void } {
  const life = new AbortController();
  const { signal } = life;
  button.textContent = label;
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    // Closing the menu closes a disclosure left open inside it ("Hent data"), so it is closed when the menu reopens.
    if (!open) for (const d of menu.querySelectorAll<HTMLElement>('[aria-expanded="true"]')) d.click();
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => setOpen(!isOpen()), { signal });
  /** Focus on nothing with a box (the page, or an action the closed menu hid) goes to the Menu button. */
  const catchFocus = () => {
    const now = document.activeElement;
    const lost = !(now instanceof HTMLElement) || now === document.body || !shown(now);
    if (lost && shown(button)) button.focus();
  };
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !isOpen()) return;
    e.stopPropagation();
    setOpen(false);
    button.focus();
  };
  // Tab past the last action (or Shift+Tab back past the Menu button's list) leaves the menu: it closes, so focus is
  // never left under it (helper-37: the sidebar's bar, under the open menu on a phone, took the focus unseen). A
  // focus going nowhere (a click on the page) is the document's click handler's to judge.
  menu.addEventListener(
    'focusout',
    (e) => {
      const next = e.relatedTarget;
      if (isOpen() && next instanceof Node && !menu.contains(next) && !button.contains(next)) setOpen(false);
    },
    { signal },
  );
  // Escape closes it from the Menu button too (focus stays there after opening it with a click).
  menu.addEventListener('keydown', closeOnEscape, { signal });
  button.addEventListener('keydown', closeOnEscape, { signal });
  // The action's own click handler runs first (it is on the target); then the menu closes — except for a
  // disclosure inside it (aria-expanded, e.g. "Hent data"), which opens its own list and keeps the menu open, and
  // the items of such a list (marked data-menu-stay): a planner takes the three files one after another.
  menu.addEventListener(
    'click',
    (e) => {
      const action = e.target instanceof Element ? e.target.closest('button, a') : null;
      if (!action || action.hasAttribute('aria-expanded') || action.closest('[data-menu-stay]')) return;
      setOpen(false);
      // The chosen action has no box now: unless it moved focus on (a dialog it opened), focus goes to the
      // Menu button rather than to the page (Kopiér link, Gem som PNG, Udskriv, Indlæs chosen by keyboard).
      catchFocus();
    },
    { signal },
  );
  document.addEventListener(
    'click',
    (e) => {
      const target = e.target instanceof Node ? e.target : null;
      if (isOpen() && target && !button.contains(target) && !menu.contains(target)) setOpen(false);
    },
    { signal },
  );
  // A dialog opened from the menu (Om sagen, Indlæs afgrænsninger, Om kortet) hands focus back to its opener on
  // closing, but the menu closed when the action was chosen, so the opener has no box and focus would fall to
  // the page. It goes to the Menu button instead. (`close` does not bubble: listen in the capture phase.)
  document.addEventListener(
    'close',
    (e) => {
      if (!(e.target instanceof HTMLDialogElement)) return;
      catchFocus();
    },
    { capture: true, signal },
  );
  return { close: () => setOpen(false), destroy: () => life.abort() };
}
