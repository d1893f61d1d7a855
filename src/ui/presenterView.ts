import type { StoryStep } from '../data/schema';
import type { Lang } from '../i18n/format';
import { STAGE_STRINGS } from '../i18n/stageStrings';
import { STRINGS } from '../i18n/strings';
import { h } from './dom';
import { PRESENTER_CHANNEL, type PresenterMessage } from './presentation';

/** The presenter view is asked for with `?taler=1` (opened by the stage's "Taler" button). */
export const isPresenterView = (search: string): boolean => new URLSearchParams(search).get('taler') === '1';

const NEXT_KEYS = new Set(['ArrowRight', 'PageDown', ' ']);
const PREV_KEYS = new Set(['ArrowLeft', 'PageUp']);

/** "m:ss" for a number of seconds. */
export const formatTimer = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

/**
 * "Talerens visning": the laptop's window while the projector shows the stage. Current and next step, the
 * speaker notes from story.json, time on the step and the clock. It follows the stage over a BroadcastChannel;
 * its keys (→ PageDown Space, ← PageUp) and buttons move the stage.
 */
export function startPresenter(story: readonly StoryStep[], lang: Lang): void {
  const s = STAGE_STRINGS[lang];
  const t = STRINGS[lang];
  document.title = `${s.presenterTitle} – ${t.appTitle}`;
  document.body.className = 'presenter';
  const now = h('h2', { class: 'presenter__now' });
  const notes = h('p', { class: 'presenter__notes' });
  const next = h('p', { class: 'presenter__next' });
  const timer = h('p', { class: 'presenter__timer', 'aria-label': s.presenterTimer });
  const clock = h('p', { class: 'presenter__clock', 'aria-label': s.presenterClock });
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  const go = (delta: number) => channel.postMessage({ type: 'go', delta } satisfies PresenterMessage);
  const prev = h('button', { type: 'button', 'aria-label': t.prev }, '←');
  const fwd = h('button', { type: 'button', 'aria-label': t.next }, '→');
  prev.addEventListener('click', () => go(-1));
  fwd.addEventListener('click', () => go(1));
  document.body.replaceChildren(
    h(
      'main',
      { class: 'presenter__main' },
      h('h1', {}, s.presenterTitle),
      h('div', { class: 'presenter__bar' }, prev, fwd, timer, clock),
      h('section', { 'aria-label': s.presenterNow }, now, h('h3', {}, s.presenterNotes), notes),
      h('section', { 'aria-label': s.presenterNext }, next),
    ),
  );
  let since = Date.now();
  const tick = () => {
    timer.textContent = `${s.presenterTimer}: ${formatTimer((Date.now() - since) / 1000)}`;
    clock.textContent = `${s.presenterClock}: ${new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { timeStyle: 'medium' }).format(new Date())}`;
  };
  const show = (step: number | null, total: number) => {
    const current = step === null ? undefined : story[step - 1];
    document.body.dataset.step = String(step ?? '');
    since = Date.now();
    tick();
    if (!current || step === null) {
      now.textContent = s.presenterWaiting;
      notes.textContent = '';
      next.textContent = '';
      return;
    }
    now.textContent = `${s.presenterNow} ${t.stepCount(step, total)}: ${current.titel[lang]}`;
    notes.textContent = current.noter[lang];
    const following = story[step];
    next.textContent = following
      ? `${s.presenterNext} ${t.stepCount(step + 1, total)}: ${following.titel[lang]}`
      : s.presenterEnd;
  };
  channel.onmessage = (e: MessageEvent<PresenterMessage>) => {
    if (e.data.type === 'step') show(e.data.step, e.data.total);
  };
  window.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (NEXT_KEYS.has(e.key)) go(1);
    else if (PREV_KEYS.has(e.key)) go(-1);
    else return;
    e.preventDefault();
  });
  show(null, story.length);
  setInterval(tick, 1000);
  channel.postMessage({ type: 'hello' } satisfies PresenterMessage);
}
