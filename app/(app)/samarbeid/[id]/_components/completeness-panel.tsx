// How complete a running cooperation's phase data is, with one follow-up per missing item
// linking to the section where it is filled in (lib/pure/domain/completion.ts: while running, also
// the blanks of sections that otherwise need member decisions). A cooperation registered as
// existing starts here.
import Link from 'next/link';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Completeness } from '@/lib/pure/domain/completeness';
import { FOLLOW_UP_PLACES, followUpHref } from '@/lib/pure/domain/completion';
import { SECTIONS } from '@/lib/pure/domain/section-rules';
import { STATE_LABELS } from '@/workflows/cooperation/states';

export function CompletenessPanel({ cooperationId, completeness }: { cooperationId: string; completeness: Completeness }) {
  const { score, met, total, followUps } = completeness;
  return (
    <section aria-labelledby="fullstendighet-tittel" className="bb-panel" data-testid="fullstendighet">
      <Heading level={2} id="fullstendighet-tittel" data-size="xs">
        Fullstendighet: {score} %
      </Heading>
      <div aria-hidden="true" className="mt-2 h-2 w-full rounded bg-[var(--ds-color-neutral-surface-tinted)]">
        <div className="h-2 rounded bg-[var(--ds-color-accent-base-default)]" style={{ width: `${score}%` }} />
      </div>
      <Paragraph data-size="sm" className="mt-2">
        {met} av {total} punkter fra fasene er på plass. Det som mangler, hindrer ikke driften, men gir bedre forankring og et mer rettferdig bilde i evalueringen.
      </Paragraph>
      {followUps.length > 0 ? (
        <ul className="mt-3 space-y-2 text-sm">
          {followUps.map((f) => (
            <li key={f.ruleId}>
              <Link href={followUpHref(cooperationId, f.ruleId)} className="font-semibold">
                {f.text}
              </Link>
              <span className="bb-muted">
                {' '}
                – {STATE_LABELS[f.phase]}
                {FOLLOW_UP_PLACES[f.ruleId] ? `, ${SECTIONS[FOLLOW_UP_PLACES[f.ruleId]!.section].title.toLocaleLowerCase('nb')}` : ''}
              </span>
              <div className="bb-muted">{f.missing.slice(0, 2).join('. ')}{f.missing.length > 2 ? ` (og ${f.missing.length - 2} til)` : ''}.</div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
