import { DataError, formatProblem } from '../data/errors';
import { clear, h } from './dom';

/** Shows an error in the page's one role="alert" region: a heading and, for data errors, every problem. */
export function showError(region: HTMLElement, heading: string, error: unknown): void {
  const lines =
    error instanceof DataError
      ? error.problems.map(formatProblem)
      : [error instanceof Error ? error.message : String(error)];
  clear(region);
  region.append(
    h('p', {}, h('strong', {}, heading)),
    h('ul', {}, ...lines.map((l) => h('li', {}, h('code', {}, l)))),
  );
  region.hidden = false;
}
