import 'server-only';
// The overview's client panels get their words as props (no translation runtime in the
// browser): the lifecycle steps, public access and the sponsors to re-confirm, in the request's
// language. Templates keep "{label}", "{count}" and "{newName}" for the panel to fill in.
import { getTranslations } from 'next-intl/server';
import { CHANGE_KINDS, type ChangeKind } from '@/lib/pure/validation/lifecycle';
import type { LifecycleActionsWords } from './lifecycle-actions';
import type { PublicityWords } from './publicity-panel';
import type { ReconfirmWords } from './reconfirm-button';

export async function overviewWords() {
  const [t, tLife, tNew] = await Promise.all([getTranslations('samarbeidside'), getTranslations('livslop'), getTranslations('samarbeidNy')]);
  const actionWords: LifecycleActionsWords = {
    heading: tLife('steg.heading'),
    decisionText: tLife('steg.decisionText'),
    decisionLink: tLife('steg.decisionLink'),
    hiddenByRole: tLife('steg.hiddenByRole'),
    none: tLife('steg.none'),
    comment: tLife('steg.comment'),
    irreversible: tLife('steg.irreversible', { label: '{label}' }),
    missingOne: tLife('steg.missingOne'),
    missingMany: tLife('steg.missingMany', { count: '{count}' }),
    exitBefore: tLife('steg.exitBefore'),
    exitLink: tLife('steg.exitLink'),
    exitAfter: tLife('steg.exitAfter'),
    showAll: tLife('steg.showAll'),
    change: {
      legend: tLife('endring.legend'),
      intro: tLife('endring.intro'),
      kind: tLife('endring.kind'),
      choose: tLife('endring.choose'),
      description: tLife('endring.description'),
      submit: tLife('endring.submit'),
      cancel: tLife('endring.cancel'),
      kinds: Object.fromEntries((Object.keys(CHANGE_KINDS) as ChangeKind[]).map((kind) => [kind, tLife(`endring.type.${kind}`)])) as Record<ChangeKind, string>,
    },
  };
  const publicityWords: PublicityWords = {
    heading: t('innsyn.heading'),
    draft: t('innsyn.draft'),
    public: t('innsyn.public'),
    hidden: t('innsyn.hidden'),
    seePublic: t('innsyn.seePublic'),
    show: t('innsyn.show'),
    hide: t('innsyn.hide'),
    showTitle: t('innsyn.showTitle'),
    hideTitle: t('innsyn.hideTitle'),
    showConfirm: t('innsyn.showConfirm'),
    hideConfirm: t('innsyn.hideConfirm'),
    showBody: t('innsyn.showBody'),
    hideBody: t('innsyn.hideBody'),
  };
  const reconfirmWords = (name: string, role: string): ReconfirmWords => ({
    conflict: t('sponsorer.conflict'),
    checkFields: tNew('checkFields'),
    confirmed: t('sponsorer.confirmed', { name, role }),
    replaced: t('sponsorer.replaced', { name, role, newName: '{newName}' }),
    group: t('sponsorer.group', { name, role }),
    continuesLabel: t('sponsorer.continuesLabel', { name, role }),
    continues: t('sponsorer.continues'),
    replacedLabel: t('sponsorer.replacedLabel', { name, role }),
    replace: t('sponsorer.replace'),
    replaceForm: t('sponsorer.replaceForm', { name }),
    newSponsor: t('sponsorer.newSponsor', { name, role }),
    title: t('sponsorer.title'),
    titleHelp: t('sponsorer.titleHelp'),
    submit: t('sponsorer.submit'),
    cancel: t('sponsorer.cancel'),
  });
  return { actionWords, publicityWords, reconfirmWords };
}
