// What the phase forms share: why a form is wholly or partly read-only (the rule of
// lib/pure/domain/section-rules.ts), how it looks then, and the message shown when the browser's
// own check stops a save.
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import { editMode } from '@/lib/pure/domain/section-rules';
import { langAttr } from '../language/lang-attr';

type RunningState = 'drift' | 'evaluering' | 'beslutning' | 'avvikling';
const RUNNING_KEY = { drift: 'runningDrift', evaluering: 'runningEvaluering', beslutning: 'runningBeslutning', avvikling: 'runningAvvikling' } as const;
const FROZEN_KEY = { medlemsvedtak: 'frozenMedlemsvedtak', avviklet: 'frozenAvviklet', avbrutt: 'frozenAvbrutt' } as const;

/**
 * Why a phase form is read-only or partly locked, or nothing when everything may change now.
 * A server component in the request's language (fase); the client forms import only the
 * constants below from this module.
 */
export async function PhaseEditNotice({ canEdit, state, completing = false }: { canEdit: boolean; state: LifecycleState; completing?: boolean }) {
  // Loaded here, not at the top: the client forms import this module for its constants, and
  // so no route's JavaScript carries next-intl/server even if the bundler keeps this function.
  const { getLocale, getTranslations } = await import('next-intl/server');
  const [t, locale] = await Promise.all([getTranslations('fase'), getLocale()]);
  const lang = langAttr(locale);
  if (!canEdit) {
    return (
      <Alert data-color="info" className="mb-6" lang={lang}>
        <Paragraph data-size="sm">{t('readOnly')}</Paragraph>
      </Alert>
    );
  }
  if (state in FROZEN_KEY) {
    return (
      <Alert data-color="warning" className="mb-6" lang={lang}>
        <Paragraph data-size="sm">{t(FROZEN_KEY[state as keyof typeof FROZEN_KEY])}</Paragraph>
      </Alert>
    );
  }
  if (editMode(state) === 'drift') {
    const phrase = t(RUNNING_KEY[state in RUNNING_KEY ? (state as RunningState) : 'drift']);
    return (
      <Alert data-color="info" className="mb-6" data-testid="drift-regel" lang={lang}>
        <Paragraph data-size="sm">
          {t('driftRule', { phrase, drift: t('klient.ruleDrift'), vedtak: t('klient.ruleVedtak') })}
          {completing ? ` ${t('driftCompleting')}` : null}
        </Paragraph>
      </Alert>
    );
  }
  return null;
}

/**
 * For the disabled fieldset of a read-only form: Designsystemet fades disabled fields to
 * about 30 % opacity, too faint to read, so the fields keep full opacity and show the
 * tinted background of a read-only field instead. Not on checkboxes and radios: their
 * background is the check itself, so a tinted one would show a ticked box as empty.
 */
export const READ_ONLY_FIELDS_CLASS =
  '[--ds-opacity-disabled:1] [&_.ds-input:disabled:not([type=checkbox]):not([type=radio])]:bg-[var(--ds-color-neutral-background-tinted)]';

export const FIX_FIELDS_MESSAGE = 'Noen av feltene må rettes før du kan lagre. Se meldingene ved feltene.';

/** True when the signed-in user may change at least part of the phase data now. */
export function phaseWritable(canEdit: boolean, state: LifecycleState): boolean {
  return canEdit && editMode(state) !== 'ingen';
}
