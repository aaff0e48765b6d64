import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useLocale, useTranslations } from 'next-intl';
import { langAttr } from '../language/lang-attr';

/**
 * What is still missing before the phase is ready: the readiness rules' own sentences (they
 * come from lib/pure in the caller's language). A server component in the request's language.
 */
export function ReadinessPanel({ title, missing }: { title?: string; missing: string[] }) {
  const t = useTranslations('fase');
  const lang = langAttr(useLocale());
  return (
    <section aria-labelledby="mangler-tittel" className="bb-panel" data-testid="readiness-panel">
      <Heading level={2} id="mangler-tittel" data-size="xs" lang={missing.length === 0 || title === undefined ? lang : undefined}>
        {missing.length === 0 ? t('ready') : t('readinessCount', { title: title ?? t('readinessTitle'), count: missing.length })}
      </Heading>
      {missing.length === 0 ? (
        <Paragraph data-size="sm" className="mt-2" lang={lang}>
          {t('allThere')}
        </Paragraph>
      ) : (
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
          {missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
