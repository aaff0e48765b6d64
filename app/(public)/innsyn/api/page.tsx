// The readable reference of the open API, rendered on the server from the same OpenAPI
// document /api/v1/openapi.json serves.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { publicBaseUrl } from '@/lib/pure/calendar/urls';
import Link from 'next/link';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { openApiDocument } from '@/lib/server/api/v1/openapi';
import { apiReference, type ReferenceOperation } from '@/lib/pure/api/v1/reference';
import { DEFAULT_LIMIT, MAX_LIMIT } from '@/lib/pure/api/v1/schemas';
import { DEFAULT_PER_MINUTE } from '@/lib/server/api/rate-limit';
import { PageHeader } from '../../../_components/page-header';
import { TableScroll } from '@/app/_components/table-scroll';

export const metadata: Metadata = {
  title: 'Åpent API for interkommunale samarbeid',
  description: 'Dokumentasjon av Brobyggers åpne JSON-API: kommuner, offentlige samarbeid, filtre, sideinndeling, ETag og grenser.',
};

/** Descriptions mark code with backticks, as OpenAPI tools expect; here they become <code>. */
function Text({ children }: { children: string }) {
  return (
    <>
      {children.split('`').map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className={code}>
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

const code = 'rounded bg-[var(--ds-color-neutral-background-tinted)] px-1 font-mono text-sm';
const pre = 'mt-2 overflow-x-auto rounded bg-[var(--ds-color-neutral-background-tinted)] p-3 font-mono text-sm';

function Operation({ op }: { op: ReferenceOperation }) {
  return (
    <section aria-labelledby={`op-${op.id}`} className="bb-panel mb-6">
      <Heading level={3} id={`op-${op.id}`} data-size="xs">
        {op.summary}
      </Heading>
      <p className="mt-2">
        <code className={code}>
          {op.method} {op.path}
        </code>
      </p>
      <Paragraph className="mt-2">
        <Text>{op.description}</Text>
      </Paragraph>
      {op.parameters.length > 0 ? (
        <TableScroll label={`Parametere for ${op.summary}`} className="mt-3">
          <Table border data-size="sm" className="w-full">
            <caption className="ds-sr-only">Parametere for {op.summary}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>Parameter</TableHeaderCell>
                <TableHeaderCell>I</TableHeaderCell>
                <TableHeaderCell>Type</TableHeaderCell>
                <TableHeaderCell>Beskrivelse</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {op.parameters.map((p) => (
                <TableRow key={p.name}>
                  <TableCell>
                    <code className={code}>{p.name}</code>
                    {p.required ? <span className="bb-muted block text-sm">påkrevd</span> : null}
                  </TableCell>
                  <TableCell>{p.in}</TableCell>
                  <TableCell className="text-sm">{p.type}</TableCell>
                  <TableCell className="text-sm">
                    <Text>{p.description}</Text>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      ) : null}
      <Heading level={4} data-size="2xs" className="mt-4">
        Svar
      </Heading>
      <ul className="mt-1 space-y-1 text-sm">
        {op.responses.map((r) => (
          <li key={r.status}>
            <span className="font-semibold">{r.status}</span>: <Text>{r.description}</Text>
            {r.schema ? (
              <>
                {' '}
                (<a href={`#skjema-${r.schema}`}>{r.schema}</a>)
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function ApiReferencePage() {
  const reference = apiReference(openApiDocument());
  const h = await headers();
  const base = publicBaseUrl(`${h.get('x-forwarded-proto') ?? 'http'}://${h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000'}`);
  return (
    <>
      <PageHeader
        title="Åpent API for interkommunale samarbeid"
        crumbs={[{ href: '/innsyn', label: 'Innsyn' }]}
        lead="Det Innsyn viser, som JSON for utviklere, journalister og forskere: kommunene, de offentlige samarbeidene og hvert samarbeid med deltakere, form, oppgavefelt, tilstand, offentlige vedtak og siste offentlige evaluering. Uten innlogging."
      >
        <a href="/api/v1/openapi.json" className="ds-button" data-variant="secondary">
          OpenAPI 3.1-dokumentet
        </a>
      </PageHeader>
      <section aria-labelledby="kom-i-gang" className="bb-panel mb-6 max-w-4xl">
        <Heading level={2} id="kom-i-gang" data-size="xs">
          Kom i gang
        </Heading>
        <pre className={pre}>curl &quot;{base}/api/v1/kommuner/4204/samarbeid?limit=10&quot;</pre>
        <pre className={pre}>{`const svar = await fetch('${base}/api/v1/samarbeid?county=42&legalForm=iks');\nconst { data, paging } = await svar.json();`}</pre>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>
            <strong>Versjon.</strong> Adressene begynner med <code className={code}>/api/v1</code>. Felt kan komme til i samme versjon; felt
            fjernes eller endrer betydning bare i en ny versjon.
          </li>
          <li>
            <strong>Sider.</strong> Lister gir {DEFAULT_LIMIT} elementer om gangen (opptil {MAX_LIMIT} med <code className={code}>limit</code>). Neste
            side hentes med markøren i <code className={code}>paging.nextCursor</code> (eller hele adressen i{' '}
            <code className={code}>paging.next</code>). Rekkefølgen er stabil etter id, så nye samarbeid gir ingen hull eller dobbeltelementer.
          </li>
          <li>
            <strong>Mellomlagring.</strong> Hvert svar har en <code className={code}>ETag</code>. Send den tilbake i{' '}
            <code className={code}>If-None-Match</code>, så får du <code className={code}>304 Not Modified</code> uten innhold når ingenting er
            endret.
          </li>
          <li>
            <strong>Fra nettleseren.</strong> CORS er åpent for GET fra alle nettsteder.
          </li>
          <li>
            <strong>Grense.</strong> {DEFAULT_PER_MINUTE} forespørsler per minutt fra samme adresse (standardoppsettet). Svarene sier hvor mange
            som er igjen (<code className={code}>RateLimit-Remaining</code>). Over grensen kommer <code className={code}>429</code> med{' '}
            <code className={code}>Retry-After</code> i sekunder.
          </li>
          <li>
            <strong>Feil.</strong> Ugyldige parametere gir <code className={code}>400</code> med en norsk forklaring per parameter i{' '}
            <code className={code}>fieldErrors</code>. Et samarbeid som ikke finnes eller ikke er offentlig, gir <code className={code}>404</code>.
          </li>
          <li>
            <strong>Data.</strong> Id-er er stabile. Datoer er ÅÅÅÅ-MM-DD. Bare det Innsyn viser, er med: samarbeid på utkaststadiet og
            samarbeid kommunene ikke har gjort offentlige, finnes ikke i API-et.
          </li>
        </ul>
      </section>
      <Heading level={2} data-size="sm" className="mb-4">
        Adresser
      </Heading>
      {reference.operations.map((op) => (
        <Operation key={op.id} op={op} />
      ))}
      <Heading level={2} data-size="sm" className="mb-4 mt-8">
        Objektene i svarene
      </Heading>
      {reference.schemas.map((s) => (
        <section key={s.name} id={`skjema-${s.name}`} aria-labelledby={`skjema-tittel-${s.name}`} className="bb-panel mb-4">
          <Heading level={3} id={`skjema-tittel-${s.name}`} data-size="2xs">
            {s.name}
          </Heading>
          {s.description ? (
            <Paragraph data-size="sm">
              <Text>{s.description}</Text>
            </Paragraph>
          ) : null}
          {s.fields.length > 0 ? (
            <TableScroll label={`Feltene i ${s.name}`} className="mt-2">
              <Table border data-size="sm" className="w-full">
                <caption className="ds-sr-only">Feltene i {s.name}</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>Felt</TableHeaderCell>
                    <TableHeaderCell>Type</TableHeaderCell>
                    <TableHeaderCell>Beskrivelse</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {s.fields.map((f) => (
                    <TableRow key={f.name}>
                      <TableCell>
                        <code className={code}>{f.name}</code>
                      </TableCell>
                      <TableCell className="text-sm">{f.type}</TableCell>
                      <TableCell className="text-sm">
                        <Text>{f.description}</Text>
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
          ) : null}
        </section>
      ))}
      <Paragraph data-size="sm" className="bb-muted">
        Se også <Link href="/innsyn/statistikk">statistikken</Link> og <Link href="/innsyn">Innsyn</Link>.
      </Paragraph>
    </>
  );
}
