// Under the open round's invitations: a warning for each perspective nobody is invited from
// (with where to link the people who would be), and, for those who run the round, the people
// who could be invited now but are not (linked to an account after the round opened).
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { missingInvitees } from '@/db/queries/evaluation-invitees';
import type { Dossier } from '@/lib/pure/domain/dossier';
import type { InvitationPerspective } from '@/lib/pure/domain/questionnaire';
import { PERSPECTIVE_GROUP_SOURCE, perspectivesWithoutInvitees } from '@/lib/pure/domain/questionnaire/coverage';
import { AddInviteeButton } from './add-invitee-button';

export async function RoundCoverage({ dossier, roundId, invitations, mayRun }: { dossier: Dossier; roundId: string; invitations: { perspective: InvitationPerspective }[]; mayRun: boolean }) {
  const uncovered = perspectivesWithoutInvitees(invitations);
  const missing = mayRun ? await missingInvitees(await getDb(), dossier, roundId) : [];
  const t = await getTranslations('evaluering.coverage');
  const tp = await getTranslations('evaluering.perspectiveLower');
  const memberName = new Map(dossier.members.map((m) => [m.id, m.name]));
  return (
    <>
      {uncovered.length > 0 ? (
        <Alert data-color="warning" className="mt-4" data-testid="perspektiv-uten-inviterte">
          <Heading level={3} data-size="2xs">
            {t('missing', { count: uncovered.length })}
          </Heading>
          <Paragraph data-size="sm" className="mt-1">
            {t('uncovered', { groups: uncovered.map((g) => t(`groupLower.${g}`)).join(', ') })}
          </Paragraph>
          {mayRun ? (
            <ul className="mt-2 list-disc pl-5 text-sm">
              {uncovered.map((g) => (
                <li key={g}>
                  <Link href={`/samarbeid/${dossier.id}/${PERSPECTIVE_GROUP_SOURCE[g].page}`}>{t(`source.${g}`)}</Link>
                  {t('inviteThemHere')}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {missing.length > 0 ? (
        <section aria-labelledby="kan-inviteres" className="mt-4" data-testid="kan-inviteres">
          <Heading level={3} id="kan-inviteres" data-size="2xs">
            {t('canInvite')}
          </Heading>
          <Paragraph data-size="sm" className="mt-1">
            {t('canInviteText')}
          </Paragraph>
          <ul className="mt-2 flex flex-col gap-2">
            {missing.map((m) => (
              <li key={m.userId} className="flex flex-wrap items-center gap-3">
                <span>
                  {m.memberId && memberName.get(m.memberId)
                    ? t('candidateFor', { name: m.name, perspective: tp(m.perspective), member: memberName.get(m.memberId)! })
                    : t('candidate', { name: m.name, perspective: tp(m.perspective) })}
                </span>
                <AddInviteeButton
                  roundId={roundId}
                  userId={m.userId}
                  words={{ invite: t('invite'), label: t('inviteLabel', { name: m.name }), done: t('invited', { name: m.name }) }}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
