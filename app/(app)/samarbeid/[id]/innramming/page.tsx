// The innramming (framing) phase of establishing: goals, economy, cost key, the agreement's
// content and reporting, with what is still missing and guidance beside the form.
// The words follow the request's language (namespaces `innramming` and `beredskap.innramming`);
// the form is a client component and gets its words as raw messages (no runtime in the browser).
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { ReadinessPanel } from '@/app/_components/phase/readiness-panel';
import { completableFollowUps } from '@/lib/pure/domain/completion';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { innrammingMissing } from '@/lib/pure/domain/readiness-rules-innramming';
import { loadPlanningDossier } from '@/db/queries/phases/planning-dossier';
import { cooperationPage, loadForForm } from '@/lib/server/cooperation-page';
import { innrammingDefaults } from '@/lib/pure/validation/phases/innramming';
import { InnrammingForm } from './_components/innramming-form';
import { PhaseEditNotice, phaseWritable } from '@/app/_components/phase/edit-notice';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('innramming');
  return { title: t('title') };
}

export default async function InnrammingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { dossier, allowed, canEdit } = await cooperationPage(id, `/samarbeid/${id}/innramming`);
  if (!allowed) return null; // the layout shows NoAccess
  const writable = phaseWritable(canEdit, dossier.state);
  const { version, data: stored } = await loadForForm(id, 'innramming', loadPlanningDossier);
  const current = stored ?? dossier;
  const completable = completableFollowUps(current);
  const form = legalForm(current.design.legalForm);
  const [t, rules, locale] = await Promise.all([getTranslations('innramming'), getTranslations('beredskap.innramming'), getLocale()]);
  const checklistDescription = (f: NonNullable<typeof form>) => {
    const lovkrav = f.agreementItems.filter((i) => i.requirement === 'lovkrav').length;
    const anbefalt = f.agreementItems.length - lovkrav;
    const counts = lovkrav > 0 ? t('checklistCountsBoth', { lovkrav, anbefalt }) : t('checklistCountsNone', { anbefalt });
    // The legal form's names come from the catalogue of legal forms, which is bokmål.
    return t.rich('checklistDescription', { form: f.name, agreement: f.agreementName, counts, nb: (chunks) => <span lang="nb">{chunks}</span> });
  };
  return (
    <div lang={locale} className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        <PhaseEditNotice canEdit={canEdit} state={dossier.state} completing={Object.keys(completable).length > 0} />
        <InnrammingForm
          defaults={innrammingDefaults(current, version)}
          members={current.members.map((m) => ({ id: m.id, name: m.name }))}
          hostNames={current.members.filter((m) => m.role === 'vertskommune').map((m) => m.name)}
          checklistForm={form ? { description: checklistDescription(form), items: form.agreementItems } : null}
          designHref={`/samarbeid/${id}/design`}
          access={{ cooperationId: id, state: current.state, canEdit, completable }}
          readOnly={!writable}
          words={CATALOGUES[locale].innramming.form}
          locale={locale}
        />
      </div>
      <aside className="flex flex-col gap-4" aria-label={t('aside')}>
        <ReadinessPanel missing={innrammingMissing(dossier, (key, values) => rules(key, values))} />
        <HelpPanel title={t('helpTitle')} topic={{ kind: 'phase', key: 'innramming' }} />
      </aside>
    </div>
  );
}
