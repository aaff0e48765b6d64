// What has been decided and published: member councils' decisions, public decisions of the
// cooperation's bodies, published minutes, and the latest evaluation.
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { formatDateNb } from '@/lib/pure/domain/iso-date';
import type { PublicCooperation } from '@/lib/pure/register/public';
import { EVALUATION_DECISIONS, OUTCOME_LABELS } from './labels';
import { TableScroll } from '@/app/_components/table-scroll';

function DocumentLink({ url, label }: { url: string | null; label: string }) {
  if (!url) return <span className="bb-muted">–</span>;
  return (
    <a href={url} rel="noopener noreferrer">
      Åpne<span className="ds-sr-only"> {label}</span>
    </a>
  );
}

export function DecisionsSection({ c }: { c: PublicCooperation }) {
  return (
    <section aria-labelledby="vedtak-tittel" className="bb-panel">
      <Heading level={2} id="vedtak-tittel" data-size="xs">
        Vedtak
      </Heading>
      <Heading level={3} data-size="2xs" className="mt-4">
        Vedtak i deltakerkommunene
      </Heading>
      {c.memberDecisions.length === 0 ? (
        <Paragraph className="mt-2">Ingen vedtak i kommunestyrene er registrert ennå.</Paragraph>
      ) : (
        <TableScroll label="Vedtak i deltakerkommunene" className="mt-2">
          <Table border className="w-full" data-size="sm">
            <caption className="ds-sr-only">Vedtak om samarbeidet i deltakerkommunene</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Dato</TableHeaderCell>
                <TableHeaderCell>Kommune og organ</TableHeaderCell>
                <TableHeaderCell>Saksnummer</TableHeaderCell>
                <TableHeaderCell>Utfall</TableHeaderCell>
                <TableHeaderCell>Vedtak</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {c.memberDecisions.map((d, i) => (
                <TableRow key={i}>
                  <TableCell className="whitespace-nowrap">{formatDateNb(d.date)}</TableCell>
                  <TableCell>
                    {d.member}
                    <div className="bb-muted">{d.body}</div>
                  </TableCell>
                  <TableCell>{d.saksnummer ?? '–'}</TableCell>
                  <TableCell>
                    {OUTCOME_LABELS[d.outcome]}
                    {d.round > 1 ? ' (endring)' : ''}
                  </TableCell>
                  <TableCell>
                    <DocumentLink url={d.url} label={`vedtaket i ${d.member} ${formatDateNb(d.date)}`} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      <Heading level={3} data-size="2xs" className="mt-6">
        Vedtak i samarbeidets organer
      </Heading>
      {c.bodyDecisions.length === 0 ? (
        <Paragraph className="mt-2">Ingen offentlige vedtak fra samarbeidets egne organer er registrert.</Paragraph>
      ) : (
        <TableScroll label="Vedtak i samarbeidets organer" className="mt-2">
          <Table border className="w-full" data-size="sm">
            <caption className="ds-sr-only">Offentlige vedtak i samarbeidets organer</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Dato</TableHeaderCell>
                <TableHeaderCell>Sak og organ</TableHeaderCell>
                <TableHeaderCell>Saksnummer</TableHeaderCell>
                <TableHeaderCell>Dokument</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {c.bodyDecisions.map((d, i) => (
                <TableRow key={i}>
                  <TableCell className="whitespace-nowrap">{formatDateNb(d.date)}</TableCell>
                  <TableCell>
                    {d.title}
                    <div className="bb-muted">{d.body}</div>
                  </TableCell>
                  <TableCell>{d.saksnummer ?? '–'}</TableCell>
                  <TableCell>
                    <DocumentLink url={d.url} label={`saken «${d.title}»`} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

function MinutesList({ items, label }: { items: PublicCooperation['minutes']; label: string }) {
  return (
    <ul className="mt-2 space-y-1" aria-label={label}>
      {items.map((m, i) => (
        <li key={i}>
          <a href={m.url} rel="noopener noreferrer">
            {formatDateNb(m.date)}: {m.source === 'organ' ? m.body : `${m.body} i ${m.member}`}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function MinutesSection({ c }: { c: PublicCooperation }) {
  const own = c.minutes.filter((m) => m.source === 'organ');
  const members = c.minutes.filter((m) => m.source === 'forankring');
  return (
    <section aria-labelledby="referater-tittel" className="bb-panel" data-testid="publiserte-referater">
      <Heading level={2} id="referater-tittel" data-size="xs">
        Publiserte referater
      </Heading>
      {c.minutes.length === 0 ? (
        <Paragraph className="mt-2">
          {c.publishesMinutes
            ? 'Ingen referater er publisert ennå.'
            : 'Samarbeidet publiserer ikke referater her. Møtebøker fra kommunestyrene og formannskapene finner du på kommunenes egne nettsider.'}
        </Paragraph>
      ) : null}
      {own.length > 0 ? (
        <>
          <Heading level={3} data-size="2xs" className="mt-4">
            Fra møter i samarbeidets egne organer
          </Heading>
          <MinutesList items={own} label="Referater fra samarbeidets egne organer" />
        </>
      ) : null}
      {members.length > 0 ? (
        <>
          <Heading level={3} data-size="2xs" className="mt-4">
            Fra behandling i deltakerkommunene
          </Heading>
          <Paragraph className="mt-1" data-size="sm">
            Referater fra politiske møter i deltakerkommunene der samarbeidet var oppe til behandling.
          </Paragraph>
          <MinutesList items={members} label="Referater fra deltakerkommunene" />
        </>
      ) : null}
    </section>
  );
}

export function EvaluationSection({ c }: { c: PublicCooperation }) {
  const e = c.latestEvaluation;
  return (
    <section aria-labelledby="evaluering-tittel" className="bb-panel">
      <Heading level={2} id="evaluering-tittel" data-size="xs">
        Siste evaluering
      </Heading>
      {e ? (
        <>
          <Paragraph className="mt-2">
            Samarbeidet ble sist evaluert {formatDateNb(e.closedAt)}. {e.decision ? EVALUATION_DECISIONS[e.decision] : 'Kommunene har ikke konkludert ennå.'}
          </Paragraph>
          {e.summary ? (
            <div className="mt-3 border-l-4 border-[var(--ds-color-neutral-border-default)] pl-4">
              <Heading level={3} data-size="2xs">
                Oppsummering
              </Heading>
              <p className="mt-1 whitespace-pre-line">{e.summary}</p>
            </div>
          ) : null}
        </>
      ) : (
        <Paragraph className="mt-2">Samarbeidet er ikke evaluert ennå.</Paragraph>
      )}
    </section>
  );
}
