// The people one phase names, each with the state of their account link and, for those who
// may, a way to link, change or remove it. Shown on Støtte (sponsors), Design (the operative
// leader) and Deltakelse (representatives per member).
import Link from 'next/link';
import { Heading, Paragraph, TableCell, TableRow } from '@digdir/designsystemet-react';
import { ActionTable } from '@/app/_components/action-table';
import type { PersonRow } from '@/lib/server/people';
import { LinkStateView } from './link-state';
import { UnlinkButton } from './unlink-button';

export interface PeoplePanelProps {
  cooperationId: string;
  title: string;
  intro: string;
  people: PersonRow[];
  empty: string;
  /** Links to add a person (representatives per member). */
  add?: { href: string; label: string }[];
}

export function PeoplePanel({ cooperationId, title, intro, people, empty, add = [] }: PeoplePanelProps) {
  const headingId = `brukerkontoer-${title.toLowerCase().replace(/[^a-zæøå]+/g, '-')}`;
  return (
    <section aria-labelledby={headingId} className="bb-panel mt-6" data-testid="brukerkontoer">
      <Heading level={2} id={headingId} data-size="xs">
        {title}
      </Heading>
      <Paragraph data-size="sm" className="bb-muted mt-1 max-w-3xl">
        {intro}
      </Paragraph>
      {people.length === 0 ? (
        <Paragraph data-size="sm" className="mt-3">
          {empty}
        </Paragraph>
      ) : (
        <div className="mt-3 overflow-x-auto">
          <ActionTable caption={`${title}: personer og brukerkontoer`} columns={['Navn', 'Rolle', 'Brukerkonto']}>
            {people.map((p) => (
              <TableRow key={p.key} data-testid={`person-${p.name}`}>
                <TableCell>{p.name}</TableCell>
                <TableCell>
                  {p.roleLabel}
                  {p.memberName ? <span className="bb-muted block text-sm">{p.memberName}</span> : null}
                </TableCell>
                <TableCell>
                  <LinkStateView state={p.state} />
                </TableCell>
                <TableCell>
                  {p.mayLink ? (
                    <div className="flex flex-wrap items-center gap-2">
                      {p.role !== 'medlemsrepresentant' || p.state.kind === 'expired' ? (
                        <Link href={p.href} aria-label={`${p.state.kind === 'none' ? 'Koble' : 'Bytt konto for'} ${p.name}`}>
                          {p.state.kind === 'none' ? 'Koble til konto' : p.state.kind === 'expired' ? 'Send ny invitasjon' : 'Bytt konto'}
                        </Link>
                      ) : null}
                      {p.link ? <UnlinkButton cooperationId={cooperationId} linkId={p.link.id} personName={p.name} /> : null}
                    </div>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </ActionTable>
        </div>
      )}
      {add.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {add.map((a) => (
            <li key={a.href}>
              <Link href={a.href}>{a.label}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
