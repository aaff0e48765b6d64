import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { getLocale, getTranslations } from 'next-intl/server';
import { help, type HelpEntry, type HelpTopic } from '@/lib/pure/domain/help';

/**
 * Guidance paraphrasing the research: why it matters, examples, traps. Give it a `topic`, and
 * the guidance and headings come in the page's language (catalogue namespace `hjelp`). A page
 * that hands over a ready `entry` gets bokmål headings, marked lang="nb", unless it says the
 * entry is `inPageLanguage` (already worded in the page's language).
 */
export async function HelpPanel({ title, topic, entry, inPageLanguage = false }: { title: string; topic?: HelpTopic; entry?: HelpEntry; inPageLanguage?: boolean }) {
  const locale = topic || inPageLanguage ? await getLocale() : 'nb';
  const t = await getTranslations({ locale, namespace: 'hjelp' });
  const shown = topic ? help(topic, t) : (entry ?? null);
  if (!shown) return null;
  return (
    <details className="bb-panel" open lang={locale}>
      <summary className="cursor-pointer">
        <Heading level={2} data-size="xs" className="inline">
          {title}
        </Heading>
      </summary>
      <Paragraph data-size="sm" className="mt-3">
        {shown.why}
      </Paragraph>
      <Heading level={3} data-size="2xs" className="mt-4">
        {t('panel.examples')}
      </Heading>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {shown.examples.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
      <Heading level={3} data-size="2xs" className="mt-4">
        {t('panel.traps')}
      </Heading>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
        {shown.traps.map((trap) => (
          <li key={trap}>{trap}</li>
        ))}
      </ul>
      <Paragraph data-size="xs" className="bb-muted mt-3">
        {t('panel.source', { source: shown.source })}
      </Paragraph>
    </details>
  );
}
