// The cooperation's warnings on its own overview: every warning with its severity, the facts
// that raised it and what the research advises. High severity is open from the start.
import { useTranslations } from 'next-intl';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { SeverityTag, WarningFacts } from '@/app/_components/warning-parts';
import type { Warning } from '@/lib/pure/domain/warnings';

// The page words the warnings in its language (evaluateWarnings with warningWords(locale)).
export function OverviewWarnings({ warnings }: { warnings: Warning[] }) {
  const t = useTranslations('samarbeidside.varsler');
  const high = warnings.filter((w) => w.severity === 'hoy').length;
  return (
    <section aria-labelledby="varsler-tittel" className="bb-panel" data-testid="samarbeid-varsler">
      <Heading level={2} id="varsler-tittel" data-size="xs">
        {warnings.length > 0 ? t('headingCount', { count: warnings.length }) : t('heading')}
      </Heading>
      {warnings.length === 0 ? (
        <Paragraph data-size="sm" className="mt-2">
          {t('none')}
        </Paragraph>
      ) : (
        <>
          {high > 0 ? (
            <Paragraph data-size="sm" className="mt-1">
              {t('high', { count: high })}
            </Paragraph>
          ) : null}
          <ul className="mt-3 space-y-2">
            {warnings.map((w) => (
              <li key={w.id} data-varsel={w.id}>
                <details
                  open={w.severity === 'hoy'}
                  className={`group rounded-md border px-3 py-2 ${w.severity === 'hoy' ? 'border-[var(--ds-color-danger-border-subtle)]' : 'border-[var(--ds-color-neutral-border-subtle)]'}`}
                >
                  <summary className="flex cursor-pointer list-none flex-wrap items-center gap-2 text-sm [&::-webkit-details-marker]:hidden">
                    <span aria-hidden="true" className="bb-muted inline-block transition-transform group-open:rotate-90">
                      ›
                    </span>
                    <span className="font-semibold">{w.title}</span>
                    <SeverityTag severity={w.severity} />
                  </summary>
                  <WarningFacts warning={w} />
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
