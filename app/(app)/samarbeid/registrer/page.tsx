import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { listMunicipalities, listTaskAreas } from '@/db/queries/municipalities';
import { requireUser } from '@/lib/server/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { registeringMunicipalities } from '@/lib/pure/register/scope';
import { PageHeader } from '../../../_components/page-header';
import { ExistingCooperationForm } from './_components/existing-cooperation-form';
import { legalFormGroups } from './_components/legal-form-options';

export const metadata: Metadata = { title: 'Registrer eksisterende samarbeid' };

export default async function RegisterExistingPage() {
  const user = await requireUser('/samarbeid/registrer');
  const db = await getDb();
  const [municipalities, taskAreas] = await Promise.all([listMunicipalities(db), listTaskAreas(db)]);
  const own = registeringMunicipalities(user, municipalities.map((m) => m.kommunenummer));
  if (own.length === 0) forbid();
  return (
    <>
      <PageHeader
        title="Registrer eksisterende samarbeid"
        crumbs={[{ href: '/samarbeid', label: 'Samarbeid' }]}
        lead="For samarbeid som allerede er i drift. Samarbeidet går rett til drift med den virkelige startdatoen. Det som mangler fra fasene, blir oppfølgingsoppgaver du kan fullføre etter hvert."
      />
      <ExistingCooperationForm
        ownMunicipalities={own}
        municipalities={municipalities.map((m) => ({ kommunenummer: m.kommunenummer, name: m.name, otherName: m.otherName, countyName: m.countyName, kind: m.kind }))}
        taskAreas={taskAreas.map((a) => ({ id: a.id, name: a.name, sector: a.sector }))}
        legalForms={legalFormGroups()}
      />
    </>
  );
}
