// The evaluation report of a closed round, fit to print and attach to a council case
// (orienteringssak), with the same content as a PDF. Read under the rules of the results:
// the same people, and only after the round is closed. In the reader's language: the model
// through reportLanguage (as the PDF), the page's own words from `evaluering.rapportside`.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { ActionError, actionContext } from '@/lib/server/action';
import { readReport, type ReportRead } from '@/lib/server/actions/evaluation-report';
import { requestNow } from '@/lib/server/clock';
import { cooperationPage } from '@/lib/server/cooperation-page';
import { forbid } from '@/lib/server/forbidden';
import { reportLanguage } from '@/lib/pure/report/evaluation-report';
import { bokmaal } from '@/app/_components/language/bokmaal';
import { roundPageRefusal } from '../../refusals';
import { PrintButton } from '../../_components/print-button';
import { ReportDocument } from '../../_components/report-document';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('evaluering.rapportside');
  return { title: t('metaTitle') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function RapportPage({ params }: { params: Promise<{ id: string; rundeId: string }> }) {
  const { id, rundeId } = await params;
  const { user, allowed } = await cooperationPage(id, `/samarbeid/${id}/evaluering/${rundeId}/rapport`);
  if (!allowed) return null; // the layout shows NoAccess
  if (!UUID.test(rundeId)) notFound();
  const [locale, t, te] = await Promise.all([getLocale(), getTranslations('evaluering.rapportside'), getTranslations('evaluering.runde')]);
  const resultsHref = `/samarbeid/${id}/evaluering/${rundeId}`;
  let read: ReportRead;
  try {
    read = await readReport({ roundId: rundeId }, actionContext(await getDb(), user, await requestNow()), await requestNow(), reportLanguage(locale));
  } catch (err) {
    if (!(err instanceof ActionError)) throw err;
    if (err.code === 'not_found') notFound();
    if (err.code === 'forbidden') forbid(err.message); // 403, with the reason on the page
    return (
      <Alert data-color="info" data-testid="rapport-skjult" lang={locale}>
        <Paragraph data-size="sm">
          {(await roundPageRefusal(err.message)) ?? bokmaal(err.message)} <Link href={`/samarbeid/${id}/evaluering`}>{te('back')}</Link>
        </Paragraph>
      </Alert>
    );
  }
  if (read.cooperationId !== id) notFound();

  return (
    <div className="space-y-4" lang={locale}>
      <div className="bb-no-print flex flex-wrap items-center gap-3">
        <p className="bb-muted mr-auto text-sm">
          <Link href={resultsHref}>{t('backToResults')}</Link>
        </p>
        <PrintButton>{t('print')}</PrintButton>
        <a href={`${resultsHref}/rapport.pdf`} download={read.report.fileName} className="ds-button" data-variant="secondary">
          {t('downloadPdf')}
        </a>
      </div>
      <ReportDocument report={read.report} />
    </div>
  );
}
