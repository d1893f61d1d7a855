/**
 * The header's "Menu" button (aria-expanded): where CSS collapses the header (below 1500 px) the action buttons
 * become a drop-down it opens and closes. Escape, choosing an action or a click elsewhere closes it. Actions added
 * to `#header-actions` later join the menu with no change here.
 */
export function wireHeaderMenu(
  button: HTMLButtonElement,
  menu: HTMLElement,
  label: string,
): { close: () => void } {
  button.textContent = label;
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => button.setAttribute('aria-expanded', String(open));
  button.addEventListener('click', () => setOpen(!isOpen()));
  menu.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !isOpen()) return;
    e.stopPropagation();
    setOpen(false);
    button.focus();
  });
  // The action's own click handler runs first (it is on the target); then the menu closes.
  menu.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('button, a')) setOpen(false);
  });
  document.addEventListener('click', (e) => {
    const target = e.target instanceof Node ? e.target : null;
    if (isOpen() && target && !button.contains(target) && !menu.contains(target)) setOpen(false);
  });
  return { close: () => setOpen(false) };
}
