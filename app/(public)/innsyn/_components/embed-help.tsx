// How a municipality puts its public register on its own website: the iframe to paste, with
// this installation's public address (NEXTAUTH_URL, else the address the request came in on).
import { useTranslations } from 'next-intl';
import { Details, DetailsContent, DetailsSummary } from '@digdir/designsystemet-react';

export function EmbedHelp({ kommunenummer, name, baseUrl }: { kommunenummer: string; name: string; baseUrl: string }) {
  const t = useTranslations('bygginn');
  const snippet = `<iframe src="${baseUrl}/innsyn/kommune/${kommunenummer}/innebygd"\n        title="${t('frameTitle', { name })}"\n        width="100%" height="600" style="border:0"></iframe>`;
  return (
    <Details className="mt-6 max-w-3xl" data-testid="bygg-inn">
      <DetailsSummary>{t('summary')}</DetailsSummary>
      <DetailsContent>
        <p>{t.rich('intro', { link: (chunks) => <a href={`/innsyn/kommune/${kommunenummer}/innebygd`}>{chunks}</a> })}</p>
        <pre className="mt-2 overflow-x-auto rounded bg-[var(--ds-color-neutral-background-tinted)] p-3 font-mono text-sm">{snippet}</pre>
        <p className="mt-2">{t.rich('api', { link: (chunks) => <a href="/innsyn/api">{chunks}</a> })}</p>
      </DetailsContent>
    </Details>
  );
}
