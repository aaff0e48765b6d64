'use client';
// Beside every section of a phase page: the rule for changing it in drift ("Kan endres i
// drift" / "Krever vedtak i deltakerne"), and, where the section is locked now, why and how
// the change is made instead (a redesign proposal from the overview), or, where its blanks may
// be filled in (lib/pure/domain/completion.ts), what is missing. Client code (the forms' sections
// use it; a server page may render SectionTitle too): the words come from useSharedWords('fase');
// a section's reason (section-rules.ts) and the missing items (completion.ts) are still bokmål
// and are marked so on a page in another language.
import Link from 'next/link';
import { Tag } from '@digdir/designsystemet-react';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import { CHANGE_RULE_LABELS, COMPLETION_HELP, editMode, PROPOSAL_HELP, proposalRoute, sectionAnchor, SECTIONS, sectionEditable, type SectionId } from '@/lib/pure/domain/section-rules';
import { useSharedWords } from '../language/shared-words';
import { langAttr } from '../language/lang-attr';

/** Its bokmål words (fase.klient in nb.json), when no page language is provided. */
export const SECTION_RULE_WORDS = {
  ruleDrift: CHANGE_RULE_LABELS.drift,
  ruleVedtak: CHANGE_RULE_LABELS.vedtak,
  completeHere: 'Fullfør her: {missing}.',
  completionHelp: COMPLETION_HELP,
  proposalEndringsforslag: PROPOSAL_HELP.endringsforslag,
  proposalBeslutning: PROPOSAL_HELP.beslutning,
  proposalIngen: PROPOSAL_HELP.ingen,
  proposeChange: 'Foreslå en endring',
};

const PROPOSAL_KEY = { endringsforslag: 'proposalEndringsforslag', beslutning: 'proposalBeslutning', ingen: 'proposalIngen' } as const;

/** Text still in bokmål: marked lang="nb" on a page in another language. */
function Bokmaal({ lang, children }: { lang: string; children: React.ReactNode }) {
  return lang === 'nb' ? <>{children}</> : <span lang="nb">{children}</span>;
}

/** What a form needs to show each section's rule and lock: the state and whether the user may edit. */
export interface SectionAccess {
  cooperationId: string;
  state: LifecycleState;
  /** The user may edit this cooperation at all (cooperation.edit). */
  canEdit: boolean;
  /** Sections needing member decisions whose blanks may be filled in now, with what is missing (lib/pure/domain/completion.ts completableFollowUps). */
  completable?: Partial<Record<SectionId, string[]>>;
}

/**
 * What a form sends: in drift only the sections that may change ('drift'), unless blanks of
 * other sections may be filled in; then everything ('alt'), and the server's diff refuses what
 * is more than filling in.
 */
export function saveScope(access: SectionAccess): 'alt' | 'drift' {
  const completing = Object.values(access.completable ?? {}).some((rules) => rules.length > 0);
  return editMode(access.state) === 'drift' && !completing ? 'drift' : 'alt';
}

export function SectionRuleTag({ id }: { id: SectionId }) {
  const rule = SECTIONS[id].rule;
  const shared = useSharedWords('fase', SECTION_RULE_WORDS);
  return (
    <Tag data-color={rule === 'drift' ? 'success' : 'warning'} data-size="sm" data-testid={`regel-${id}`} className="whitespace-nowrap" lang={langAttr(shared.lang)}>
      {rule === 'drift' ? shared.words.ruleDrift : shared.words.ruleVedtak}
    </Tag>
  );
}

/** The heading line of a section: its title and the rule tag beside it. */
export function SectionTitle({ id, children }: { id: SectionId; children: React.ReactNode }) {
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1" id={sectionAnchor(id)}>
      <span>{children}</span>
      <SectionRuleTag id={id} />
    </span>
  );
}

/**
 * Under a section that needs member decisions while the cooperation runs: why it is read-only
 * and how the change is proposed. Nothing when the section may change now, or when the user
 * may not edit anyway (the page says so once).
 */
export function LockedSectionNote({ access, id }: { access: SectionAccess; id: SectionId }) {
  const shared = useSharedWords('fase', SECTION_RULE_WORDS);
  const words = shared.words;
  const missing = access.completable?.[id];
  if (access.canEdit && missing?.length && !sectionEditable(access.state, id)) {
    const [before = '', after = ''] = words.completeHere.split('{missing}');
    return (
      <p className="text-sm" data-testid={`fyll-${id}`} lang={langAttr(shared.lang)}>
        {before}
        <Bokmaal lang={shared.lang}>{missing.join('; ')}</Bokmaal>
        {after} {words.completionHelp}
      </p>
    );
  }
  const section = SECTIONS[id];
  if (!access.canEdit || sectionEditable(access.state, id) || section.rule !== 'vedtak') return null;
  const route = proposalRoute(access.state);
  const proposal: string | undefined = 'proposal' in section ? section.proposal : undefined;
  return (
    <p className="bb-muted text-sm" data-testid={`last-${id}`} lang={langAttr(shared.lang)}>
      <Bokmaal lang={shared.lang}>{section.why}</Bokmaal> {words[PROPOSAL_KEY[route]]}{' '}
      {route === 'endringsforslag' ? (
        <Link href={`/samarbeid/${access.cooperationId}?endring=${proposal ?? 'annet'}#neste-steg`}>{words.proposeChange}</Link>
      ) : null}
    </p>
  );
}
