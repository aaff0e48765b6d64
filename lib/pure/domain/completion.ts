// Completing a running cooperation's record: where each follow-up ("Fullfør: …") is done, and
// what filling it in may touch in a section that otherwise needs member decisions.
//
// A cooperation registered as existing enters drift without its establishing data (goals,
// cost key, bodies, mandate …). Recording what its members already decided is not a change
// of the agreement, so while the cooperation runs (drift, evaluering, beslutning) a blank
// field of a "krever vedtak i deltakerne" section may be filled in, as long as the readiness
// rule that asks for it is still unmet. What is recorded is changed or removed only through a
// redesign and member decisions. Sections that "kan endres i drift" are editable anyway.
// Pure; lib/server/actions/section-save.ts enforces it, the phase forms show it.
import type { FieldChange } from './change-log';
import type { Words } from '@/lib/pure/i18n/loose-words';
import { completeness, type Completeness } from './completeness';
import type { Dossier, LifecycleState } from './dossier';
import { sectionHref, SECTIONS, type SectionId } from './section-rules';

export interface FollowUpPlace {
  /** The section the rule's data is entered in. */
  section: SectionId;
  /**
   * For a section that needs member decisions: the change-log field keys (lib/pure/validation/
   * phases/*-changes.ts) a blank of which may be filled in while the rule is unmet; "*"
   * stands for one id. Absent: the rule is met only through a redesign (membership, host).
   */
  fields?: readonly string[];
}

const GOAL_FIELDS = ['goal:*', 'goal:*:indicator', 'goal:*:baseline', 'goal:*:target', 'goal:*:deadline'];
const MEMBER_FIGURES = ['member:*:population', 'member:*:usage', 'member:*:fixedShare'];

/** Every readiness rule (lib/pure/domain/readiness.ts), by id. A test keeps it whole. */
export const FOLLOW_UP_PLACES: Readonly<Record<string, FollowUpPlace>> = {
  'innramming.mal': { section: 'innramming.maal', fields: GOAL_FIELDS },
  'innramming.mal-indikator': { section: 'innramming.maal', fields: ['goal:*:indicator'] },
  'innramming.mal-utgangsverdi': { section: 'innramming.maal', fields: ['goal:*:baseline'] },
  'innramming.mal-malverdi': { section: 'innramming.maal', fields: ['goal:*:target'] },
  'innramming.mal-frist': { section: 'innramming.maal', fields: ['goal:*:deadline'] },
  'innramming.forventet-nytte': { section: 'innramming.nytte' },
  'innramming.budsjett': { section: 'innramming.okonomi', fields: ['budget', 'financing'] },
  // Choosing the key comes with the members' figures it divides by.
  'innramming.fordelingsnokkel': { section: 'innramming.kostnadsfordeling', fields: ['costKey', 'costKey.fixedPart', ...MEMBER_FIGURES] },
  'innramming.faste-andeler': { section: 'innramming.kostnadsfordeling', fields: ['member:*:fixedShare'] },
  'innramming.faste-andeler-sum': { section: 'innramming.kostnadsfordeling', fields: ['member:*:fixedShare'] },
  'innramming.bruksgrunnlag': { section: 'innramming.kostnadsfordeling', fields: ['member:*:usage'] },
  'innramming.innbyggertall': { section: 'innramming.kostnadsfordeling', fields: ['member:*:population'] },
  'innramming.fast-del': { section: 'innramming.kostnadsfordeling', fields: ['costKey.fixedPart'] },
  'innramming.vertskompensasjon': { section: 'innramming.okonomi', fields: ['hostCompensation', 'hostCompensationNote'] },
  'innramming.avtale-lovkrav': { section: 'innramming.avtale', fields: ['agreement:*'] },
  'innramming.arsmelding': { section: 'innramming.rapportering' },
  'innramming.regnskap': { section: 'innramming.rapportering' },
  'design.deltakere': { section: 'samarbeid.deltakere' },
  'design.organisasjonsform': { section: 'design.organisasjonsform', fields: ['legalForm'] },
  'design.begrunnelse': { section: 'design.organisasjonsform', fields: ['legalFormRationale'] },
  'design.styringsorgan': { section: 'design.organer', fields: ['body:*'] },
  'design.rolle': { section: 'design.roller', fields: ['member:*:role'] },
  // Who hosts is recorded (every member has a role); a mismatch is changed by redesign.
  'design.vertskommune': { section: 'design.roller' },
  'design.leder': { section: 'design.leder' },
  'design.leder-rekruttering': { section: 'design.leder' },
  'design.leder-finansiering': { section: 'design.leder' },
  'design.mandat': { section: 'design.mandat', fields: ['mandate.alone', 'mandate.administrative', 'mandate.political'] },
  'design.arbeidsform': { section: 'design.arbeidsform' },
  'stotte.politisk-sponsor': { section: 'stotte.sponsorer' },
  'stotte.administrativ-sponsor': { section: 'stotte.sponsorer' },
  'stotte.praktisk-stotte': { section: 'stotte.praktisk' },
  'stotte.minimumsfinansiering': { section: 'stotte.praktisk' },
  'deltakelse.representant': { section: 'deltakelse.representasjon' },
  'deltakelse.formelt-politisk-forankringspunkt': { section: 'deltakelse.forankring' },
  'deltakelse.forankring-alle': { section: 'deltakelse.forankring' },
  'deltakelse.info-innbyggere': { section: 'deltakelse.informasjon' },
  'deltakelse.info-politikere': { section: 'deltakelse.informasjon' },
  'deltakelse.uformell-kontakt': { section: 'deltakelse.uformell' },
};

/** The states in which a running cooperation's record may be completed. */
export const COMPLETING_STATES: readonly LifecycleState[] = ['drift', 'evaluering', 'beslutning'];

/** The readiness rules the cooperation does not meet: its open follow-ups. */
export function openRuleIds(dossier: Dossier, complete: Completeness = completeness(dossier)): string[] {
  return complete.followUps.map((f) => f.ruleId);
}

/** A field key against a pattern of FOLLOW_UP_PLACES ("*" is one id, without ":"). */
export function fieldKeyMatches(pattern: string, key: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === key;
  // "*" is one id: no ":" inside it.
  const regex = new RegExp(`^${parts.map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^:]+')}$`);
  return regex.test(key);
}

/** The open rules whose blanks may be filled in now, by section (none outside COMPLETING_STATES). */
export function completableRules(state: LifecycleState, open: readonly string[]): Partial<Record<SectionId, string[]>> {
  if (!COMPLETING_STATES.includes(state)) return {};
  const result: Partial<Record<SectionId, string[]>> = {};
  for (const ruleId of open) {
    const place = FOLLOW_UP_PLACES[ruleId];
    if (!place?.fields || SECTIONS[place.section].rule !== 'vedtak') continue;
    (result[place.section] ??= []).push(ruleId);
  }
  return result;
}

/** The sections that need member decisions in which something may be filled in now. */
export function completableSections(state: LifecycleState, open: readonly string[]): SectionId[] {
  return Object.keys(completableRules(state, open)) as SectionId[];
}

/**
 * A change that fills in a blank an open rule asks for, in a section that needs member
 * decisions, while the cooperation runs: allowed without them. Changing or removing what is
 * recorded is not a completion.
 */
export function isCompletion(state: LifecycleState, change: FieldChange, open: readonly string[]): boolean {
  if (!change.wasBlank || change.new === null) return false;
  const rules = completableRules(state, open)[change.section] ?? [];
  return rules.some((ruleId) => FOLLOW_UP_PLACES[ruleId]!.fields!.some((pattern) => fieldKeyMatches(pattern, change.key)));
}

/**
 * For the phase forms: the sections whose blanks may be filled in now, with what is missing in
 * each; `words` is the samarbeidside.fullstendighet namespace (bokmål by default).
 */
export function completableFollowUps(dossier: Dossier, words?: Words): Partial<Record<SectionId, string[]>> {
  const complete = completeness(dossier, words);
  const labels = new Map(complete.followUps.map((f) => [f.ruleId, f.label]));
  const bySection = completableRules(dossier.state, openRuleIds(dossier, complete));
  return Object.fromEntries(Object.entries(bySection).map(([section, rules]) => [section, rules.map((r) => labels.get(r)!)]));
}

/** Where a follow-up is done: the page and section its rule's data is entered in. */
export function followUpHref(cooperationId: string, ruleId: string): string {
  const place = FOLLOW_UP_PLACES[ruleId];
  return place ? sectionHref(cooperationId, place.section) : `/samarbeid/${cooperationId}`;
}
