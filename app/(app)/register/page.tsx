import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { registerMunicipalities } from '@/db/queries/register';
import { requireUser } from '@/lib/server/auth/session';
import { organisationTitle } from '@/lib/pure/domain/municipality';
import { registerScopeOf } from '@/lib/pure/register/scope';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../_components/page-header';

export const metadata: Metadata = { title: 'Samarbeidsregister' };

/** One municipality goes straight to its register; several (or an administrator) choose. */
export default async function RegisterChoicePage() {
  const user = await requireUser('/register');
  const scope = registerScopeOf(user);
  if (scope !== null && scope.length === 0) forbid();
  if (scope !== null && scope.length === 1) redirect(`/register/${scope[0]}`);
  const choices = await registerMunicipalities(await getDb(), scope);
  return (
    <>
      <PageHeader
        title="Samarbeidsregister"
        lead={
          scope === null
            ? 'Som administrator kan du åpne registeret til alle kommuner og fylkeskommuner. Her er de som deltar i minst ett registrert samarbeid.'
            : 'Du har roller i flere kommuner. Velg hvilken kommunes register du vil se.'
        }
      />
      {choices.length === 0 ? (
        <Paragraph className="bb-panel">Ingen kommuner deltar i registrerte samarbeid ennå.</Paragraph>
      ) : (
        <nav aria-labelledby="velg-kommune">
          <Heading level={2} id="velg-kommune" data-size="xs" className="mb-3">
            Velg kommune
          </Heading>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {choices.map((m) => (
              <li key={m.kommunenummer} className="bb-panel">
                <Link href={`/register/${m.kommunenummer}`} className="text-lg font-semibold">
                  {organisationTitle(m)}
                </Link>
                <p className="bb-muted mt-1 text-sm">
                  Kommunenummer {m.kommunenummer} · {m.cooperations} samarbeid
                </p>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
