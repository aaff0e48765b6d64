// Under the open round's invitations: a warning for each perspective nobody is invited from
// (with where to link the people who would be), and, for those who run the round, the people
// who could be invited now but are not (linked to an account after the round opened).
import Link from 'next/link';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { missingInvitees } from '@/db/queries/evaluation-invitees';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { INVITATION_PERSPECTIVE_LABELS, PERSPECTIVE_GROUP_LABELS, type InvitationPerspective } from '@/lib/pure/domain/questionnaire';
import { PERSPECTIVE_GROUP_SOURCE, perspectivesWithoutInvitees } from '@/lib/pure/domain/questionnaire/coverage';
import { AddInviteeButton } from './add-invitee-button';

export async function RoundCoverage({ dossier, roundId, invitations, mayRun }: { dossier: Dossier; roundId: string; invitations: { perspective: InvitationPerspective }[]; mayRun: boolean }) {
  const uncovered = perspectivesWithoutInvitees(invitations);
  const missing = mayRun ? await missingInvitees(await getDb(), dossier, roundId) : [];
  const memberName = new Map(dossier.members.map((m) => [m.id, m.name]));
  return (
    <>
      {uncovered.length > 0 ? (
        <Alert data-color="warning" className="mt-4" data-testid="perspektiv-uten-inviterte">
          <Heading level={3} data-size="2xs">
            {uncovered.length === 1 ? 'Ett perspektiv mangler' : `${uncovered.length} perspektiver mangler`}
          </Heading>
          <Paragraph data-size="sm" className="mt-1">
            Ingen er invitert til å svare som {uncovered.map((g) => PERSPECTIVE_GROUP_LABELS[g].toLocaleLowerCase('nb')).join(', ')}. Resultatene vil mangle dette blikket på samarbeidet.
          </Paragraph>
          {mayRun ? (
            <ul className="mt-2 list-disc pl-5 text-sm">
              {uncovered.map((g) => (
                <li key={g}>
                  <Link href={`/samarbeid/${dossier.id}/${PERSPECTIVE_GROUP_SOURCE[g].page}`}>{PERSPECTIVE_GROUP_SOURCE[g].label}</Link>, og inviter dem her.
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {missing.length > 0 ? (
        <section aria-labelledby="kan-inviteres" className="mt-4" data-testid="kan-inviteres">
          <Heading level={3} id="kan-inviteres" data-size="2xs">
            Kan inviteres nå
          </Heading>
          <Paragraph data-size="sm" className="mt-1">
            Disse har fått en rolle i samarbeidet etter at runden ble åpnet.
          </Paragraph>
          <ul className="mt-2 flex flex-col gap-2">
            {missing.map((m) => (
              <li key={m.userId} className="flex flex-wrap items-center gap-3">
                <span>
                  {m.name}, {INVITATION_PERSPECTIVE_LABELS[m.perspective].toLocaleLowerCase('nb')}
                  {m.memberId && memberName.get(m.memberId) ? ` for ${memberName.get(m.memberId)}` : ''}
                </span>
                <AddInviteeButton roundId={roundId} userId={m.userId} name={m.name} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
