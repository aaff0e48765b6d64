// The counts the decisions page says in words, computed from the same data as its tables so
// they always agree: where the open round stands, and how much has been registered in all.
// The words come from the `vedtak.oppsummering` catalogue namespace; bokmål by default.
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { MemberDecision } from './dossier';
import type { MemberDecisionStatus } from './readiness';

const bokmaal = createTranslator({ locale: 'nb', messages: CATALOGUES.nb, namespace: 'vedtak.oppsummering' });
/** The `vedtak.oppsummering` namespace in one language. */
export type DecisionSummaryWords = typeof bokmaal;

/** "3 av 4 deltakere har sluttet seg til. 1 har sagt nei." */
export function roundSummary(status: MemberDecisionStatus, t: DecisionSummaryWords = bokmaal): string {
  const total = status.members.length;
  const count = (outcome: MemberDecision['outcome'] | null) => status.members.filter((m) => m.outcome === outcome).length;
  const parts = [t('round', { consented: count('tilslutning'), total })];
  const no = count('avslag');
  const later = count('utsatt');
  const none = count(null);
  if (no > 0) parts.push(t('no', { count: no }));
  if (later > 0) parts.push(t('later', { count: later }));
  if (none > 0) parts.push(t('none', { count: none }));
  return parts.join(' ');
}

/** "5 vedtak i 2 vedtaksrunder", or that nothing is registered yet. */
export function historySummary(decisions: readonly Pick<MemberDecision, 'round'>[], t: DecisionSummaryWords = bokmaal): string {
  if (decisions.length === 0) return t('historyEmpty');
  const rounds = new Set(decisions.map((d) => d.round)).size;
  return t('history', { decisions: decisions.length, rounds });
}
