import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { getDb } from '@/db/client';
import { listMunicipalities } from '@/db/queries/municipalities';
import { requireUser } from '@/lib/server/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { organisationTitle } from '@/lib/pure/domain/municipality';
import { IMPORT_COLUMNS } from '@/lib/pure/import/columns';
import { registeringMunicipalities } from '@/lib/pure/register/scope';
import { PageHeader } from '../../../_components/page-header';
import { ImportForm, type ImportWords } from './_components/import-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('importer'))('title') };
}

export default async function ImportPage() {
  const user = await requireUser('/samarbeid/importer');
  const [municipalities, locale, t] = await Promise.all([getDb().then(listMunicipalities), getLocale(), getTranslations('importer')]);
  const own = registeringMunicipalities(user, municipalities.map((m) => m.kommunenummer));
  if (own.length === 0) forbid();
  const titles = new Map(municipalities.map((m) => [m.kommunenummer, organisationTitle(m)]));
  // The form is a client component: its words as strings and templates ({placeholders}).
  const [before, after] = t.raw('skjema.importedFor').split('<strong>{name}</strong>') as [string, string];
  const words: ImportWords = {
    importing: t('skjema.importing'),
    chooseMunicipality: t('skjema.chooseMunicipality'),
    importedFor: { before, after },
    file: t('skjema.file'),
    preview: t('skjema.preview'),
    importedOne: t('skjema.importedOne'),
    importedOther: t.raw('skjema.importedOther'),
    skipped: t.raw('skjema.skipped'),
    seeRegister: t.raw('skjema.seeRegister'),
    previewWords: {
      locale,
      cannotImport: t.raw('forhandsvisning.cannotImport'),
      heading: t.raw('forhandsvisning.heading'),
      rowsOne: t('forhandsvisning.rowsOne'),
      rowsOther: t('forhandsvisning.rowsOther'),
      counts: t.raw('forhandsvisning.counts'),
      mustFix: t.raw('forhandsvisning.mustFix'),
      row: t.raw('forhandsvisning.row'),
      fixAdvice: t('forhandsvisning.fixAdvice'),
      nothingNew: t('forhandsvisning.nothingNew'),
      importOne: t.raw('forhandsvisning.importOne'),
      importOther: t.raw('forhandsvisning.importOther'),
      allOrNothing: t('forhandsvisning.allOrNothing'),
      caption: t('forhandsvisning.caption'),
      colRow: t('forhandsvisning.colRow'),
      colCooperation: t('forhandsvisning.colCooperation'),
      colLegalForm: t('forhandsvisning.colLegalForm'),
      colStartDate: t('forhandsvisning.colStartDate'),
      colMembers: t('forhandsvisning.colMembers'),
      colStatus: t('forhandsvisning.colStatus'),
      noName: t('forhandsvisning.noName'),
      orgNo: t.raw('forhandsvisning.orgNo'),
      status: { ny: t('forhandsvisning.statusNy'), finnes: t('forhandsvisning.statusFinnes'), feil: t('forhandsvisning.statusFeil') },
      sameOrganisationNumber: t.raw('forhandsvisning.sameOrganisationNumber'),
      sameNameAndMembers: t.raw('forhandsvisning.sameNameAndMembers'),
    },
  };
  return (
    <div lang={locale}>
      <PageHeader title={t('title')} crumbs={[{ href: '/samarbeid', label: t('crumb') }]} lead={t('lead')}>
        <div className="flex flex-wrap gap-3">
          <a href="/samarbeid/importer/mal.xlsx" download className="ds-button" data-variant="secondary">
            {t('templateXlsx')}
          </a>
          <a href="/samarbeid/importer/mal.csv" download className="ds-button" data-variant="tertiary">
            {t('templateCsv')}
          </a>
        </div>
      </PageHeader>
      <ImportForm municipalities={own.map((k) => ({ kommunenummer: k, name: titles.get(k) ?? k }))} words={words} />
      <section aria-labelledby="kolonner-tittel" className="mt-10 max-w-5xl">
        <Heading level={2} id="kolonner-tittel" data-size="xs">
          {t('columnsHeading')}
        </Heading>
        <Paragraph data-size="sm" className="mt-2">
          {t('columnsIntro')}
        </Paragraph>
        <div className="mt-4 overflow-x-auto">
          <Table border className="w-full">
            <caption className="ds-sr-only">{t('columnsCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('colColumn')}</TableHeaderCell>
                <TableHeaderCell>{t('colRequired')}</TableHeaderCell>
                <TableHeaderCell>{t('colContent')}</TableHeaderCell>
                <TableHeaderCell>{t('colExample')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {IMPORT_COLUMNS.map((c) => (
                <TableRow key={c.key}>
                  <TableCell className="font-semibold whitespace-nowrap">{c.header}</TableCell>
                  <TableCell>{c.required ? t('yes') : t('no')}</TableCell>
                  <TableCell className="text-sm">{t(`kolonne.${c.key}`)}</TableCell>
                  <TableCell className="text-sm whitespace-nowrap">{c.example}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>
    </div>
  );
}
