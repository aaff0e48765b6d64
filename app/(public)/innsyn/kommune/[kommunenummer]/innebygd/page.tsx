// A municipality's public register made to sit in an iframe on the municipality's own
// website: no site chrome (app/globals.css hides it when [data-bb-embed] is on the page),
// compact, and links that open Brobygger in a new tab rather than inside the frame. This is
// the only route other sites may frame (next.config.js). Its language follows the
// municipality's målform like the register page's (lib/pure/i18n/resolve.ts).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { getMunicipality } from '@/db/queries/municipalities';
import { publicCooperationsOf } from '@/db/queries/public-list';
import { taskAreaNameIn } from '@/lib/pure/domain/task-area-words';
import { dateOfIso } from '@/lib/pure/i18n/formats';
import { legalFormName } from '@/lib/pure/register/row';

type Params = Promise<{ kommunenummer: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('innebygd');
  return { title: t('metaTitle'), robots: { index: false } };
}

function NewTabLink({ href, children, note }: { href: string; children: React.ReactNode; note: string }) {
  return (
    <a href={href} target="_blank" rel="noopener">
      {children}
      <span className="ds-sr-only">{note}</span>
    </a>
  );
}

export default async function EmbeddedRegisterPage({ params }: { params: Params }) {
  const { kommunenummer } = await params;
  if (!/^\d{4}$/.test(kommunenummer)) notFound();
  const db = await getDb();
  const municipality = await getMunicipality(db, kommunenummer);
  if (!municipality) notFound();
  const rows = await publicCooperationsOf(db, kommunenummer);
  const name = `${municipality.name} kommune`;
  const [t, tt, tState, tRole, tCommon, tArea, format] = await Promise.all([
    getTranslations('innebygd'),
    getTranslations('registertabell'),
    getTranslations('tilstand'),
    getTranslations('rolle'),
    getTranslations('felles'),
    getTranslations('oppgavefelt'),
    getFormatter(),
  ]);
  const newTab = tCommon('openInNewTab');
  return (
    <div data-bb-embed="" className="text-sm">
      <h1 className="text-lg font-semibold">{t('title', { name })}</h1>
      {rows.length === 0 ? (
        <p className="mt-2">{t('none', { name })}</p>
      ) : (
        <div role="region" aria-label={t('region', { name })} tabIndex={0} className="relative mt-2 overflow-x-auto">
          <Table border zebra data-size="sm" className="w-full" data-testid="innebygd-tabell">
            <caption className="ds-sr-only">{t('caption', { name })}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('colCooperation')}</TableHeaderCell>
                <TableHeaderCell>{tt('colTaskArea')}</TableHeaderCell>
                <TableHeaderCell>{tt('colHost')}</TableHeaderCell>
                <TableHeaderCell>{tt('colMembers')}</TableHeaderCell>
                <TableHeaderCell>{tt('colState')}</TableHeaderCell>
                <TableHeaderCell>{tt('colEvaluation')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => {
                const hosts = row.members.filter((m) => m.role === 'vertskommune' || m.role === 'kontorkommune');
                const roles = new Set(hosts.map((m) => m.role));
                return (
                  <TableRow key={row.id}>
                    <TableCell className="align-top">
                      <NewTabLink href={`/innsyn/samarbeid/${row.id}?fra=${kommunenummer}`} note={newTab}>
                        {row.name}
                      </NewTabLink>
                      <div className="bb-muted">{legalFormName(row.legalFormCode) ?? tt('noLegalForm')}</div>
                    </TableCell>
                    <TableCell className="align-top">{row.taskArea ? taskAreaNameIn(row.taskArea.name, tArea) : '–'}</TableCell>
                    <TableCell className="align-top">
                      {hosts.length > 0 ? hosts.map((m) => m.name).join(', ') : '–'}
                      {hosts.length > 0 ? <div className="bb-muted">{roles.size === 2 ? tRole('vertOgKontor') : tRole(hosts[0]!.role)}</div> : null}
                    </TableCell>
                    <TableCell className="align-top">{row.members.length}</TableCell>
                    <TableCell className="align-top">{tState(row.state)}</TableCell>
                    <TableCell className="align-top whitespace-nowrap">{row.lastEvaluation ? format.dateTime(dateOfIso(row.lastEvaluation), 'date') : tt('notEvaluated')}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      <p className="bb-muted mt-2">
        {t.rich('source', {
          name,
          link: (chunks) => (
            <NewTabLink href={`/innsyn/kommune/${kommunenummer}`} note={newTab}>
              {chunks}
            </NewTabLink>
          ),
        })}
      </p>
    </div>
  );
}
