// What the cooperation is: key facts, why it exists, and what its legal form means.
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import { formatOrganisationNumber } from '@/lib/pure/domain/organisation-number';
import type { PublicCooperation } from '@/lib/pure/register/public';
import { hostLabel } from '@/lib/pure/register/row';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import { enkeltvedtakText, GEOGRAPHIC_LABELS, legalEntityText } from './labels';

export function KeyFacts({ c }: { c: PublicCooperation }) {
  const facts: [string, string][] = [
    ['Tilstand', STATE_LABELS[c.state]],
    ['Form', c.legalForm?.name ?? c.legalFormName ?? 'Ikke valgt ennå'],
    ['Oppgavefelt', c.taskArea ?? 'Ikke oppgitt'],
    [hostLabel(c.members) ?? 'Vertskommune', c.hosts.length > 0 ? c.hosts.join(', ') : 'Ingen'],
    ['Antall deltakere', String(c.members.length)],
    ['Nivå', c.geographicLevel ? GEOGRAPHIC_LABELS[c.geographicLevel] : 'Ikke oppgitt'],
    ['I drift siden', c.startDate ? formatDateNb(c.startDate) : 'Ikke startet ennå'],
    ...(c.organisationNumber ? ([['Organisasjonsnummer', formatOrganisationNumber(c.organisationNumber)]] as [string, string][]) : []),
  ];
  return (
    <section aria-labelledby="fakta-tittel" className="bb-panel">
      <Heading level={2} id="fakta-tittel" data-size="xs">
        Kort om samarbeidet
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
  const parts: [string, string | null][] = [
    ['Hva er utfordringen?', c.problem.what],
    ['Hvorfor løses den sammen?', c.problem.why],
    ['Hvordan løses den?', c.problem.how],
  ];
  const described = parts.filter((p): p is [string, string] => p[1] !== null);
  return (
    <section aria-labelledby="hvorfor-tittel" className="bb-panel">
      <Heading level={2} id="hvorfor-tittel" data-size="xs">
        Hvorfor kommunene samarbeider
      </Heading>
      {c.purpose ? null : <Paragraph className="mt-2">Formålet er ikke beskrevet ennå.</Paragraph>}
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
        <Paragraph className="mt-2">Kommunene har ikke beskrevet utfordringen samarbeidet skal løse ennå.</Paragraph>
      )}
    </section>
  );
}

export function FormSection({ c }: { c: PublicCooperation }) {
  const form = c.legalForm;
  return (
    <section aria-labelledby="form-tittel" className="bb-panel">
      <Heading level={2} id="form-tittel" data-size="xs" className="hyphens-auto [overflow-wrap:break-word]">
        Organisasjonsform: {form?.name ?? c.legalFormName ?? 'ikke valgt ennå'}
      </Heading>
      {form ? (
        <>
          <Paragraph className="mt-2">{form.summary}</Paragraph>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            <li>Lovgrunnlag: {form.basis}.</li>
            <li>{legalEntityText(form.legalEntity)}</li>
            <li>{enkeltvedtakText(form.mayMakeEnkeltvedtak)}</li>
            {form.bodies.length > 0 ? <li>Styrende organer etter formen: {form.bodies.join(', ')}.</li> : null}
          </ul>
        </>
      ) : (
        <Paragraph className="mt-2">
          {c.legalFormName
            ? 'Formen er registrert etter en eldre ordning som ikke er beskrevet her.'
            : 'Kommunene har ikke bestemt organisasjonsform ennå. Det skjer før kommunestyrene vedtar samarbeidet.'}
        </Paragraph>
      )}
    </section>
  );
}
