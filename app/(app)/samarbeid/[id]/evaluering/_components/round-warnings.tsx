// The warnings at the round's close, each with the facts (data and, where the answers were
// low, the round's own scores) and what the research advises. Shown open: they are the point.
// Stored with the round; worded again in the page's language (facts of rounds closed before
// the facts had codes stay the stored bokmål, marked lang="nb").
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { wordWarning, type Warning } from '@/lib/pure/domain/warnings';
import { warningWords } from '@/lib/pure/domain/warnings-words';
import { SeverityTag, WarningFacts } from '@/app/_components/warning-parts';
import { bokmaal } from '@/app/_components/language/bokmaal';

export async function RoundWarnings({ warnings: stored }: { warnings: Warning[] }) {
  const [t, locale] = await Promise.all([getTranslations('evaluering.runde'), getLocale()]);
  const warnings = stored.map((w) => wordWarning(w, warningWords(locale)));
  if (warnings.length === 0) {
    return (
      <Paragraph data-size="sm" className="mt-2">
        {t('noWarnings')}
      </Paragraph>
    );
  }
  return (
    <ul className="mt-3 space-y-3" data-testid="varsler">
      {warnings.map((w) => (
        <li key={w.id} className="rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
          <div className="flex flex-wrap items-center gap-2">
            <Heading level={3} data-size="2xs">
              {w.bokmaal === 'all' ? bokmaal(w.title) : w.title}
            </Heading>
            <SeverityTag severity={w.severity} />
          </div>
          <WarningFacts warning={w} />
        </li>
      ))}
    </ul>
  );
}
