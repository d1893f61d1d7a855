import { create } from 'd3-selection';
import type { Dataset } from '../data/validate';
import { type BudgetRow, budgetRows, tvFigures, tvRows } from '../derive/budgets';
import { formatKr, type Lang } from '../i18n/format';
import { STRINGS, TYPE_LABELS } from '../i18n/strings';
import { budgetChart } from './budgetChart';

/** Label column text and the note under it: the type's name, and "fælles for N områder" or the case's name. */
function labelled(
  rows: BudgetRow[],
  lang: Lang,
): { rows: BudgetRow[]; notes: Record<string, string>; danish: Set<string> } {
  const t = STRINGS[lang];
  const notes = Object.fromEntries(
    // The case's name whole: the note wraps in the label column (cut with "…" it could not be read on touch).
    rows.map((r) => [r.id, r.sharedBy > 1 ? t.sharedNote(r.sharedBy) : r.label]),
  );
  return {
    rows: rows.map((r) => ({ ...r, label: TYPE_LABELS[lang][r.type].name })),
    notes,
    // The case's name is its own Danish wording, in either UI language.
    danish: new Set(rows.filter((r) => r.sharedBy <= 1).map((r) => r.id)),
  };
}

function figure(title: string, caption: string, chart: SVGSVGElement): HTMLElement {
  const fig = create('figure').attr('class', 'budget-figure');
  fig.append('h3').text(title);
  fig.node()?.append(chart);
  fig.append('figcaption').text(caption);
  return fig.node() as HTMLElement;
}

/**
 * The budget picture: amounts by initiative (years where the case gives them, shared amounts whole) and the two
 * ways the case counts TV-overvågning side by side. Returns a section with two figures.
 */
export function budgetFigure(data: Dataset, lang: Lang, width: number): HTMLElement {
  const t = STRINGS[lang];
  const main = labelled(budgetRows(data), lang);
  const tv = tvRows(data, {
    statedTotal: t.statedTotal,
    siteSum: t.siteSum,
    state: t.stateShare,
    municipal: t.municipalShare,
  });
  const totals = tvFigures(data);
  const section = create('section').attr('class', 'budget').attr('aria-labelledby', 'budget-title');
  section.append('h2').attr('id', 'budget-title').text(t.budgetTitle);
  section.node()?.append(
    figure(
      t.chartTitle,
      t.chartCaption,
      budgetChart(main.rows, {
        width,
        lang,
        label: t.chartTitle,
        notes: main.notes,
        danishNotes: main.danish,
        idPrefix: 'budget-main',
      }),
    ),
    figure(
      t.chartTvTitle,
      t.chartTvCaption(
        formatKr(totals.statedTotal, lang),
        formatKr(totals.siteSum, lang),
        formatKr(totals.municipalFunding.find((g) => g.kr !== null)?.kr ?? 0, lang),
      ),
      budgetChart(tv, { width, lang, label: t.chartTvTitle, idPrefix: 'budget-tv' }),
    ),
  );
  return section.node() as HTMLElement;
}
