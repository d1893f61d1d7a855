import type { IndsatsType } from '../data/types';
import type { Dataset } from '../data/validate';
import type { CoverageMatrix } from '../derive/coverage';
import { nearestReached } from '../derive/nearest';
import { effectiveProposals, type Proposal, scenarioGaps, type TypeCount } from '../derive/scenario';
import { formatDistance, formatKm, formatSplitCount, type Lang } from './format';
import { STRINGS, typeInText } from './strings';

/** What gap text is made from: the data, its matrix, area names, and the view's proposals. */
export interface GapInput {
  data: Dataset;
  matrix: CoverageMatrix;
  names: Record<string, string>;
  proposals: readonly Proposal[];
}

/** "NV arbejdsmarked eller jobcentre": the chosen types as they read inside a sentence, joined by "eller". */
export function typeList(types: readonly IndsatsType[], lang: Lang): string {
  const names = types.map((t) => typeInText(t, lang));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${STRINGS[lang].or} ${names.at(-1)}`;
}

const byName = (names: Record<string, string>, ids: readonly string[]) =>
  ids.map((id) => names[id] ?? id).sort((a, b) => a.localeCompare(b, 'da'));

/** "jobcentre i Bispeparken" for each proposal, joined (it follows "Forslag:" inside a sentence). */
export function proposalList(
  proposals: readonly Proposal[],
  names: Record<string, string>,
  lang: Lang,
): string {
  return proposals
    .map((p) => STRINGS[lang].proposalItem(typeInText(p.type, lang), names[p.area] ?? p.area))
    .join(', ');
}

/** The gap, in words, for the chosen types; null when gap mode is off. */
export interface GapSummary {
  /** Area ids none of the types reaches (a proposal counts as reaching, in a scenario). */
  ids: string[];
  /** "3 af 10 områder er ikke omfattet af NV arbejdsmarked eller jobcentre: Akacieparken, Blågården, …". */
  sentence: string;
  /** One line per gap area and type: the nearest area the type reaches and how far (derived). */
  nearest: string[];
}

/**
 * The sentence and nearest-help lines every gap view uses (gap control, table caption, print, PNG, files).
 * Proposals of a chosen type close the gap in the scenario and are named as proposals, never as decided.
 */
export function gapSummary(input: GapInput, types: readonly IndsatsType[], lang: Lang): GapSummary | null {
  if (types.length === 0) return null;
  const { data, matrix, names } = input;
  const t = STRINGS[lang];
  const total = Object.keys(matrix).length;
  const proposals = effectiveProposals(matrix, input.proposals).filter((p) => types.includes(p.type));
  const ids = scenarioGaps(matrix, types, proposals);
  let sentence = t.gapSentence(ids.length, total, typeList(types, lang), byName(names, ids).join(', '));
  if (proposals.length > 0) sentence += ` ${t.gapClosedByProposals(proposalList(proposals, names, lang))}`;
  const nearest = [...ids]
    .sort((a, b) => (names[a] ?? a).localeCompare(names[b] ?? b, 'da'))
    .flatMap((id) =>
      types.flatMap((type) => {
        const help = nearestReached(data, matrix, id, type);
        if (!help) return [];
        if (help.site !== null)
          return [
            t.nearestSiteLine(
              names[id] ?? id,
              lowerFirst(nearestSiteLabel(type, lang)),
              help.site,
              formatDistance(help.km * 1000, lang),
              formatKm(help.plusMinusKm, lang),
            ),
          ];
        return [
          t.nearestLine(
            names[id] ?? id,
            typeInText(type, lang),
            names[help.id] ?? help.id,
            formatKm(help.km, lang),
            formatKm(help.plusMinusKm, lang),
          ),
        ];
      }),
    );
  return { ids, sentence, nearest };
}

/** The label of a type's nearest site: "Nærmeste TV-overvågede sted", "Nærmeste jobcenter", else generic. */
export function nearestSiteLabel(type: IndsatsType, lang: Lang): string {
  const t = STRINGS[lang];
  if (type === 'tv_overvaagning') return t.nearestTv;
  if (type === 'jobcentre') return t.nearestJobcenter;
  return t.nearestSiteOf(typeInText(type, lang));
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "6 af 10", or "5 af 10 + 1 forslag" when proposals reach further; proposals never enter the first number. */
export function countLabel(count: TypeCount, of: number, lang: Lang): string {
  const base = formatSplitCount({ stated: count.covered - count.derived, derived: count.derived }, lang, of);
  return count.proposed > 0 ? STRINGS[lang].countProposed(base, count.proposed) : base;
}

/**
 * The lines an exported picture adds for the view: the scenario's title with its proposals (when any), then
 * the gap sentence (in gap mode). Empty for the plain view.
 */
export function viewNotes(input: GapInput, types: readonly IndsatsType[], lang: Lang): string[] {
  const t = STRINGS[lang];
  const lines: string[] = [];
  const proposals = effectiveProposals(input.matrix, input.proposals);
  if (proposals.length > 0)
    lines.push(`${t.scenarioTitle}. ${t.scenarioList(proposalList(proposals, input.names, lang))}`);
  const gap = gapSummary(input, types, lang);
  if (gap) lines.push(gap.sentence);
  return lines;
}
