'use client';
// Which sections of a form are locked now: the form provides the cooperation's state and
// whether the user may edit; each FormSection with a section id reads it, shows the rule
// beside its title, and disables itself (with the explanation) when it needs member decisions.
import { createContext, useContext } from 'react';
import { sectionEditable, type SectionId } from '@/lib/domain/section-rules';
import type { SectionAccess } from './section-rule';

const SectionLockContext = createContext<SectionAccess | null>(null);

export function SectionLockProvider({ access, children }: { access: SectionAccess; children: React.ReactNode }) {
  return <SectionLockContext.Provider value={access}>{children}</SectionLockContext.Provider>;
}

/** The form's access, and whether this section is locked while the rest of the form is not. */
export function useSectionLock(id: SectionId | undefined): { access: SectionAccess | null; locked: boolean } {
  const access = useContext(SectionLockContext);
  return { access, locked: Boolean(access && id && access.canEdit && !sectionEditable(access.state, id)) };
}
