// Vedtak: the member decisions of the open round (medlemsvedtak), and every decision ever
// registered, with its corrections. Leaving medlemsvedtak is a lifecycle step on the overview
// page; this page records decisions and corrects them (?rett=<decision>). The words follow the
// request's language (namespace `vedtak`); the two forms get theirs as props.
import { getLocale, getTranslations } from 'next-intl/server';
import { planningView } from '@/lib/pure/domain/membership';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { memberNamesIncludingFormer } from '@/db/queries/decisions';
import { findDecision, listCorrections } from '@/db/queries/decision-corrections';
import { can, cooperationResource } from '@/lib/pure/auth/can';
import { isEnded } from '@/lib/pure/domain/dossier';
import { memberDecisionStatus } from '@/lib/pure/domain/readiness';
import { correctionMessage, correctionScope } from '@/lib/pure/domain/decision-correction';
import { roundSummary } from '@/lib/pure/domain/decision-summary';
import { joinNb } from '@/lib/pure/domain/nb-text';
import { cooperationPage, getLifecycle } from '@/lib/server/cooperation-page';
import { restorableSnapshot } from '@/workflows/cooperation/snapshots';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { DecisionHistory } from './_components/decision-history';
import { DecisionStatusTable } from './_components/decision-status-table';
import { CorrectDecisionForm } from './_components/correct-decision-form';
import { RecordDecisionForm } from './_components/record-decision-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('vedtak');
  return { title: t('title') };
}

export default async function VedtakPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const { user, dossier, allowed } = await cooperationPage(id, `/samarbeid/${id}/vedtak`);
  if (!allowed) return null; // the layout shows NoAccess
  const lifecycle = await getLifecycle(id);
  if (!lifecycle) notFound();
  const { context } = restorableSnapshot(lifecycle);
  const open = dossier.state === 'medlemsvedtak';
  const status = open ? memberDecisionStatus(dossier, context.decisionRound) : null;
  const openRound = open ? context.decisionRound : null;
  const db = await getDb();
  const query = await searchParams;
  const canDecide = can(user, 'lifecycle.decide', cooperationResource(dossier));
  const correcting = canDecide && typeof query.rett === 'string' && /^[0-9a-f-]{36}$/i.test(query.rett) ? await findDecision(db, id, query.rett) : null;
  const [names, corrections] = await Promise.all([memberNamesIncludingFormer(db, id), listCorrections(db, id)]);
  const scopeOf = (round: number) => correctionScope(dossier.state, openRound, round);
  const correctScope = correcting ? scopeOf(correcting.round) : null;
  const requested = query.deltaker;
  const defaultMemberId = typeof requested === 'string' && planningView(dossier).members.some((m) => m.id === requested) ? requested : '';
  const rejected = status?.members.filter((m) => m.outcome === 'avslag').map((m) => m.memberName) ?? [];
  const correctHref = (decisionId: string) => `/samarbeid/${id}/vedtak?rett=${decisionId}#rett`;
  const [locale, t, ts] = await Promise.all([getLocale(), getTranslations('vedtak'), getTranslations('vedtak.oppsummering')]);
  const list = (items: string[]) => (locale === 'nb' ? joinNb(items) : new Intl.ListFormat(locale, { type: 'conjunction' }).format(items));
  const overview = (chunks: ReactNode) => <Link href={`/samarbeid/${id}`}>{chunks}</Link>;
  const outcomes = { tilslutning: t('utfall.tilslutning'), avslag: t('utfall.avslag'), utsatt: t('utfall.utsatt') };
  const fieldWords = {
    body: t('registrer.body'),
    date: t('registrer.date'),
    caseNumber: t('registrer.caseNumber'),
    outcome: t('registrer.outcome'),
    link: t('registrer.link'),
    checkFields: t('checkFields'),
    outcomes,
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]" lang={locale}>
      <div className="min-w-0 space-y-6">
        <div>
          <Heading level={2} data-size="md">
            {t('heading')}
          </Heading>
          <Paragraph className="bb-muted mt-2 max-w-3xl">{t('intro')}</Paragraph>
        </div>
        {status ? (
          <section aria-labelledby="runde-tittel" className="bb-panel">
            <Heading level={2} id="runde-tittel" data-size="sm">
              {t('round', { round: status.round })}
            </Heading>
            <Paragraph data-size="sm" className="mt-2 font-semibold" data-testid="runde-oppsummering">
              {roundSummary(status, ts)}
            </Paragraph>
            <Paragraph data-size="sm" className="mt-2">
              {t('purpose', { purpose: context.decisionPurpose ?? 'none' })}
            </Paragraph>
            {status.allConsented ? (
              <Alert data-color="success" className="mt-4">
                <Heading level={3} data-size="2xs">
                  {t('allConsentedTitle')}
                </Heading>
                <Paragraph data-size="sm" className="mt-1">
                  {t.rich('allConsented', { link: overview })}
                </Paragraph>
              </Alert>
            ) : rejected.length > 0 ? (
              <Alert data-color="warning" className="mt-4">
                <Paragraph data-size="sm">{t.rich('rejected', { names: list(rejected), link: overview })}</Paragraph>
              </Alert>
            ) : (
              <Paragraph data-size="sm" className="mt-2">
                {t('waiting', { names: list(status.pending) })}
              </Paragraph>
            )}
            <DecisionStatusTable
              status={status}
              locale={locale}
              links={canDecide ? { record: (memberId) => `/samarbeid/${id}/vedtak?deltaker=${memberId}#registrer`, correct: correctHref } : null}
            />
          </section>
        ) : (
          <Alert data-color="info">
            <Heading level={3} data-size="2xs">
              {t('noRoundTitle')}
            </Heading>
            <Paragraph data-size="sm" className="mt-1">
              {dossier.state === 'utkast' || dossier.state === 'etablering' || dossier.state === 'redesign' ? t('noRoundBefore') : t('noRoundOther')}
            </Paragraph>
          </Alert>
        )}
        {correcting && correctScope?.allowed ? (
          <CorrectDecisionForm
            key={`${correcting.id}-${correcting.version}`}
            defaults={{
              cooperationId: id,
              decisionId: correcting.id,
              version: correcting.version,
              body: correcting.body,
              date: correcting.date,
              saksnummer: correcting.saksnummer ?? '',
              outcome: correcting.outcome,
              url: correcting.url ?? '',
            }}
            round={correcting.round}
            outcomeOpen={correctScope.outcome}
            words={{
              ...fieldWords,
              title: t('rett.title', { name: names[correcting.memberId] ?? t('aFormerMember'), round: correcting.round }),
              intro: t('rett.intro'),
              outcomeLabel: t('rett.outcomeLabel'),
              reason: t('rett.reason'),
              reasonHint: t('rett.reasonHint'),
              submit: t('rett.submit'),
              cancel: t('rett.cancel'),
              saved: t('rett.saved', { name: names[correcting.memberId] ?? t('aFormerMember') }),
              outcomeLocked: correctionMessage('outcomeLocked', await getTranslations('avvisning.aksjon')),
            }}
          />
        ) : null}
        {status && canDecide ? (
          <RecordDecisionForm
            key={defaultMemberId}
            cooperationId={id}
            members={planningView(dossier).members.map((m) => ({ id: m.id, name: m.name }))}
            defaultMemberId={defaultMemberId}
            words={{
              ...fieldWords,
              title: t('registrer.title'),
              member: t('registrer.member'),
              chooseMember: t('registrer.chooseMember'),
              linkHint: t('registrer.linkHint'),
              submit: t('registrer.submit'),
              saved: t.raw('registrer.saved') as string,
              theMember: t('registrer.theMember'),
            }}
          />
        ) : status ? (
          <Alert data-color="info">
            <Paragraph data-size="sm">{t('whoRecords')}</Paragraph>
          </Alert>
        ) : null}
        <DecisionHistory
          decisions={dossier.memberDecisions}
          names={names}
          corrections={corrections}
          openRound={openRound}
          locale={locale}
          correctHref={canDecide && !isEnded(dossier.state) ? (d) => (scopeOf(d.round).allowed ? correctHref(d.id) : null) : null}
        />
      </div>
      <aside aria-label={t('guidance')}>
        <HelpPanel title={t('helpTitle')} topic={{ kind: 'phase', key: 'medlemsvedtak' }} />
      </aside>
    </div>
  );
}
