import type { Metadata } from 'next';
import Link from 'next/link';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { listCooperationsForUser } from '@/db/queries/cooperations';
import { getMunicipalityNames } from '@/db/queries/municipalities';
import { can, SYSTEM } from '@/lib/auth/can';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { STATE_LABELS } from '@/workflows/cooperation/states';
import type { LifecycleState } from '@/lib/domain/dossier';
import { PageHeader } from '../../_components/page-header';

export const metadata: Metadata = { title: 'Oversikt' };

export default async function OverviewPage() {
  const user = await requireUser('/oversikt');
  const db = await getDb();
  const cooperations = await listCooperationsForUser(db, user);
  const names = await getMunicipalityNames(db, user.roles.map((r) => r.kommunenummer).filter((k): k is string => k !== null));
  const firstName = user.name.split(' ')[0];
  return (
    <>
      <PageHeader title={`Hei, ${firstName}`} lead="Her er samarbeidene du har en rolle i, og det du kan gjøre i Brobygger." />
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="samarbeid-tittel">
          <Heading level={2} id="samarbeid-tittel" data-size="sm">
            Dine samarbeid ({cooperations.length})
          </Heading>
          {cooperations.length === 0 ? (
            <Paragraph className="bb-panel mt-4">
              Du har ingen samarbeid ennå. Når du får en rolle i et samarbeid eller i en medlemskommune, vises det her.
            </Paragraph>
          ) : (
            <ul className="mt-4 grid gap-4">
              {cooperations.map((c) => (
                <li key={c.id} className="bb-panel">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <Heading level={3} data-size="xs">
                      <Link href={`/samarbeid/${c.id}`}>{c.name}</Link>
                    </Heading>
                    <Tag data-color="info">{STATE_LABELS[c.state as LifecycleState] ?? c.state}</Tag>
                  </div>
                  <Paragraph data-size="sm" className="bb-muted mt-1">
                    {c.taskArea ?? 'Oppgavefelt ikke valgt'} · {c.members.length} deltakere
                  </Paragraph>
                  <Paragraph data-size="sm" className="mt-2">
                    {c.members.map((m) => (m.role === 'vertskommune' ? `${m.name} (vertskommune)` : m.name)).join(', ')}
                  </Paragraph>
                </li>
              ))}
            </ul>
          )}
        </section>
        <aside aria-labelledby="roller-tittel" className="space-y-6">
          <section className="bb-panel">
            <Heading level={2} id="roller-tittel" data-size="xs">
              Dine roller
            </Heading>
            <ul className="mt-3 space-y-3">
              {user.roles.map((r, i) => (
                <li key={i}>
                  <strong>{ROLE_LABELS[r.role]}</strong>
                  {r.kommunenummer ? ` – ${names.get(r.kommunenummer) ?? r.kommunenummer}` : ''}
                  {r.cooperationId ? ` i ${cooperations.find((c) => c.id === r.cooperationId)?.name ?? 'et samarbeid'}` : ''}
                  <Paragraph data-size="sm" className="bb-muted">
                    {ROLE_DESCRIPTIONS[r.role]}
                  </Paragraph>
                </li>
              ))}
              {user.roles.length === 0 ? <li>Du har ingen roller ennå. Kontakt systemforvalteren.</li> : null}
            </ul>
          </section>
          {can(user, 'admin.access', SYSTEM) ? (
            <section className="bb-panel">
              <Heading level={2} data-size="xs">
                Administrasjon
              </Heading>
              <ul className="mt-3 space-y-2">
                <li>
                  <Link href="/admin/brukere">Brukere og roller</Link>
                </li>
                <li>
                  <Link href="/admin/kommuner">Kommuner</Link>
                </li>
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </>
  );
}
