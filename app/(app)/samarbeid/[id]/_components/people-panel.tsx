// The people one phase names, each with the state of their account link and, for those who
// may, a way to link, change or remove it. Shown on Støtte (sponsors), Design (the operative
// leader) and Deltakelse (representatives per member). Its own words come from the catalogue in
// the request's language; the title, intro and role names are the phase page's.
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
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
  const t = useTranslations('samarbeidside.personer');
  const locale = useLocale();
  const headingId = `brukerkontoer-${title.toLowerCase().replace(/[^a-zæøå]+/g, '-')}`;
  return (
    <section aria-labelledby={headingId} className="bb-panel mt-6" data-testid="brukerkontoer" lang={locale}>
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
          <ActionTable caption={t('caption', { title })} columns={[t('name'), t('role'), t('account')]}>
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
                        <Link href={p.href} aria-label={p.state.kind === 'none' ? t('linkLabel', { name: p.name }) : t('switchLabel', { name: p.name })}>
                          {p.state.kind === 'none' ? t('link') : p.state.kind === 'expired' ? t('reinvite') : t('switch')}
                        </Link>
                      ) : null}
                      {p.link ? (
                        <UnlinkButton
                          cooperationId={cooperationId}
                          linkId={p.link.id}
                          words={{ label: t('unlinkLabel', { name: p.name }), confirm: t('unlinkConfirm', { name: p.name }), done: t('unlinked', { name: p.name }), button: t('unlink') }}
                        />
                      ) : null}
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
