/**
 * The header's "Menu" button (aria-expanded): where CSS collapses the header (below 1024 px) the action buttons
 * become a drop-down it opens and closes. Escape, choosing an action or a click elsewhere closes it. Actions added
 * to `#header-actions` later join the menu with no change here.
 */
export function wireHeaderMenu(
  button: HTMLButtonElement,
  menu: HTMLElement,
  label: string,
): { close: () => void; destroy: () => void } {
  const life = new AbortController();
  const { signal } = life;
  button.textContent = label;
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => button.setAttribute('aria-expanded', String(open));
  button.addEventListener('click', () => setOpen(!isOpen()), { signal });
  menu.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || !isOpen()) return;
      e.stopPropagation();
      setOpen(false);
      button.focus();
    },
    { signal },
  );
  // The action's own click handler runs first (it is on the target); then the menu closes.
  menu.addEventListener(
    'click',
    (e) => {
      if (e.target instanceof Element && e.target.closest('button, a')) setOpen(false);
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
  return { close: () => setOpen(false), destroy: () => life.abort() };
}
