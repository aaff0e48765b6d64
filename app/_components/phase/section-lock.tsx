'use client';
// Which sections of a form are locked now: the form provides the cooperation's state, whether
// the user may edit and what may be completed; each FormSection with a section id reads it,
// shows the rule beside its title, and disables itself (with the explanation) when it needs
// member decisions, unless blanks in it may be filled in (lib/pure/domain/completion.ts).
import { createContext, useContext } from 'react';
import { sectionEditable, type SectionId } from '@/lib/pure/domain/section-rules';
import type { SectionAccess } from './section-rule';

const SectionLockContext = createContext<SectionAccess | null>(null);

export function SectionLockProvider({ access, children }: { access: SectionAccess; children: React.ReactNode }) {
  return <SectionLockContext.Provider value={access}>{children}</SectionLockContext.Provider>;
}

/**
 * The form's access; whether this section is locked while the rest of the form is not; and
 * whether it needs member decisions but its blanks may be filled in now (completing).
 */
export function useSectionLock(id: SectionId | undefined): { access: SectionAccess | null; locked: boolean; completing: boolean } {
  const access = useContext(SectionLockContext);
  const restricted = Boolean(access && id && access.canEdit && !sectionEditable(access.state, id));
  const completing = restricted && Boolean(id && access?.completable?.[id]?.length);
  return { access, locked: restricted && !completing, completing };
}
