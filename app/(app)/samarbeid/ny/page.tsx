import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listMunicipalities, listTaskAreas } from '@/db/queries/municipalities';
import { requireUser } from '@/lib/server/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { PageHeader } from '../../../_components/page-header';
import { NewCooperationForm, type NewCooperationWords } from './_components/new-cooperation-form';
import { taskAreaNameIn, taskAreaSectorIn } from '@/lib/pure/domain/task-area-words';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('samarbeidNy');
  return { title: t('title') };
}

export default async function NewCooperationPage() {
  const user = await requireUser('/samarbeid/ny');
  const own = user.roles.filter((r) => r.role === 'radmannsteam' && r.kommunenummer).map((r) => r.kommunenummer!);
  if (own.length === 0) forbid();
  const db = await getDb();
  const [municipalities, taskAreas, locale, t, tArea] = await Promise.all([
    listMunicipalities(db),
    listTaskAreas(db),
    getLocale(),
    getTranslations('samarbeidNy'),
    getTranslations('oppgavefelt'),
  ]);
  // The form's words, in the request's language: the form is a client component.
  const words: NewCooperationWords = {
    form: {
      nameAndPurpose: t('form.nameAndPurpose'),
      name: t('form.name'),
      purpose: t('form.purpose'),
      purposeHelp: t('form.purposeHelp'),
      problem: t('form.problem'),
      problemIntro: t('form.problemIntro'),
      problemWhat: t('form.problemWhat'),
      problemWhy: t('form.problemWhy'),
      problemHow: t('form.problemHow'),
      taskAreaAndLevel: t('form.taskAreaAndLevel'),
      taskArea: t('form.taskArea'),
      chooseTaskArea: t('form.chooseTaskArea'),
      initiator: t('form.initiator'),
      initiatorHelp: t('form.initiatorHelp'),
      level: t('form.level'),
      submit: t('form.submit'),
    },
    levels: { lokalt: t('nivaa.lokalt'), regionalt: t('nivaa.regionalt'), hoyere: t('nivaa.hoyere') },
    checkFields: t('checkFields'),
    // Templates: the form puts the municipalities' names in.
    initiative: {
      takes: t('initiativ.takes', { name: '{name}' }),
      removed: t('initiativ.removed', { name: '{name}' }),
      addedInstead: t('initiativ.addedInstead', { added: '{added}', removed: '{removed}' }),
      added: t('initiativ.added', { name: '{name}' }),
      already: t('initiativ.already', { name: '{name}' }),
      kept: t('initiativ.kept', { name: '{name}' }),
    },
    members: {
      legend: t('deltakere.legend'),
      intro: t('deltakere.intro'),
      municipality: t('deltakere.municipality'),
      addMunicipality: t('deltakere.addMunicipality'),
      organisation: t('deltakere.organisation'),
      addOrganisation: t('deltakere.addOrganisation'),
      added: t('deltakere.added', { name: '{name}' }),
      removed: t('deltakere.removed', { name: '{name}' }),
      chosen: t('deltakere.chosen'),
      remove: t('deltakere.remove'),
      removeNamed: t('deltakere.removeNamed', { name: '{name}' }),
      benefit: t('deltakere.benefit', { name: '{name}' }),
    },
  };
  return (
    <div lang={locale}>
      <PageHeader title={t('title')} crumbs={[{ href: '/samarbeid', label: t('crumb') }]} lead={t('lead')} />
      <NewCooperationForm
        words={words}
        ownMunicipalities={own}
        // A new cooperation's members are municipalities (the schema takes four-digit numbers).
        municipalities={municipalities
          .filter((m) => m.kind === 'kommune')
          .map((m) => ({ kommunenummer: m.kommunenummer, name: m.name, otherName: m.otherName, countyName: m.countyName, kind: m.kind }))}
        taskAreas={taskAreas.map((a) => ({ id: a.id, name: taskAreaNameIn(a.name, tArea), sector: taskAreaSectorIn(a.sector, tArea) }))}
      />
    </div>
  );
}
