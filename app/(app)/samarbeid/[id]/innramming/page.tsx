// The innramming (framing) phase of establishing: goals, economy, cost key, the agreement's
// content and reporting, with what is still missing and guidance beside the form.
// The words follow the request's language (namespaces `innramming`, `organisasjonsform`, and the
// readiness rules' through readinessRulesIn);
// the form is a client component and gets its words as raw messages (no runtime in the browser).
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { HelpPanel } from '@/app/_components/phase/help-panel';
import { ReadinessPanel } from '@/app/_components/phase/readiness-panel';
import { completableFollowUps } from '@/lib/pure/domain/completion';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { agreementIn, legalFormText, type LegalFormWords } from '@/lib/pure/domain/legal-form-words';
import { readinessRulesIn } from '@/lib/pure/domain/completeness-words';
import { planningView } from '@/lib/pure/domain/membership';
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
  const [t, tForms, locale] = await Promise.all([getTranslations('innramming'), getTranslations('organisasjonsform'), getLocale()]);
  // What the phase lacks in the page's language, the statutory items named as the checklist names them.
  const planned = planningView(dossier);
  const innrammingMissing = readinessRulesIn(locale).filter((rule) => rule.phase === 'innramming').flatMap((rule) => rule.check(planned));
  // The form's names and checklist in the page's language (only these strings go to the browser).
  const forms: LegalFormWords = (key, values) => tForms(key, values);
  const agreement = form ? agreementIn(form, forms) : null;
  const checklistDescription = (f: NonNullable<typeof form>, words: NonNullable<typeof agreement>) => {
    const lovkrav = f.agreementItems.filter((i) => i.requirement === 'lovkrav').length;
    const anbefalt = f.agreementItems.length - lovkrav;
    const counts = lovkrav > 0 ? t('checklistCountsBoth', { lovkrav, anbefalt }) : t('checklistCountsNone', { anbefalt });
    // The names are worded in the page's language too, so the <nb> marking is not needed.
    return t.rich('checklistDescription', { form: legalFormText(f, forms).name, agreement: words.agreementName, counts, nb: (chunks) => chunks });
  };
  return (
    <div lang={locale} className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">
        <PhaseEditNotice canEdit={canEdit} state={dossier.state} completing={Object.keys(completable).length > 0} />
        <InnrammingForm
          defaults={innrammingDefaults(current, version)}
          members={current.members.map((m) => ({ id: m.id, name: m.name }))}
          hostNames={current.members.filter((m) => m.role === 'vertskommune').map((m) => m.name)}
          checklistForm={form && agreement ? { description: checklistDescription(form, agreement), items: agreement.agreementItems } : null}
          designHref={`/samarbeid/${id}/design`}
          access={{ cooperationId: id, state: current.state, canEdit, completable }}
          readOnly={!writable}
          words={CATALOGUES[locale].innramming.form}
          locale={locale}
        />
      </div>
      <aside className="flex flex-col gap-4" aria-label={t('aside')}>
        <ReadinessPanel missing={innrammingMissing} />
        <HelpPanel title={t('helpTitle')} topic={{ kind: 'phase', key: 'innramming' }} />
      </aside>
    </div>
  );
}
