// The warning for a gap between what the data says and what people experience: the latest
// closed evaluation's perceived score on a criterion lies THRESHOLDS.perceivedGapPoints or
// more from today's structural score. Either the data misses something the respondents see,
// or they do not see what the data shows; both are worth a conversation.
import type { Dossier } from './dossier';
import { formatDateNb, toIsoDate } from './iso-date';
import { CRITERION_LABELS, structuralScoresOn, type Criterion } from './legitimacy';
import { THRESHOLDS } from './thresholds';
import type { WarningRule } from './warnings';

const CRITERIA: readonly Criterion[] = ['input', 'throughput', 'output'];

/** The latest closed round that has perceived scores, or null. */
export function latestPerceived(d: Dossier): { closedAt: string; number: number | null; scores: Record<Criterion, number | null> } | null {
  const closed = d.evaluations
    .filter((e) => e.closedAt !== null && e.perceived)
    .sort((a, b) => (a.closedAt! < b.closedAt! ? -1 : 1))
    .at(-1);
  return closed ? { closedAt: closed.closedAt!, number: closed.number ?? null, scores: closed.perceived! } : null;
}

const gap: WarningRule = {
  id: 'legitimitet.avstand_opplevd_strukturell',
  trap: 'legitimitet',
  title: 'Opplevd og strukturell legitimitet spriker',
  severity: 'middels',
  perceived: [],
  advice:
    'Når de som kjenner samarbeidet best, vurderer det helt annerledes enn dataene tilsier, mangler dataene ofte noe viktig – eller så er det gjort ting som ikke er blitt kjent. Gå gjennom svarene og indikatorene sammen i styringsgruppen, rett opp det som er registrert feil, og bruk avstanden som tema i neste forankring.',
  check(ctx) {
    const latest = latestPerceived(ctx.dossier);
    if (!latest) return null;
    const structural = structuralScoresOn(ctx.dossier, ctx.today);
    const round = latest.number !== null ? `evalueringsrunde ${latest.number}` : 'siste evaluering';
    const facts = CRITERIA.flatMap((c) => {
      const perceived = latest.scores[c];
      const data = structural[c].score;
      if (perceived === null || data === null || Math.abs(perceived - data) < THRESHOLDS.perceivedGapPoints.value) return [];
      const direction = perceived < data ? 'lavere' : 'høyere';
      return [
        `${CRITERION_LABELS[c]}: ${perceived} poeng i ${round} (avsluttet ${formatDateNb(toIsoDate(latest.closedAt))}), mot ${data} poeng fra dataene i dag – ${Math.abs(perceived - data)} poeng ${direction}.`,
      ];
    });
    return facts.length > 0 ? facts : null;
  },
};

export const GAP_RULES: readonly WarningRule[] = [gap];
