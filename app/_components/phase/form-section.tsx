// One titled part of a phase form: a fieldset whose legend is the section heading, so a
// screen reader announces the section with every field in it.
import { Fieldset, Heading } from '@digdir/designsystemet-react';

export function FormSection({
  title,
  description,
  children,
  errorId,
}: {
  title: string;
  description?: React.ReactNode;
  children: React.ReactNode;
  /** Id of a group-level error message inside the section, linked to the fieldset. */
  errorId?: string;
}) {
  return (
    <Fieldset className="bb-panel flex flex-col gap-5" aria-describedby={errorId}>
      <Fieldset.Legend>
        <Heading level={2} data-size="sm">
          {title}
        </Heading>
      </Fieldset.Legend>
      {description ? <Fieldset.Description>{description}</Fieldset.Description> : null}
      {children}
    </Fieldset>
  );
}
