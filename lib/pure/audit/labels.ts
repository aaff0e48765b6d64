// Names for what the audit log records (unknown actions show their code), in the catalogue's
// namespace `revisjonslogg`: bokmål by default, the page passes its own translator.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES, type Messages } from '@/lib/pure/i18n/catalogues';

type ActionKey = keyof Messages['revisjonslogg']['handling'];
type ResourceKey = keyof Messages['revisjonslogg']['ressurs'];

/** A message of the `revisjonslogg` namespace's action and resource names in one language. */
export type AuditWords = (key: `handling.${ActionKey}` | `ressurs.${ResourceKey}`) => string;

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'revisjonslogg' });
export const BOKMAAL_AUDIT_WORDS: AuditWords = (key) => bokmaal(key);

// The catalogue's keys cannot hold dots: 'auth.sign_in' is 'auth_sign_in' there.
const ACTION_KEYS = new Set<string>(Object.keys(CATALOGUES.nb.revisjonslogg.handling));
const RESOURCE_KEYS = new Set<string>(Object.keys(CATALOGUES.nb.revisjonslogg.ressurs));

export function auditActionLabel(action: string, t: AuditWords = BOKMAAL_AUDIT_WORDS): string {
  const key = action.replaceAll('.', '_');
  return ACTION_KEYS.has(key) ? t(`handling.${key as ActionKey}`) : action;
}

export function resourceKindLabel(kind: string | null, t: AuditWords = BOKMAAL_AUDIT_WORDS): string {
  if (!kind) return '–';
  return RESOURCE_KEYS.has(kind) ? t(`ressurs.${kind as ResourceKey}`) : kind;
}
