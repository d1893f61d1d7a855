import { h } from './dom';

/**
 * Makes the sidebar's content a collapsible panel: a toggle button (aria-expanded) above a body holding what the
 * sidebar had. CSS shows the toggle only on narrow screens (map first, panel below); wider, the body always shows.
 * The skip link to the area search opens the panel first.
 */
export function collapsibleSidebar(sidebar: HTMLElement, label: string, skipLink: HTMLElement | null): void {
  const body = h('div', { id: 'sidebar-body', class: 'sidebar__body' });
  body.append(...sidebar.childNodes);
  const toggle = h(
    'button',
    { type: 'button', class: 'sidebar__toggle', 'aria-expanded': 'false', 'aria-controls': 'sidebar-body' },
    label,
  );
  const setOpen = (open: boolean) => toggle.setAttribute('aria-expanded', String(open));
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  skipLink?.addEventListener('click', () => setOpen(true));
  sidebar.replaceChildren(toggle, body);
}
