// Virkemidler: the metastyring matrix of the instruments in use — those the phase data
// already shows (lib/pure/domain/instruments-derived.ts) and those entered here by hand.
// The words follow the request's language (namespaces `virkemidler` and `hjelp`); the form,
// a client component, gets its words and the instrument catalogue in that language as props.
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { listInstrumentUses } from '@/db/queries/instruments';
import { instrumentHelp } from '@/lib/pure/domain/help';
import { INSTRUMENTS, matrix, missingFamilies, type InstrumentCode } from '@/lib/pure/domain/instruments';
import { combinedUses, derivedCodes, familiesIn, instrumentDescription, instrumentLabel } from '@/lib/pure/domain/instruments-derived';
import { joinNb } from '@/lib/pure/domain/nb-text';
import type { Messages } from '@/lib/pure/i18n/catalogues';
import { cooperationPage, loadForForm } from '@/lib/server/cooperation-page';
import { PhaseEditNotice, phaseWritable } from '@/app/_components/phase/edit-notice';
import { InstrumentMatrixView } from './_components/instrument-matrix';
import { InstrumentsForm } from './_components/instruments-form';
import type { CatalogueFamily, InstrumentHelpText, InstrumentsFormWords } from './_components/instrument-values';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('virkemidler');
  return { title: t('title') };
}

export default async function VirkemidlerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/virkemidler`);
  if (!allowed) return null; // the layout shows NoAccess
  const [locale, t, th] = await Promise.all([getLocale(), getTranslations('virkemidler'), getTranslations('hjelp')]);
  const { version, data } = await loadForForm(id, 'virkemidler', listInstrumentUses);
  const manual = data ?? [];
  const uses = combinedUses(dossier, manual, t);
  const derived = uses.filter((u) => u.derivedFrom !== null);
  const families = familiesIn(t);
  const missing = missingFamilies(uses).map((p) => families.find((f) => f.id === p)!.label.toLowerCase());
  const list = (items: string[]) => (locale === 'nb' ? joinNb(items) : new Intl.ListFormat(locale, { type: 'conjunction' }).format(items));

  const catalogue: CatalogueFamily[] = families.map((f) => ({
    id: f.id,
    label: f.label,
    instruments: INSTRUMENTS.filter((i) => i.family === f.id).map((i) => ({ code: i.code, label: instrumentLabel(i.code, t), description: instrumentDescription(i.code, t) })),
  }));
  const helpEntries = instrumentHelp(th);
  const help = Object.fromEntries(
    INSTRUMENTS.map((i) => {
      const entry = helpEntries[i.code];
      const text: InstrumentHelpText = { ...entry, summary: t('skjema.helpSummary', { label: instrumentLabel(i.code, t) }), sourceLine: th('panel.source', { source: entry.source }) };
      return [i.code, text];
    }),
  );
  const s = (key: Exclude<keyof Messages['virkemidler']['skjema'], 'derived' | 'helpSummary'>) => t(`skjema.${key}`);
  const words: InstrumentsFormWords = {
    title: s('title'),
    intro: s('intro'),
    empty: s('empty'),
    add: s('add'),
    saved: s('saved'),
    row: s('row'),
    choose: s('choose'),
    derivedSuffix: s('derivedSuffix'),
    custom: s('custom'),
    name: s('name'),
    family: s('family'),
    chooseFamily: s('chooseFamily'),
    status: s('status'),
    link: s('link'),
    linkHint: s('linkHint'),
    planlagt: t('status.planlagt'),
    etablert: t('status.etablert'),
    examples: th('panel.examples'),
    traps: th('panel.traps'),
  };
  const derivedForForm = derivedCodes(dossier).map((code) => ({ code, label: instrumentLabel(code as InstrumentCode, t) }));

  return (
    <div className="space-y-6" lang={locale}>
      <div>
        <Heading level={2} data-size="md">
          {t('title')}
        </Heading>
        <Paragraph className="bb-muted mt-2 max-w-3xl">{t('intro')}</Paragraph>
      </div>
      <section aria-labelledby="matrise-tittel" className="bb-panel">
        <Heading level={2} id="matrise-tittel" data-size="sm">
          {t('matrixTitle')}
        </Heading>
        {missing.length > 0 ? (
          <Alert data-color="warning" className="mt-3">
            <Paragraph data-size="sm">{t('missing', { families: list(missing) })}</Paragraph>
          </Alert>
        ) : (
          <Paragraph data-size="sm" className="mt-2">
            {t('allFamilies')}
          </Paragraph>
        )}
        <Paragraph data-size="sm" className="mt-2">
          {t('derivedCount', { count: derived.length })}
        </Paragraph>
        <InstrumentMatrixView matrix={matrix(uses, families)} labelledBy="matrise-tittel" cooperationId={id} />
      </section>
      {/* The matrix already shows everything recorded, so a read-only form would add nothing. */}
      {phaseWritable(canEdit, dossier.state) ? (
        <InstrumentsForm
          cooperationId={id}
          initial={manual}
          version={version}
          readOnly={false}
          derived={derivedForForm}
          words={{ ...words, derived: derivedForForm.length > 0 ? t('skjema.derived', { list: derivedForForm.map((d) => d.label).join('; ') }) : '' }}
          catalogue={catalogue}
          help={help}
        />
      ) : (
        <PhaseEditNotice canEdit={canEdit} state={dossier.state} />
      )}
    </div>
  );
}
