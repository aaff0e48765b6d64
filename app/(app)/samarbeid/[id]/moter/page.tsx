// Møter og vedtak: what happens in the cooperation's own bodies (styre, representantskap,
// råd, arbeidsutvalg …). Meetings with the date the case documents went out and the minutes;
// decisions with who decided, whether the administrations prepared them and whether they lie
// inside the leader's mandate. The overstyring and rådmannsfelle warnings and the indicator
// «Saksdokumenter sendt ut i tide» are computed from these and shown beside them.
import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { listMeetings, MEETINGS_PER_PAGE } from '@/db/queries/bodies';
import { BODY_STATES } from '@/lib/server/actions/bodies';
import { requestNow } from '@/lib/server/clock';
import { noticeDays } from '@/lib/pure/domain/bodies';
import { osloDateOf } from '@/lib/pure/domain/iso-date';
import { structuralScores } from '@/lib/pure/domain/legitimacy';
import { THRESHOLDS } from '@/lib/pure/domain/thresholds';
import { evaluateWarnings } from '@/lib/pure/domain/warnings';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { SeverityTag, WarningFacts } from '@/app/_components/warning-parts';
import { MeetingCard } from './_components/meeting-card';
import { MeetingForm } from './_components/meeting-form';
import { NoticeDaysForm } from './_components/notice-days-form';

export const metadata: Metadata = { title: 'Møter og vedtak' };

const percent = (v: number | null) => (v === null ? 'ikke aktuelt' : `${Math.round(v * 100)} %`);

export default async function MoterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const { dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/moter`);
  if (!allowed) return null; // the layout shows NoAccess
  const requested = Number((await searchParams).side);
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const [now, list] = await Promise.all([requestNow(), listMeetings(await getDb(), id, page)]);
  const today = osloDateOf(now);
  const days = noticeDays(dossier);
  const warnings = evaluateWarnings(dossier, now).filter((w) => w.trap === 'overstyring' || w.trap === 'radmannsfellen');
  const inTime = structuralScores(dossier, now).throughput.indicators.find((i) => i.id === 'throughput.saksdokumenter');
  const running = BODY_STATES.includes(dossier.state);
  const writable = canEdit && running;
  const bodies = dossier.design.bodies.map((b) => ({ id: b.id, name: b.name }));
  const members = dossier.members.map((m) => ({ id: m.id, name: m.name }));
  const pages = Math.max(1, Math.ceil(list.total / MEETINGS_PER_PAGE));

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
      <div className="min-w-0 space-y-6">
        <div>
          <Heading level={2} data-size="md">
            Møter og vedtak i samarbeidets organer
          </Heading>
          <Paragraph className="bb-muted mt-2 max-w-3xl">
            Registrer møtene i styret, representantskapet, rådet eller arbeidsutvalget, når saksdokumentene ble sendt ut, og vedtakene som ble fattet.
            Brobygger bruker dette til å se etter overstyring og rådmannsfellen, og offentlige vedtak og referater vises i innsyn.
          </Paragraph>
        </div>
        {writable && bodies.length > 0 ? (
          <section aria-labelledby="nytt-mote-tittel" className="bb-panel">
            <Heading level={2} id="nytt-mote-tittel" data-size="sm">
              Registrer møte
            </Heading>
            <div className="mt-3">
              <MeetingForm cooperationId={id} bodies={bodies} noticeDays={days} />
            </div>
          </section>
        ) : null}
        {canEdit && !running ? (
          <Alert data-color="info">
            <Paragraph data-size="sm">Møter og vedtak i samarbeidets organer registreres når samarbeidet er i drift.</Paragraph>
          </Alert>
        ) : null}
        {bodies.length === 0 ? (
          <Alert data-color="warning">
            <Paragraph data-size="sm">
              Samarbeidet har ingen organer registrert. Organene (for eksempel styre eller representantskap) legges inn i{' '}
              <Link href={`/samarbeid/${id}/design`}>design-fasen</Link>.
            </Paragraph>
          </Alert>
        ) : null}
        <section aria-labelledby="moter-tittel">
          <Heading level={2} id="moter-tittel" data-size="sm">
            Møter ({list.total})
          </Heading>
          {list.meetings.length === 0 ? (
            <Paragraph className="bb-panel mt-3">Ingen møter er registrert ennå.</Paragraph>
          ) : (
            <ul className="mt-3 space-y-4">
              {list.meetings.map((m) => (
                <MeetingCard
                  key={m.id}
                  cooperationId={id}
                  meeting={m}
                  noticeDays={days}
                  canEdit={writable}
                  today={today}
                  bodies={bodies}
                  members={members}
                  mandate={dossier.design.mandate.alone}
                />
              ))}
            </ul>
          )}
          {pages > 1 ? (
            <nav aria-label="Sider med møter" className="mt-4 flex items-center gap-4 text-sm">
              {page > 1 ? <Link href={`/samarbeid/${id}/moter?side=${page - 1}`}>Nyere møter</Link> : null}
              <span>
                Side {page} av {pages}
              </span>
              {page < pages ? <Link href={`/samarbeid/${id}/moter?side=${page + 1}`}>Eldre møter</Link> : null}
            </nav>
          ) : null}
        </section>
      </div>
      <aside className="space-y-6" aria-label="Varsler og frister">
        <section aria-labelledby="styring-tittel" className="bb-panel">
          <Heading level={2} id="styring-tittel" data-size="xs">
            Overstyring og rådmannsfellen
          </Heading>
          {warnings.length === 0 ? (
            <Paragraph data-size="sm" className="mt-2">
              Ingen varsler. Møtene og vedtakene de siste 12 månedene gir ingen tegn til overstyring eller rådmannsfellen.
            </Paragraph>
          ) : (
            <ul className="mt-2 space-y-3" data-testid="organ-varsler">
              {warnings.map((w) => (
                <li key={w.id}>
                  <p className="flex flex-wrap items-center gap-2 text-sm font-semibold">
                    {w.title} <SeverityTag severity={w.severity} />
                  </p>
                  <WarningFacts warning={w} />
                </li>
              ))}
            </ul>
          )}
          {inTime ? (
            <p className="mt-3 text-sm">
              <span className="font-semibold">{inTime.label}:</span> {percent(inTime.value)}. {inTime.facts[0]}
            </p>
          ) : null}
        </section>
        <section aria-labelledby="terskler-tittel" className="bb-panel">
          <Heading level={2} id="terskler-tittel" data-size="xs">
            Frister og terskler
          </Heading>
          <dl className="mt-2 space-y-3 text-sm">
            <div>
              <dt className="font-semibold">
                {THRESHOLDS.documentsNoticeDays.label}: {days} {THRESHOLDS.documentsNoticeDays.unit}
                {dossier.documentsNoticeDays === null ? ' (standard)' : ''}
              </dt>
              <dd className="mt-1">{THRESHOLDS.documentsNoticeDays.help}</dd>
            </div>
            <div>
              <dt className="font-semibold">
                {THRESHOLDS.overstyringCount.label}: {THRESHOLDS.overstyringCount.value} {THRESHOLDS.overstyringCount.unit}
              </dt>
              <dd className="mt-1">{THRESHOLDS.overstyringCount.help}</dd>
            </div>
          </dl>
          <p className="mt-3 text-sm">
            <Link href="/om/slik-regnes-det-ut">Slik regnes varslene og legitimiteten ut</Link>
          </p>
          {canEdit ? (
            <div className="mt-4 border-t border-[var(--ds-color-neutral-border-subtle)] pt-4">
              <NoticeDaysForm cooperationId={id} days={dossier.documentsNoticeDays} defaultDays={THRESHOLDS.documentsNoticeDays.value} />
            </div>
          ) : null}
        </section>
      </aside>
    </div>
  );
}
