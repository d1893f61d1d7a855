import { nameParts } from '../draw/nameParts';
import type { Lang } from '../i18n/format';
import { STRINGS } from '../i18n/strings';
import { clear, h } from './dom';

/**
 * A non-modal dialog beside the map for one area: takes focus on open, closes on Escape or its close
 * button (the last element), and gives focus back to whatever opened it.
 */
export class AreaDialog {
  readonly element: HTMLElement;
  #title: HTMLHeadingElement;
  #body: HTMLDivElement;
  #opener: HTMLElement | null = null;
  #onClose: () => void;
  #fallbackFocus: () => HTMLElement | null;

  /**
   * `fallbackFocus` takes focus on close when there is no opener to give it back to (a dialog opened from a
   * permalink, or an opener since removed from the page): focus must not fall to the page's body.
   */
  constructor(lang: Lang, onClose: () => void, fallbackFocus: () => HTMLElement | null) {
    this.#onClose = onClose;
    this.#fallbackFocus = fallbackFocus;
    this.#title = h('h2', { id: 'area-dialog-title', tabindex: '-1' });
    this.#body = h('div', { class: 'area-dialog__body' });
    const close = h('button', { type: 'button', class: 'area-dialog__close' }, STRINGS[lang].close);
    close.addEventListener('click', () => this.close());
    this.element = h(
      'section',
      { class: 'area-dialog', role: 'dialog', 'aria-labelledby': 'area-dialog-title', hidden: true },
      this.#title,
      this.#body,
      close,
    );
    this.element.addEventListener('keydown', this.#onKeyDown);
  }

  #onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.close();
    }
  };

  /** Whether the dialog is showing. */
  get isOpen(): boolean {
    return !this.element.hidden;
  }

  /** Shows `title` and `content`, focuses the title, remembers `opener` to give focus back to. */
  open(areaId: string, title: string, content: readonly HTMLElement[], opener: HTMLElement | null): void {
    const active = document.activeElement;
    this.#opener = opener ?? (active instanceof HTMLElement && active !== document.body ? active : null);
    // A two-place name breaks after its "/", not inside a word ("Tingbjerg/Utterslevh-use" at 915×412).
    this.#title.replaceChildren(...nameParts(title, 'area-dialog__name'));
    this.element.dataset.area = areaId;
    clear(this.#body);
    this.#body.append(...content);
    this.element.hidden = false;
    this.element.scrollTop = 0;
    // Focus without scrolling: the dialog is placed where it can be seen; the page must not jump.
    this.#title.focus({ preventScroll: true });
  }

  /** Replaces the open dialog's body (new derived data), keeping its title, focus and opener. */
  refresh(content: readonly HTMLElement[]): void {
    clear(this.#body);
    this.#body.append(...content);
  }

  /** Hides the dialog and returns focus to the opener (else to the fallback). */
  close(): void {
    if (!this.isOpen) return;
    this.element.hidden = true;
    delete this.element.dataset.area;
    this.#onClose();
    const back = this.#opener?.isConnected ? this.#opener : this.#fallbackFocus();
    back?.focus({ preventScroll: true });
    this.#opener = null;
  }
}
