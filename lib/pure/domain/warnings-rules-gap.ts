// The warning for a gap between what the data says and what people experience: the latest
// closed evaluation's perceived score on a criterion lies THRESHOLDS.perceivedGapPoints or
// more from today's structural score. Either the data misses something the respondents see,
// or they do not see what the data shows; both are worth a conversation.
import type { Dossier } from './dossier';
import { toIsoDate } from './iso-date';
import { structuralScoresOn, type Criterion } from './legitimacy';
import { THRESHOLDS } from './thresholds';
import type { WarningRule } from './warnings';
import { fact, ruleFacts, ruleText } from './warnings-words';

const CRITERIA: readonly Criterion[] = ['input', 'throughput', 'output'];

/** The latest closed round that has perceived scores, or null. */
export function latestPerceived(d: Dossier): { closedAt: string; number: number | null; scores: Record<Criterion, number | null> } | null {
  const closed = d.evaluations
    .filter((e) => e.closedAt !== null && e.perceived)
    .sort((a, b) => (a.closedAt! < b.closedAt! ? -1 : 1))
    .at(-1);
  return closed ? { closedAt: closed.closedAt!, number: closed.number ?? null, scores: closed.perceived! } : null;
}

const GAP = 'legitimitet.avstand_opplevd_strukturell';
const f = ruleFacts(GAP);

const gap: WarningRule = {
  id: GAP,
  trap: 'legitimitet',
  title: ruleText(GAP, 'title'),
  severity: 'middels',
  perceived: [],
  advice: ruleText(GAP, 'advice'),
  check(ctx) {
    const latest = latestPerceived(ctx.dossier);
    if (!latest) return null;
    const structural = structuralScoresOn(ctx.dossier, ctx.today);
    const round = latest.number !== null ? fact('runde.number', { number: latest.number }) : fact('runde.latest');
    const facts = CRITERIA.flatMap((c) => {
      const perceived = latest.scores[c];
      const data = structural[c].score;
      if (perceived === null || data === null || Math.abs(perceived - data) < THRESHOLDS.perceivedGapPoints.value) return [];
      return [
        f('gap', {
          criterion: fact(`kriterium.${c}`),
          perceived,
          round,
          date: { date: toIsoDate(latest.closedAt) },
          data,
          difference: Math.abs(perceived - data),
          direction: perceived < data ? 'lower' : 'higher',
        }),
      ];
    });
    return facts.length > 0 ? facts : null;
  },
};

export const GAP_RULES: readonly WarningRule[] = [gap];
