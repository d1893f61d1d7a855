import { INDSATS_TYPES, type IndsatsType } from '../data/types';
import type { Dataset } from '../data/validate';
import {
  type CoverageMatrix,
  isCovered,
  isDerivedOnly,
  type SplitCount,
  typesPerAreaSplit,
} from '../derive/coverage';
import type { AreaGeography } from '../derive/geography';
import { effectiveProposals, isProposed, type Proposal, typeCounts } from '../derive/scenario';
import { nameParts } from '../draw/nameParts';
import { formatDistance, formatSplitCount, type Lang } from '../i18n/format';
import { countLabel } from '../i18n/gapText';
import { GRUNDLAG_LABELS, STRINGS, TYPE_LABELS } from '../i18n/strings';
import { h } from './dom';
import { proposedSwatch } from './proposalBadge';
import { swatch } from './swatch';

/** What the table shows of the view: gap mode's rows and sentence, and the scenario's proposals. */
export interface TableView {
  /** Area ids to show (gap mode), or null for all. */
  shown: readonly string[] | null;
  /** The gap sentence for the caption, or null outside gap mode. */
  gapSentence: string | null;
  proposals: readonly Proposal[];
}

type SortKey = 'navn' | 'bydel' | 'antal';

const total = (c: SplitCount | undefined) => (c ? c.stated + c.derived : 0);

export interface CoverageTableOptions {
  data: Dataset;
  matrix: CoverageMatrix;
  geography: Record<string, AreaGeography>;
  lang: Lang;
  onSelect: (id: string, opener: HTMLElement) => void;
}

/**
 * The coverage matrix as an HTML table: one row per area, one column per type, totals per row and column.
 * Every cell says covered or not in words and a symbol; rows sort by name, bydel or count. It is the text
 * alternative to the map: selecting a row's name selects the area.
 */
export class CoverageTable {
  readonly element: HTMLElement;
  #body: HTMLTableSectionElement;
  #rows = new Map<string, HTMLTableRowElement>();
  #headers = new Map<SortKey, HTMLTableCellElement>();
  #opts: CoverageTableOptions;
  #counts: Record<string, SplitCount>;
  #caption: HTMLTableCaptionElement;
  #cells = new Map<string, HTMLTableCellElement>();
  #footLabel: HTMLTableCellElement;
  #footCells = new Map<string, HTMLTableCellElement>();
  #outlinesNote: HTMLParagraphElement;
  #sortKey: SortKey = 'navn';
  #selected: string | null = null;
  #view: TableView = { shown: null, gapSentence: null, proposals: [] };

  constructor(opts: CoverageTableOptions) {
    this.#opts = opts;
    this.#counts = typesPerAreaSplit(opts.matrix);
    const t = STRINGS[opts.lang];
    this.#body = h('tbody');
    this.#caption = h('caption', {}, t.tableCaption);
    this.#footLabel = h('th', { scope: 'row', colspan: 2 }, t.totalRow);
    this.#outlinesNote = h('p', { class: 'coverage__outlines derived', hidden: true });
    this.#buildRows();
    const table = h(
      'table',
      { class: 'coverage' },
      this.#caption,
      h('thead', {}, this.#headRow()),
      this.#body,
      h('tfoot', {}, this.#footRow()),
    );
    this.element = h(
      'section',
      { class: 'coverage-section', 'aria-labelledby': 'coverage-title' },
      h('h2', { id: 'coverage-title' }, t.tableTitle),
      this.#outlinesNote,
      // Shown below 900 px (CSS), where the table is wider than the screen and looked complete at a column edge.
      h('p', { class: 'coverage__scroll-hint' }, t.tableScrollHint),
      h('div', { class: 'coverage-scroll' }, table),
    );
    this.sort('navn');
  }

  /** One row per area from the current data, and the note naming a session's outline file (if any). */
  #buildRows(): void {
    this.#rows.clear();
    this.#cells.clear();
    this.#counts = typesPerAreaSplit(this.#opts.matrix);
    for (const area of this.#opts.data.areas) {
      const row = this.#row(area.properties.id, area.properties.navn);
      this.#rows.set(area.properties.id, row);
    }
    const fromFile = Object.values(this.#opts.geography).filter((g) => g.fromFile);
    const file = fromFile[0]?.fromFile;
    this.#outlinesNote.hidden = !file;
    this.#outlinesNote.textContent = file
      ? STRINGS[this.#opts.lang].tableOutlines(file, fromFile.length)
      : '';
  }

  /**
   * New derived data (outlines brought in from a file): every row is rebuilt (bydel, cells, counts, distances,
   * basis), keeping the sort, the selected row and the gap/scenario view.
   */
  setData(next: Pick<CoverageTableOptions, 'data' | 'matrix' | 'geography'>): void {
    this.#opts = { ...this.#opts, ...next };
    this.#buildRows();
    this.sort(this.#sortKey);
    this.setSelected(this.#selected);
    this.setView(this.#view);
  }

  #sortHeader(key: SortKey, label: string): HTMLTableCellElement {
    const button = h(
      'button',
      { type: 'button', class: 'sort', title: STRINGS[this.#opts.lang].sortBy(label) },
      label,
    );
    button.addEventListener('click', () => this.sort(key));
    const th = h('th', { scope: 'col', 'aria-sort': 'none' }, button);
    this.#headers.set(key, th);
    return th;
  }

  #headRow(): HTMLTableRowElement {
    const t = STRINGS[this.#opts.lang];
    return h(
      'tr',
      {},
      this.#sortHeader('navn', t.colArea),
      this.#sortHeader('bydel', t.colBydel),
      ...INDSATS_TYPES.map((type) =>
        h(
          'th',
          { scope: 'col', 'data-type': type },
          swatch(type),
          ` ${TYPE_LABELS[this.#opts.lang][type].name}`,
        ),
      ),
      this.#sortHeader('antal', t.colCount),
      h('th', { scope: 'col' }, t.colNearestTv),
      h('th', { scope: 'col' }, t.colNearestJob),
      h('th', { scope: 'col' }, t.colBasis),
    );
  }

  #row(id: string, navn: string): HTMLTableRowElement {
    const { geography, lang } = this.#opts;
    const t = STRINGS[lang];
    const geo = geography[id];
    const basis = this.#opts.data.areas.find((a) => a.properties.id === id)?.properties.praecision.grundlag;
    const button = h(
      'button',
      { type: 'button', class: 'coverage__area', 'data-area': id },
      ...nameParts(navn, 'coverage__name'),
    );
    button.addEventListener('click', () => this.#opts.onSelect(id, button));
    const metres = (m: number | null | undefined) =>
      m === null || m === undefined ? '–' : formatDistance(m, lang);
    const cells = INDSATS_TYPES.map((type) => {
      const cell = h('td', { 'data-type': type });
      this.#cells.set(`${id}:${type}`, cell);
      this.#fillCell(cell, id, type, false);
      return cell;
    });
    return h(
      'tr',
      { 'data-area': id },
      h('th', { scope: 'row' }, button),
      h(
        'td',
        {},
        geo?.bydel ?? '–',
        ...(geo?.fromFile ? [h('span', { class: 'coverage__from-file' }, t.outlineFrom(geo.fromFile))] : []),
      ),
      ...cells,
      h('td', { class: 'num' }, formatSplitCount(this.#counts[id] ?? { stated: 0, derived: 0 }, lang)),
      h('td', { class: 'num' }, metres(geo?.nearestTvM)),
      h('td', { class: 'num' }, metres(geo?.nearestJobcenterM)),
      h(
        'td',
        { class: 'basis', 'data-basis': basis ?? '' },
        basis ? GRUNDLAG_LABELS[lang][basis] : t.basisNone,
      ),
    );
  }

  /** One type's cell for an area: covered (with "afledt" when only through a zone), proposed, or not. */
  #fillCell(cell: HTMLTableCellElement, id: string, type: IndsatsType, proposed: boolean): void {
    const { matrix, lang } = this.#opts;
    const t = STRINGS[lang];
    const entries = matrix[id]?.[type] ?? [];
    const covered = isCovered(matrix, id, type);
    const derived = isDerivedOnly(entries);
    const text = covered ? (derived ? t.yesDerived : t.yes) : proposed ? t.cellProposed : t.no;
    cell.className = covered ? 'cell cell--yes' : proposed ? 'cell cell--proposed' : 'cell cell--no';
    cell.replaceChildren(
      covered
        ? swatch(type)
        : proposed
          ? proposedSwatch(type)
          : h('span', { class: 'cell__none', 'aria-hidden': 'true' }, '–'),
      ` ${text}`,
    );
  }

  #footRow(): HTMLTableRowElement {
    const cells = INDSATS_TYPES.map((type) => {
      const td = h('td', { class: 'num', 'data-type': type });
      this.#footCells.set(type, td);
      return td;
    });
    this.#renderFoot(null, []);
    return h('tr', {}, this.#footLabel, ...cells, h('td', {}), h('td', {}), h('td', {}), h('td', {}));
  }

  /** Footer counts over the rows shown: "6 af 10" for all, "0 af 3" in gap mode, "+ 1 forslag" in a scenario. */
  #renderFoot(shown: readonly string[] | null, proposals: readonly Proposal[]): void {
    const { matrix, lang } = this.#opts;
    const among = shown ?? Object.keys(matrix);
    const counts = typeCounts(matrix, proposals, among);
    for (const [type, td] of this.#footCells)
      td.textContent = countLabel(counts[type as IndsatsType], among.length, lang);
    this.#footLabel.textContent =
      shown === null ? STRINGS[lang].totalRow : STRINGS[lang].totalRowShown(among.length);
  }

  /** Follows gap mode and the scenario: rows shown, caption, proposed cells and footer counts. */
  setView(view: TableView): void {
    this.#view = view;
    const { matrix, lang } = this.#opts;
    const t = STRINGS[lang];
    this.showOnly(view.shown);
    this.#caption.textContent = view.gapSentence ? t.gapCaption(view.gapSentence) : t.tableCaption;
    const proposals = effectiveProposals(matrix, view.proposals);
    for (const [key, cell] of this.#cells) {
      const [id = '', type] = key.split(':') as [string, IndsatsType];
      this.#fillCell(cell, id, type, isProposed(proposals, id, type));
    }
    this.#renderFoot(view.shown, proposals);
  }

  /** Sorts the rows by name, bydel (then name) or number of types (most first, then name). */
  sort(key: SortKey): void {
    this.#sortKey = key;
    const { data, geography } = this.#opts;
    const name = (id: string) => data.areas.find((a) => a.properties.id === id)?.properties.navn ?? id;
    const byName = (a: string, b: string) => name(a).localeCompare(name(b), 'da');
    const ids = [...this.#rows.keys()].sort((a, b) => {
      if (key === 'bydel')
        return (geography[a]?.bydel ?? '').localeCompare(geography[b]?.bydel ?? '', 'da') || byName(a, b);
      if (key === 'antal') return total(this.#counts[b]) - total(this.#counts[a]) || byName(a, b);
      return byName(a, b);
    });
    this.#body.replaceChildren(...ids.flatMap((id) => this.#rows.get(id) ?? []));
    for (const [k, th] of this.#headers)
      th.setAttribute('aria-sort', k === key ? (key === 'antal' ? 'descending' : 'ascending') : 'none');
  }

  /** Marks the row of the selected area (or none). */
  setSelected(id: string | null): void {
    this.#selected = id;
    for (const [areaId, row] of this.#rows) {
      if (areaId === id) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    }
  }

  /** Shows only the given areas' rows (gap mode), or all rows for null. */
  showOnly(ids: readonly string[] | null): void {
    for (const [id, row] of this.#rows) row.hidden = ids !== null && !ids.includes(id);
  }
}
