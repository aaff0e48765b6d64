// The counts the decisions page says in words, computed from the same data as its tables so
// they always agree: where the open round stands, and how much has been registered in all.
import type { MemberDecision } from './dossier';
import type { MemberDecisionStatus } from './readiness';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 av 4 deltakere har sluttet seg til. 1 har sagt nei." */
export function roundSummary(status: MemberDecisionStatus): string {
  const total = status.members.length;
  const count = (outcome: MemberDecision['outcome'] | null) => status.members.filter((m) => m.outcome === outcome).length;
  const parts = [`${count('tilslutning')} av ${plural(total, 'deltaker', 'deltakere')} har sluttet seg til.`];
  const no = count('avslag');
  const later = count('utsatt');
  const none = count(null);
  if (no > 0) parts.push(`${no} har sagt nei.`);
  if (later > 0) parts.push(`${later} har utsatt saken.`);
  if (none > 0) parts.push(`${none} har ikke behandlet saken ennå.`);
  return parts.join(' ');
}

/** "5 vedtak i 2 vedtaksrunder", or that nothing is registered yet. */
export function historySummary(decisions: readonly Pick<MemberDecision, 'round'>[]): string {
  if (decisions.length === 0) return 'Ingen vedtak er registrert ennå.';
  const rounds = new Set(decisions.map((d) => d.round)).size;
  return `${plural(decisions.length, 'vedtak', 'vedtak')} i ${plural(rounds, 'vedtaksrunde', 'vedtaksrunder')}.`;
}
