import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { listMunicipalities, listTaskAreas } from '@/db/queries/municipalities';
import { requireUser } from '@/lib/server/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../_components/page-header';
import { NewCooperationForm } from './_components/new-cooperation-form';

export const metadata: Metadata = { title: 'Nytt samarbeid' };

export default async function NewCooperationPage() {
  const user = await requireUser('/samarbeid/ny');
  const own = user.roles.filter((r) => r.role === 'radmannsteam' && r.kommunenummer).map((r) => r.kommunenummer!);
  if (own.length === 0) forbid();
  const db = await getDb();
  const [municipalities, taskAreas] = await Promise.all([listMunicipalities(db), listTaskAreas(db)]);
  return (
    <>
      <PageHeader
        title="Nytt samarbeid"
        crumbs={[{ href: '/samarbeid', label: 'Samarbeid' }]}
        lead="Start med det dere er enige om: hva problemet er, hvorfor dere vil samarbeide, og hvem som er med. Resten fyller dere inn fase for fase."
      />
      <NewCooperationForm
        ownMunicipalities={own}
        // A new cooperation's members are municipalities (the schema takes four-digit numbers).
        municipalities={municipalities
          .filter((m) => m.kind === 'kommune')
          .map((m) => ({ kommunenummer: m.kommunenummer, name: m.name, otherName: m.otherName, countyName: m.countyName, kind: m.kind }))}
        taskAreas={taskAreas.map((a) => ({ id: a.id, name: a.name, sector: a.sector }))}
      />
    </>
  );
}
