import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { contentVersion, recentSaves } from '@/db/queries/change-log';
import { listCorrections } from '@/db/queries/decision-corrections';
import { registrationFacts } from '@/db/queries/existing-cooperations';
import { loadPublicity } from '@/db/queries/publicity';
import { listWorkflowEvents } from '@/db/queries/workflow-events';
import { cooperationResource } from '@/lib/pure/auth/can';
import { formatOrganisationNumber } from '@/lib/pure/domain/organisation-number';
import { safeUrl } from '@/lib/pure/register/public';
import { completeness } from '@/lib/pure/domain/completeness';
import { readinessRulesIn } from '@/lib/pure/domain/completeness-words';
import { requestNow } from '@/lib/server/clock';
import { isEnded, PHASES } from '@/lib/pure/domain/dossier';
import { toIsoDate } from '@/lib/pure/domain/iso-date';
import { formatDate } from '@/lib/pure/format';
import { asWords } from '@/lib/pure/i18n/loose-words';
import { structuralScores } from '@/lib/pure/domain/legitimacy';
import { sectionEditable } from '@/lib/pure/domain/section-rules';
import { CHANGE_KINDS, type ChangeKind } from '@/lib/pure/validation/lifecycle';
import { overviewWords } from './_components/overview-words';
import { mergeHistory } from './_components/history';
import { PublicityPanel } from './_components/publicity-panel';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import { evaluateWarnings } from '@/lib/pure/domain/warnings';
import { warningWords } from '@/lib/pure/domain/warnings-words';
import { latestPerceived } from '@/lib/pure/domain/warnings-rules-gap';
import { TrafficLights } from '@/app/_components/traffic-lights';
import { cooperationPage, getLifecycle, readableName } from '@/lib/server/cooperation-page';
import { missingRuleWords } from '@/lib/pure/domain/missing-words';
import { lifecycleOffer } from '@/workflows/cooperation/offer';
import { CompletenessPanel } from './_components/completeness-panel';
import { HistoryTimeline } from './_components/history-timeline';
import { LifecycleActions } from './_components/lifecycle-actions';
import { LifecycleStepper } from './_components/lifecycle-stepper';
import { OverviewWarnings } from './_components/overview-warnings';
import { ReconfirmButton } from './_components/reconfirm-button';

// The layout's title template reaches only pages below it, so the overview names the cooperation itself.
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [name, t] = await Promise.all([readableName((await params).id), getTranslations('samarbeidside')]);
  return name ? { title: { absolute: `${t('overviewTitle')} – ${name} – Brobygger` } } : { title: t('overviewTitle') };
}

const HISTORY_PAGE = 25;

export default async function CooperationOverviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const { user, dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}`);
  if (!allowed) return null; // the layout shows NoAccess
  const lifecycle = await getLifecycle(id);
  if (!lifecycle) notFound();
  const db = await getDb();
  const shown = Math.min(Math.max(Number(query.historikk) || HISTORY_PAGE, HISTORY_PAGE), 1000);
  // Versions before the data they guard (lib/server/cooperation-page.ts loadForForm).
  const [stotteVersion, publicityVersion] = await Promise.all([contentVersion(db, id, 'stotte'), contentVersion(db, id, 'offentlighet')]);
  const [events, saves, corrections, publicity, facts, now] = await Promise.all([
    listWorkflowEvents(db, id),
    recentSaves(db, id, shown + 1),
    listCorrections(db, id, shown + 1),
    loadPublicity(db, id),
    registrationFacts(db, id),
    requestNow(),
  ]);
  const [locale, t, tLife, tRole, tSteps, tChanges, tComplete] = await Promise.all([
    getLocale(),
    getTranslations('samarbeidside'),
    getTranslations('livslop'),
    getTranslations('rolle'),
    getTranslations('historikk.steg'),
    getTranslations('historikk.endring'),
    getTranslations('samarbeidside.fullstendighet'),
  ]);
  const history = mergeHistory(events, saves, corrections, shown, { steps: asWords(tSteps), changes: asWords(tChanges) });
  const agreementUrl = safeUrl(facts?.agreementUrl);
  const proposal = typeof query.endring === 'string' && query.endring in CHANGE_KINDS ? (query.endring as ChangeKind) : undefined;
  const warnings = evaluateWarnings(dossier, now, undefined, warningWords(locale));
  const scores = structuralScores(dossier, now);
  const latest = latestPerceived(dossier);
  const perceived = latest
    ? {
        scores: latest.scores,
        roundLabel:
          latest.number !== null
            ? t('legitimitet.roundNumber', { number: latest.number, date: formatDate(toIsoDate(latest.closedAt), locale) })
            : t('legitimitet.roundLatest', { date: formatDate(toIsoDate(latest.closedAt), locale) }),
      }
    : null;
  // A draft is not governed yet: no warnings or lights until it is being established.
  const governed = dossier.state !== 'utkast';
  // nb keeps the rules' bokmål sentences as they are; other languages get them translated.
  const offer = lifecycleOffer(lifecycle, dossier, user, cooperationResource(dossier), asWords(tLife), locale === 'nb' ? undefined : missingRuleWords(locale));
  const readiness = phaseReadiness(dossier);
  const establishing = dossier.state === 'utkast' || dossier.state === 'etablering' || dossier.state === 'redesign';
  // Running without establishing here (registered as existing) leaves phase data to complete.
  const complete = ['drift', 'evaluering', 'beslutning'].includes(dossier.state) ? completeness(dossier, asWords(tComplete), readinessRulesIn(locale)) : null;
  // Re-confirmation after an election is a task for cooperations still running.
  const reconfirm = isEnded(dossier.state) ? [] : dossier.sponsors.filter((s) => s.needsReconfirmation);
  const { actionWords, publicityWords, reconfirmWords } = await overviewWords();
  return (
    <div className="grid gap-6 lg:grid-cols-[3fr_2fr]" lang={locale}>
      <div className="space-y-6">
        <LifecycleStepper state={dossier.state} startDate={dossier.startDate} />
        {governed ? <OverviewWarnings warnings={warnings} /> : null}
        {establishing ? (
          <section aria-labelledby="faser-tittel" className="bb-panel">
            <Heading level={2} id="faser-tittel" data-size="xs">
              {t('faser.heading')}
            </Heading>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2">
              {PHASES.map((phase) => (
                <li key={phase} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-3">
                  <Link href={`/samarbeid/${id}/${phase}`} className="font-semibold">
                    {tLife(`fase.${phase}`)}
                  </Link>
                  <p className="mt-1 text-sm">{readiness[phase].ready ? t('faser.ready') : t('faser.missing', { count: readiness[phase].missing.length })}</p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {complete && complete.followUps.length > 0 ? <CompletenessPanel cooperationId={id} completeness={complete} /> : null}
        <section aria-labelledby="om-tittel" className="bb-panel">
          <Heading level={2} id="om-tittel" data-size="xs">
            {t('om.heading')}
          </Heading>
          <Paragraph className="mt-2">{dossier.purpose ?? t('om.noPurpose')}</Paragraph>
          {facts?.organisationNumber || agreementUrl ? (
            <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-[10rem_1fr]">
              {facts?.organisationNumber ? (
                <>
                  <dt className="font-semibold">{t('om.orgNumber')}</dt>
                  <dd>{formatOrganisationNumber(facts.organisationNumber)}</dd>
                </>
              ) : null}
              {agreementUrl ? (
                <>
                  <dt className="font-semibold">{t('om.agreement')}</dt>
                  <dd>
                    <a href={agreementUrl} rel="noopener noreferrer">
                      {t('om.openDocument')}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
          ) : null}
          {dossier.problemWhat ? (
            <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
              <dt className="font-semibold">{t('om.what')}</dt>
              <dd>{dossier.problemWhat}</dd>
              <dt className="font-semibold">{t('om.why')}</dt>
              <dd>{dossier.problemWhy ?? '–'}</dd>
              <dt className="font-semibold">{t('om.how')}</dt>
              <dd>{dossier.problemHow ?? '–'}</dd>
            </dl>
          ) : null}
          <div className="mt-4 overflow-x-auto">
            <Table border className="w-full">
              <caption className="ds-sr-only">{t('om.membersCaption')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('om.member')}</TableHeaderCell>
                  <TableHeaderCell>{t('om.role')}</TableHeaderCell>
                  <TableHeaderCell>{t('om.benefit')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {dossier.members.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell>{m.name}</TableCell>
                    <TableCell>
                      {tRole(m.role)}
                    </TableCell>
                    <TableCell>
                      {m.expectedBenefitLevel ? <span className="font-semibold">{t('om.benefitLevel', { level: t(`nytte.${m.expectedBenefitLevel}`) })}</span> : null}
                      {m.expectedBenefit ?? (m.expectedBenefitLevel ? '' : '–')}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      </div>
      <div className="space-y-6">
        {governed ? (
          <section aria-labelledby="legitimitet-tittel" className="bb-panel">
            <Heading level={2} id="legitimitet-tittel" data-size="xs" className="mb-2">
              {t('legitimitet.heading')}
            </Heading>
            <TrafficLights scores={scores} short perceived={perceived} label={t('legitimitet.label', { name: dossier.name })} />
            <p className="bb-muted mt-2 text-xs">
              {perceived ? t('legitimitet.perceived', { round: perceived.roundLabel }) : t('legitimitet.perceivedLater')}
            </p>
          </section>
        ) : null}
        <LifecycleActions cooperationId={id} rowVersion={lifecycle.rowVersion} steps={offer.steps} hiddenByRole={offer.hiddenByRole} decisionForm={offer.decisionForm} proposal={proposal} words={actionWords} />
        {reconfirm.length > 0 ? (
          <section aria-labelledby="bekreft-tittel" className="bb-panel border-[var(--ds-color-warning-border-default)]">
            <Heading level={2} id="bekreft-tittel" data-size="xs">
              {t('sponsorer.heading')}
            </Heading>
            <ul className="mt-2 space-y-3 text-sm">
              {reconfirm.map((s) => {
                const role = s.kind === 'politisk' ? t('sponsorer.politisk') : t('sponsorer.administrativ');
                return (
                  <li key={s.id} className="flex flex-col gap-2 border-t border-[var(--ds-color-neutral-border-subtle)] pt-2 first:border-t-0 first:pt-0">
                    <span>{t('sponsorer.item', { name: s.name, role, member: dossier.members.find((m) => m.id === s.memberId)?.name ?? '' })}</span>
                    {canEdit ? <ReconfirmButton cooperationId={id} sponsorId={s.id} version={stotteVersion} words={reconfirmWords(s.name, role)} /> : null}
                  </li>
                );
              })}
            </ul>
            <Paragraph data-size="sm" className="mt-2">
              {t('sponsorer.note')}
            </Paragraph>
          </section>
        ) : null}
        <PublicityPanel
          cooperationId={id}
          isPublic={publicity?.isPublic ?? false}
          version={publicityVersion}
          draft={dossier.state === 'utkast'}
          mayChange={canEdit && sectionEditable(dossier.state, 'samarbeid.offentlighet')}
          words={publicityWords}
        />
        <HistoryTimeline entries={history.entries} moreHref={history.more ? `/samarbeid/${id}?historikk=${shown + HISTORY_PAGE}#historikk` : null} />
      </div>
    </div>
  );
}
