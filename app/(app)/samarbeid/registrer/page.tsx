import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listMunicipalities, listTaskAreas } from '@/db/queries/municipalities';
import { requireUser } from '@/lib/server/auth/session';
import { forbid } from '@/lib/server/forbidden';
import { legalFormNameIn } from '@/lib/pure/domain/legal-form-words';
import { registeringMunicipalities } from '@/lib/pure/register/scope';
import { PageHeader } from '../../../_components/page-header';
import { ExistingCooperationForm, type ExistingCooperationWords } from './_components/existing-cooperation-form';
import { legalFormGroups } from './_components/legal-form-options';
import { taskAreaNameIn, taskAreaSectorIn } from '@/lib/pure/domain/task-area-words';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('registrer'))('title') };
}

export default async function RegisterExistingPage() {
  const user = await requireUser('/samarbeid/registrer');
  const db = await getDb();
  const [municipalities, taskAreas, locale, t, tNew, tRole, tForm, tArea] = await Promise.all([
    listMunicipalities(db),
    listTaskAreas(db),
    getLocale(),
    getTranslations('registrer'),
    getTranslations('samarbeidNy'),
    getTranslations('rolle'),
    getTranslations('organisasjonsform'),
    getTranslations('oppgavefelt'),
  ]);
  const own = registeringMunicipalities(user, municipalities.map((m) => m.kommunenummer));
  if (own.length === 0) forbid();
  // The form is a client component: its words, in the request's language, as plain strings and
  // templates it fills in with the names only the browser knows.
  const words: ExistingCooperationWords = {
    form: {
      cooperation: t('form.cooperation'),
      registering: t('form.registering'),
      registeringHelp: t('form.registeringHelp'),
      chooseMunicipality: t('form.chooseMunicipality'),
      name: t('form.name'),
      purpose: t('form.purpose'),
      taskArea: t('form.taskArea'),
      chooseTaskArea: t('form.chooseTaskArea'),
      startDate: t('form.startDate'),
      startDateHelp: t('form.startDateHelp'),
      organising: t('form.organising'),
      legalForm: t('form.legalForm'),
      legalFormHelp: t('form.legalFormHelp'),
      chooseLegalForm: t('form.chooseLegalForm'),
      organisationNumber: t('form.organisationNumber'),
      organisationNumberHelp: t('form.organisationNumberHelp'),
      operativeLeader: t('form.operativeLeader'),
      agreementUrl: t('form.agreementUrl'),
      isPublic: t('form.isPublic'),
      submit: t('form.submit'),
    },
    registered: t('registered', { name: '{name}' }),
    checkFields: tNew('checkFields'),
    initiative: {
      takes: t('initiativ.takes', { name: '{name}' }),
      removed: tNew('initiativ.removed', { name: '{name}' }),
      addedInstead: tNew('initiativ.addedInstead', { added: '{added}', removed: '{removed}' }),
      added: tNew('initiativ.added', { name: '{name}' }),
      already: tNew('initiativ.already', { name: '{name}' }),
      kept: tNew('initiativ.kept', { name: '{name}' }),
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
      role: t('deltakere.role', { name: '{name}' }),
      contact: t('deltakere.contact', { name: '{name}' }),
      political: t('deltakere.political', { name: '{name}' }),
      administrative: t('deltakere.administrative', { name: '{name}' }),
      roles: { deltaker: tRole('deltaker'), vertskommune: tRole('vertskommune'), samarbeidskommune: tRole('samarbeidskommune'), kontorkommune: tRole('kontorkommune') },
    },
  };
  const legalForms =
    locale === 'nb'
      ? legalFormGroups()
      : legalFormGroups(
          (category) => t(`formgrupper.${category}`),
          (form) => legalFormNameIn(form.code, (key, values) => tForm(key, values)) ?? form.name,
        );
  return (
    <div lang={locale}>
      <PageHeader title={t('title')} crumbs={[{ href: '/samarbeid', label: t('crumb') }]} lead={t('lead')} />
      <ExistingCooperationForm
        words={words}
        ownMunicipalities={own}
        municipalities={municipalities.map((m) => ({ kommunenummer: m.kommunenummer, name: m.name, otherName: m.otherName, countyName: m.countyName, kind: m.kind }))}
        taskAreas={taskAreas.map((a) => ({ id: a.id, name: taskAreaNameIn(a.name, tArea), sector: taskAreaSectorIn(a.sector, tArea) }))}
        legalForms={legalForms}
      />
    </div>
  );
}
