// The pieces every warning shows wherever it appears (dashboard, evaluation results): its
// severity as a tag with words for screen readers, and the facts that raised it with what
// the research advises. Server components: their own words are in the request's language
// (felleskomponent); the facts and the advice are the warning's (lib/pure/domain/warnings.ts),
// in the page's language too, except what a round closed long ago stored only in bokmål.
import { Tag } from '@digdir/designsystemet-react';
import { useLocale, useTranslations } from 'next-intl';
import type { Severity, ShownWarning } from '@/lib/pure/domain/warnings';
import { bokmaal } from './language/bokmaal';
import { langAttr } from './language/lang-attr';

const SEVERITY = {
  hoy: { label: 'severityHoy', color: 'danger' },
  middels: { label: 'severityMiddels', color: 'warning' },
  lav: { label: 'severityLav', color: 'info' },
} as const satisfies Record<Severity, { label: string; color: 'danger' | 'warning' | 'info' }>;

export function SeverityTag({ severity }: { severity: Severity }) {
  const t = useTranslations('felleskomponent');
  const lang = langAttr(useLocale());
  return (
    <Tag data-color={SEVERITY[severity].color} data-size="sm" lang={lang}>
      {t(SEVERITY[severity].label)}
      <span className="ds-sr-only"> {t('severity')}</span>
    </Tag>
  );
}

export function WarningFacts({ warning }: { warning: ShownWarning }) {
  const t = useTranslations('felleskomponent');
  const lang = langAttr(useLocale());
  return (
    <>
      <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
        {warning.facts.map((f) => (
          <li key={f}>{warning.bokmaal ? bokmaal(f) : f}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <span className="font-semibold" lang={lang}>
          {t('advice')}{' '}
        </span>
        {warning.bokmaal === 'all' ? bokmaal(warning.advice) : warning.advice}
      </p>
    </>
  );
}
