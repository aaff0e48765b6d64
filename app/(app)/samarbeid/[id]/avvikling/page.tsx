// Avvikling: the exit checklist of a cooperation being wound down, what is still missing,
// and «Fullfør avviklingen» once every item is in place. Editable only in avvikling; once
// avviklet it is the record of what was agreed, shown read-only.
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { getDb } from '@/db/client';
import { loadExitChecklist } from '@/db/queries/exit-checklist';
import { listWorkflowEvents } from '@/db/queries/workflow-events';
import { can, cooperationResource } from '@/lib/pure/auth/can';
import { exitHelp, exitMissingWords } from '@/lib/pure/domain/exit-checklist-help';
import { EXIT_ITEMS, exitChecklistMissing, type ExitChecklistState } from '@/lib/pure/domain/exit-checklist';
import { formatDate } from '@/lib/pure/format';
import { cooperationPage, getLifecycle, loadForForm } from '@/lib/server/cooperation-page';
import { exitChecklistFormValues } from '@/lib/pure/validation/exit-checklist';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { CompleteExit } from './_components/complete-exit';
import { ExitChecklistForm } from './_components/exit-checklist-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('avvikling');
  return { title: t('title') };
}

export default async function AvviklingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/avvikling`);
  if (!allowed) return null; // the layout shows NoAccess
  const lifecycle = await getLifecycle(id);
  if (!lifecycle) notFound();
  const state = dossier.state;
  const checklist = await loadForForm(id, 'avvikling', loadExitChecklist);
  const stored = checklist.data as ExitChecklistState | null;
  const locale = await getLocale();
  const missing = exitChecklistMissing(stored, exitMissingWords(locale));
  // The same items as `missing` (which the runner and the overview show as sentences), as links to each item here.
  const open = EXIT_ITEMS.filter((item) => !stored?.[item.id]?.done);
  const events = state === 'avvikling' || state === 'avviklet' ? await listWorkflowEvents(await getDb(), id) : [];
  const decided = events.find((e) => e.eventType === 'BESLUTT_AVVIKLE');
  const completed = events.find((e) => e.eventType === 'AVVIKLING_FULLFORT');
  const mayConclude = can(user, 'lifecycle.conclude', cooperationResource(dossier));
  const [t, tGuidance] = await Promise.all([getTranslations('avvikling'), getTranslations('veiledning')]);
  const words = CATALOGUES[locale].avvikling;
  const itemLabel = (itemId: string) => words.punkt[itemId as keyof typeof words.punkt]?.label ?? itemId;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]" lang={locale}>
      <div className="min-w-0 space-y-6">
        <div>
          <Heading level={2} data-size="md">
            {t('title')}
          </Heading>
          <Paragraph className="bb-muted mt-2 max-w-3xl">{t('intro')}</Paragraph>
          {decided ? (
            <Paragraph data-size="sm" className="mt-2">
              {t('decided', { date: formatDate(decided.createdAt, locale) })} {decided.comment}
            </Paragraph>
          ) : null}
        </div>

        {state !== 'avvikling' && state !== 'avviklet' ? (
          <Alert data-color="info">
            <Paragraph data-size="sm">{t.rich('notWinding', { link: (chunks) => <Link href={`/samarbeid/${id}/evaluering`}>{chunks}</Link> })}</Paragraph>
          </Alert>
        ) : (
          <>
            <section aria-labelledby="status-tittel" className="bb-panel" data-testid="avvikling-status">
              <Heading level={2} id="status-tittel" data-size="xs">
                {state === 'avviklet' ? t('done') : missing.length === 0 ? t('ready') : t('missing')}
              </Heading>
              {state === 'avviklet' ? (
                <Paragraph data-size="sm" className="mt-2">
                  {completed ? t('completed', { date: formatDate(completed.createdAt, locale), name: completed.actorName ?? '' }) : null}
                  {t('locked')}
                </Paragraph>
              ) : missing.length === 0 ? (
                <Paragraph data-size="sm" className="mt-2">
                  {t('allInPlace', { count: EXIT_ITEMS.length })}
                </Paragraph>
              ) : (
                <ul id="avvikling-mangler" className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
                  {open.map((item) => (
                    <li key={item.id}>
                      <a href={`#punkt-${item.id}`}>{itemLabel(item.id)}</a>
                    </li>
                  ))}
                </ul>
              )}
              {state === 'avvikling' && mayConclude ? <CompleteExit cooperationId={id} rowVersion={lifecycle.rowVersion} missing={missing} words={words.fullfor} /> : null}
              {state === 'avvikling' && !mayConclude ? (
                <Paragraph data-size="sm" className="bb-muted mt-3">
                  {t('whoCompletes')}
                </Paragraph>
              ) : null}
            </section>

            {state === 'avvikling' && !canEdit ? (
              <Alert data-color="info">
                <Paragraph data-size="sm">
                  {t('readOnly')}
                </Paragraph>
              </Alert>
            ) : null}

            <section aria-labelledby="sjekkliste-tittel" className="space-y-4">
              <Heading level={2} id="sjekkliste-tittel" data-size="sm">
                {t('checklist')}
              </Heading>
              <ExitChecklistForm
                initial={exitChecklistFormValues(id, stored, checklist.version)}
                readOnly={state !== 'avvikling' || !canEdit}
                words={words.skjema}
                items={words.punkt}
              />
            </section>
          </>
        )}
      </div>
      <aside aria-label={t('guidance')}>
        <HelpPanel title={tGuidance('avvikling.title')} entry={exitHelp(tGuidance)} inPageLanguage />
      </aside>
    </div>
  );
}
