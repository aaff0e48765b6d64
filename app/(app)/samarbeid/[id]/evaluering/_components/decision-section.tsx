// While the cooperation waits for the decision after an evaluation: the round it concludes
// (with a link to its results), what each choice leads to, and the form for those who may
// decide (a member's rådmannsteam).
import Link from 'next/link';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { DECISIONS, DECISION_LABELS } from '@/lib/pure/domain/evaluation-decision';
import { DECISION_CONSEQUENCES } from '@/lib/pure/validation/decision';
import { DecisionForm } from './decision-form';

export interface ConcludedRound {
  id: string;
  number: number;
  invited: number;
  answered: number;
}

export function DecisionSection({ cooperationId, round, rowVersion, mayConclude }: { cooperationId: string; round: ConcludedRound | null; rowVersion: number; mayConclude: boolean }) {
  return (
    <section aria-labelledby="beslutning" className="bb-panel scroll-mt-4" data-testid="beslutning">
      <Heading level={2} id="beslutning" data-size="sm">
        Anbefaling og vedtak etter evalueringen
      </Heading>
      <Paragraph data-size="sm" className="mt-2">
        {round ? (
          <>
            Evalueringsrunde {round.number} er lukket med {round.answered} av {round.invited} svar.{' '}
            <Link href={`/samarbeid/${cooperationId}/evaluering/${round.id}`}>Se resultatene fra runde {round.number}</Link> før dere oppsummerer.
          </>
        ) : (
          'Evalueringsrunden er lukket.'
        )}{' '}
        Evalueringen avsluttes med en anbefaling og et vedtak om samarbeidets framtid.
      </Paragraph>
      {mayConclude ? (
        // The form explains each choice beside its radio button.
        <DecisionForm cooperationId={cooperationId} rowVersion={rowVersion} />
      ) : (
        <>
          <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
            {DECISIONS.map((d) => (
              <div key={d} className="contents">
                <dt className="font-semibold">{DECISION_LABELS[d]}</dt>
                <dd>{DECISION_CONSEQUENCES[d]}</dd>
              </div>
            ))}
          </dl>
          <Alert data-color="info" className="mt-4">
            <Paragraph data-size="sm">Anbefalingen og vedtaket registreres av rådmannsteamet i en deltakerkommune.</Paragraph>
          </Alert>
        </>
      )}
    </section>
  );
}
