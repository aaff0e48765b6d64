// How a municipality puts its public register on its own website: the iframe to paste, with
// this installation's public address (NEXTAUTH_URL, else the address the request came in on).
import { Details, DetailsContent, DetailsSummary } from '@digdir/designsystemet-react';

export function EmbedHelp({ kommunenummer, name, baseUrl }: { kommunenummer: string; name: string; baseUrl: string }) {
  const snippet = `<iframe src="${baseUrl}/innsyn/kommune/${kommunenummer}/innebygd"\n        title="Interkommunale samarbeid i ${name}"\n        width="100%" height="600" style="border:0"></iframe>`;
  return (
    <Details className="mt-6 max-w-3xl" data-testid="bygg-inn">
      <DetailsSummary>Vis registeret på kommunens nettsted</DetailsSummary>
      <DetailsContent>
        <p>
          Lim inn koden under på en side på kommunens nettsted, så vises registeret der og er alltid oppdatert. Se hvordan det ser ut på <a href={`/innsyn/kommune/${kommunenummer}/innebygd`}>den innebygde siden</a>.
        </p>
        <pre className="mt-2 overflow-x-auto rounded bg-[var(--ds-color-neutral-background-tinted)] p-3 font-mono text-sm">{snippet}</pre>
        <p className="mt-2">
          Vil dere heller hente dataene selv, finnes de samme opplysningene i det <a href="/innsyn/api">åpne API-et</a>.
        </p>
      </DetailsContent>
    </Details>
  );
}
