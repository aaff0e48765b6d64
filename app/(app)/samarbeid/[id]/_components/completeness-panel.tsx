// How complete a running cooperation's phase data is, with one follow-up per missing item
// linking to the section where it is filled in (lib/pure/domain/completion.ts: while running, also
// the blanks of sections that otherwise need member decisions). A cooperation registered as
// existing starts here. The follow-ups and the rules' own sentences come translated from the
// page (completeness with its words and readinessRulesIn); the sections' titles from the
// catalogue (fullstendighet.seksjon).
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Completeness } from '@/lib/pure/domain/completeness';
import { FOLLOW_UP_PLACES, followUpHref } from '@/lib/pure/domain/completion';
import { sectionTitle } from '@/lib/pure/domain/completeness-words';

/** Ends the list of what is missing: punctuation, the same in every language. */
const PERIOD = '.';

export function CompletenessPanel({ cooperationId, completeness }: { cooperationId: string; completeness: Completeness }) {
  const t = useTranslations('samarbeidside.fullstendighet');
  const tPhase = useTranslations('livslop.fase');
  const tSection = useTranslations('fullstendighet.seksjon');
  const locale = useLocale();
  const { score, met, total, followUps } = completeness;
  return (
    <section aria-labelledby="fullstendighet-tittel" className="bb-panel" data-testid="fullstendighet">
      <Heading level={2} id="fullstendighet-tittel" data-size="xs">
        {t('heading', { score })}
      </Heading>
      <div aria-hidden="true" className="mt-2 h-2 w-full rounded bg-[var(--ds-color-neutral-surface-tinted)]">
        <div className="h-2 rounded bg-[var(--ds-color-accent-base-default)]" style={{ width: `${score}%` }} />
      </div>
      <Paragraph data-size="sm" className="mt-2">
        {t('summary', { met, total })}
      </Paragraph>
      {followUps.length > 0 ? (
        <ul className="mt-3 space-y-2 text-sm">
          {followUps.map((f) => {
            const place = FOLLOW_UP_PLACES[f.ruleId];
            return (
              <li key={f.ruleId}>
                <Link href={followUpHref(cooperationId, f.ruleId)} className="font-semibold">
                  {f.text}
                </Link>
                <span className="bb-muted">
                  {' '}
                  – {tPhase(f.phase)}
                  {place ? (
                    <>
                      , {sectionTitle(place.section, (id) => tSection(id)).toLocaleLowerCase(locale === 'en' ? 'en' : 'nb')}
                    </>
                  ) : null}
                </span>
                <div className="bb-muted">
                  {f.missing.slice(0, 2).join('. ')}
                  {f.missing.length > 2 ? t('more', { count: f.missing.length - 2 }) : ''}
                  {PERIOD}
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
