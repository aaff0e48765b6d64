// What the cooperation is: key facts, why it exists, and what its legal form means. The legal
// form's own description comes from the legal-form catalogue (lib/pure/domain/legal-forms.ts),
// which is still bokmål only.
import { useTranslations } from 'next-intl';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatOrganisationNumber } from '@/lib/pure/domain/organisation-number';
import { taskAreaNameIn } from '@/lib/pure/domain/task-area-words';
import type { PublicCooperation } from '@/lib/pure/register/public';
import { useDate } from './labels';

export function KeyFacts({ c }: { c: PublicCooperation }) {
  const t = useTranslations('samarbeid.facts');
  const tState = useTranslations('tilstand');
  const tRole = useTranslations('rolle');
  const tLevel = useTranslations('samarbeid.level');
  const tArea = useTranslations('oppgavefelt');
  const date = useDate();
  const hostRoles = new Set(c.members.map((m) => m.role).filter((r) => r === 'vertskommune' || r === 'kontorkommune'));
  const hostTerm = hostRoles.size === 0 ? t('host') : hostRoles.size === 2 ? tRole('vertOgKontor') : tRole([...hostRoles][0]!);
  const facts: [string, string][] = [
    [t('state'), tState(c.state)],
    [t('form'), c.legalForm?.name ?? c.legalFormName ?? t('notChosen')],
    [t('taskArea'), c.taskArea ? taskAreaNameIn(c.taskArea, tArea) : t('notGiven')],
    [hostTerm, c.hosts.length > 0 ? c.hosts.join(', ') : t('noHost')],
    [t('memberCount'), String(c.members.length)],
    [t('level'), c.geographicLevel ? tLevel(c.geographicLevel) : t('notGiven')],
    [t('since'), c.startDate ? date(c.startDate) : t('notStarted')],
    ...(c.organisationNumber ? ([[t('orgNumber'), formatOrganisationNumber(c.organisationNumber)]] as [string, string][]) : []),
  ];
  return (
    <section aria-labelledby="fakta-tittel" className="bb-panel">
      <Heading level={2} id="fakta-tittel" data-size="xs">
        {t('heading')}
      </Heading>
      <dl className="mt-3 grid gap-x-6 gap-y-2 [overflow-wrap:break-word] sm:grid-cols-[auto_minmax(0,1fr)]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function WhySection({ c }: { c: PublicCooperation }) {
  const t = useTranslations('samarbeid.why');
  const parts: [string, string | null][] = [
    [t('what'), c.problem.what],
    [t('whyTogether'), c.problem.why],
    [t('how'), c.problem.how],
  ];
  const described = parts.filter((p): p is [string, string] => p[1] !== null);
  return (
    <section aria-labelledby="hvorfor-tittel" className="bb-panel">
      <Heading level={2} id="hvorfor-tittel" data-size="xs">
        {t('heading')}
      </Heading>
      {c.purpose ? null : <Paragraph className="mt-2">{t('noPurpose')}</Paragraph>}
      {described.length > 0 ? (
        <dl className="mt-3 space-y-3">
          {described.map(([term, text]) => (
            <div key={term}>
              <dt className="font-semibold">{term}</dt>
              <dd className="mt-1">{text}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <Paragraph className="mt-2">{t('noProblem')}</Paragraph>
      )}
    </section>
  );
}

export function FormSection({ c }: { c: PublicCooperation }) {
  const t = useTranslations('samarbeid.form');
  const form = c.legalForm;
  const entity = form ? (form.legalEntity === 'kan' ? t('entityCan') : form.legalEntity ? t('entityYes') : t('entityNo')) : '';
  return (
    <section aria-labelledby="form-tittel" className="bb-panel">
      <Heading level={2} id="form-tittel" data-size="xs" className="hyphens-auto [overflow-wrap:break-word]">
        {t('heading', { name: form?.name ?? c.legalFormName ?? t('notChosen') })}
      </Heading>
      {form ? (
        <>
          <Paragraph className="mt-2">{form.summary}</Paragraph>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            <li>{t('basis', { basis: form.basis })}</li>
            <li>{entity}</li>
            <li>{form.mayMakeEnkeltvedtak ? t('decisionsYes') : t('decisionsNo')}</li>
            {form.bodies.length > 0 ? <li>{t('bodies', { bodies: form.bodies.join(', ') })}</li> : null}
          </ul>
        </>
      ) : (
        <Paragraph className="mt-2">{c.legalFormName ? t('older') : t('undecided')}</Paragraph>
      )}
    </section>
  );
}
