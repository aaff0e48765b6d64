// The user's roles with what each lets them do, links to their municipalities' anchoring
// calendars, and the administrator's pages.
import Link from 'next/link';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, type SessionUser } from '@/lib/pure/auth/roles';

export function RolesPanel({ user, municipalityNames, cooperationNames }: { user: SessionUser; municipalityNames: Map<string, string>; cooperationNames: Map<string, string> }) {
  const calendars = [...new Set(user.roles.filter((r) => (r.role === 'radmannsteam' || r.role === 'folkevalgt') && r.kommunenummer).map((r) => r.kommunenummer!))];
  return (
    <aside aria-labelledby="roller-tittel" className="space-y-6">
      <section className="bb-panel">
        <Heading level={2} id="roller-tittel" data-size="xs">
          Dine roller
        </Heading>
        <ul className="mt-3 space-y-3">
          {user.roles.map((r, i) => (
            <li key={i}>
              <strong>{ROLE_LABELS[r.role]}</strong>
              {r.kommunenummer ? ` – ${municipalityNames.get(r.kommunenummer) ?? r.kommunenummer}` : ''}
              {r.cooperationId ? ` i ${cooperationNames.get(r.cooperationId) ?? 'et samarbeid'}` : ''}
              <Paragraph data-size="sm" className="bb-muted">
                {ROLE_DESCRIPTIONS[r.role]}
              </Paragraph>
            </li>
          ))}
          {user.roles.length === 0 ? <li>Du har ingen roller ennå. Kontakt systemforvalteren.</li> : null}
        </ul>
      </section>
      {calendars.length > 0 ? (
        <section className="bb-panel" aria-labelledby="kalender-lenker-tittel">
          <Heading level={2} id="kalender-lenker-tittel" data-size="xs">
            Forankringskalender
          </Heading>
          <Paragraph data-size="sm" className="mt-2">
            Alle forankringspunktene kommunen har i samarbeidene sine, måned for måned.
          </Paragraph>
          <ul className="mt-2 space-y-1">
            {calendars.map((k) => (
              <li key={k}>
                <Link href={`/kommune/${k}/forankring`}>Forankringskalender for {municipalityNames.get(k) ?? k}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {can(user, 'admin.access', SYSTEM) ? (
        <section className="bb-panel" aria-labelledby="admin-tittel">
          <Heading level={2} id="admin-tittel" data-size="xs">
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
  );
}
