// The user's roles with what each lets them do, links to their municipalities' anchoring
// calendars, and the administrator's pages.
import Link from 'next/link';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { can, SYSTEM } from '@/lib/pure/auth/can';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { OverviewT } from './words';

export function RolesPanel({ user, municipalityNames, cooperationNames, t }: { user: SessionUser; municipalityNames: Map<string, string>; cooperationNames: Map<string, string>; t: OverviewT }) {
  const calendars = [...new Set(user.roles.filter((r) => (r.role === 'radmannsteam' || r.role === 'folkevalgt') && r.kommunenummer).map((r) => r.kommunenummer!))];
  return (
    <aside aria-labelledby="roller-tittel" className="space-y-6">
      <section className="bb-panel">
        <Heading level={2} id="roller-tittel" data-size="xs">
          {t('roller.heading')}
        </Heading>
        <ul className="mt-3 space-y-3">
          {user.roles.map((r, i) => (
            <li key={i}>
              <strong>{t(`roller.navn.${r.role}`)}</strong>
              {r.kommunenummer ? ` – ${municipalityNames.get(r.kommunenummer) ?? r.kommunenummer}` : ''}
              {r.cooperationId ? t('roller.inCooperation', { name: cooperationNames.get(r.cooperationId) ?? t('roller.aCooperation') }) : ''}
              <Paragraph data-size="sm" className="bb-muted">
                {t(`roller.beskrivelse.${r.role}`)}
              </Paragraph>
            </li>
          ))}
          {user.roles.length === 0 ? <li>{t('roller.none')}</li> : null}
        </ul>
      </section>
      {calendars.length > 0 ? (
        <section className="bb-panel" aria-labelledby="kalender-lenker-tittel">
          <Heading level={2} id="kalender-lenker-tittel" data-size="xs">
            {t('roller.calendarHeading')}
          </Heading>
          <Paragraph data-size="sm" className="mt-2">
            {t('roller.calendarIntro')}
          </Paragraph>
          <ul className="mt-2 space-y-1">
            {calendars.map((k) => (
              <li key={k}>
                <Link href={`/kommune/${k}/forankring`}>{t('roller.calendarFor', { name: municipalityNames.get(k) ?? k })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {can(user, 'admin.access', SYSTEM) ? (
        <section className="bb-panel" aria-labelledby="admin-tittel">
          <Heading level={2} id="admin-tittel" data-size="xs">
            {t('roller.adminHeading')}
          </Heading>
          <ul className="mt-3 space-y-2">
            <li>
              <Link href="/admin/brukere">{t('roller.users')}</Link>
            </li>
            <li>
              <Link href="/admin/kommuner">{t('roller.municipalities')}</Link>
            </li>
          </ul>
        </section>
      ) : null}
    </aside>
  );
}
