'use client';
// One titled part of a phase form: a fieldset whose legend is the section heading, so a
// screen reader announces the section with every field in it. With a section id it shows
// the rule beside the title ("Kan endres i drift" / "Krever vedtak i deltakerne"), and while
// the cooperation runs a section that needs member decisions is read-only, with how to
// propose the change instead, unless its blanks may be filled in (then it says what is missing).
import { Fieldset, Heading } from '@digdir/designsystemet-react';
import type { SectionId } from '@/lib/pure/domain/section-rules';
import { READ_ONLY_FIELDS_CLASS } from './edit-notice';
import { LockedSectionNote, SectionTitle } from './section-rule';
import { useSectionLock } from './section-lock';

export function FormSection({
  title,
  description,
  children,
  errorId,
  section,
}: {
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
  /** Id of a group-level error message inside the section, linked to the fieldset. */
  errorId?: string;
  /** The section of lib/pure/domain/section-rules.ts this part of the form edits. */
  section?: SectionId;
}) {
  const { access, locked, completing } = useSectionLock(section);
  return (
    <Fieldset
      className={`bb-panel flex flex-col gap-5 ${locked ? `${READ_ONLY_FIELDS_CLASS} [&_button]:hidden` : ''}`}
      aria-describedby={errorId}
      disabled={locked || undefined}
      data-section={section}
      data-locked={locked ? 'true' : undefined}
      data-completing={completing ? 'true' : undefined}
    >
      <Fieldset.Legend>
        <Heading level={2} data-size="sm">
          {section ? <SectionTitle id={section}>{title}</SectionTitle> : title}
        </Heading>
      </Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      {(locked || completing) && access && section ? <LockedSectionNote access={access} id={section} /> : null}
      {children}
    </Fieldset>
  );
}
