// The readable reference of the open API, rendered on the server from the same OpenAPI
// document /api/v1/openapi.json serves, in the visitor's language: the page's own words from
// the `apiDok` catalogue namespace, the document's descriptions from `apiDok.doc`
// (lib/pure/api/v1/reference-text.ts). The document itself and the API's data stay bokmål.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getLocale, getTranslations } from 'next-intl/server';
import { publicBaseUrl } from '@/lib/pure/calendar/urls';
import Link from 'next/link';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table, type TableScrollWords } from '@/app/_components/table';
import { openApiDocument } from '@/lib/server/api/v1/openapi';
import { apiReference, type ReferenceOperation } from '@/lib/pure/api/v1/reference';
import { docText, type DocPlace } from '@/lib/pure/api/v1/reference-text';
import { DEFAULT_LIMIT, MAX_LIMIT } from '@/lib/pure/api/v1/schemas';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { DEFAULT_PER_MINUTE } from '@/lib/server/api/rate-limit';
import { PageHeader } from '../../../_components/page-header';
import { TableScroll } from '@/app/_components/table-scroll';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('apiDok');
  return { title: t('title'), description: t('description') };
}

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

/** The examples are code, the same in every language. */
const curlExample = (base: string) => `curl "${base}/api/v1/kommuner/4204/samarbeid?limit=10"`;
const fetchExample = (base: string) => `const svar = await fetch('${base}/api/v1/samarbeid?county=42&legalForm=iks');\nconst { data, paging } = await svar.json();`;

/** A description of the document in the page's language. */
type Describe = (place: DocPlace, documentText: string) => string;

async function Operation({ op, describe, scrollWords }: { op: ReferenceOperation; describe: Describe; scrollWords: TableScrollWords }) {
  const t = await getTranslations('apiDok');
  const summary = describe({ kind: 'summary', op: op.id }, op.summary);
  return (
    <section aria-labelledby={`op-${op.id}`} className="bb-panel mb-6">
      <Heading level={3} id={`op-${op.id}`} data-size="xs">
        {summary}
      </Heading>
      <p className="mt-2">
        <code className={code}>
          {op.method} {op.path}
        </code>
      </p>
      <Paragraph className="mt-2">
        <Text>{describe({ kind: 'description', op: op.id }, op.description)}</Text>
      </Paragraph>
      {op.parameters.length > 0 ? (
        <TableScroll label={t('paramsLabel', { operation: summary })} className="mt-3">
          <Table border data-size="sm" className="w-full" scrollWords={scrollWords}>
            <caption className="ds-sr-only">{t('paramsLabel', { operation: summary })}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('colParameter')}</TableHeaderCell>
                <TableHeaderCell>{t('colIn')}</TableHeaderCell>
                <TableHeaderCell>{t('colType')}</TableHeaderCell>
                <TableHeaderCell>{t('colDescription')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {op.parameters.map((p) => (
                <TableRow key={p.name}>
                  <TableCell>
                    <code className={code}>{p.name}</code>
                    {p.required ? <span className="bb-muted block text-sm">{t('required')}</span> : null}
                  </TableCell>
                  <TableCell>{p.in}</TableCell>
                  <TableCell className="text-sm">{p.type}</TableCell>
                  <TableCell className="text-sm">
                    <Text>{describe({ kind: 'param', name: p.name }, p.description)}</Text>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      ) : null}
      <Heading level={4} data-size="2xs" className="mt-4">
        {t('answers')}
      </Heading>
      <ul className="mt-1 space-y-1 text-sm">
        {op.responses.map((r) => (
          <li key={r.status}>
            <span className="font-semibold">{r.status}</span>: <Text>{describe({ kind: 'response', op: op.id, status: r.status }, r.description)}</Text>
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
  const [h, locale, t, ti, tType, ts] = await Promise.all([
    headers(),
    getLocale(),
    getTranslations('apiDok'),
    getTranslations('innsyn'),
    getTranslations('apiDok.type'),
    getTranslations('statistikk'),
  ]);
  const scrollWords: TableScrollWords = { hint: ts('tableHint'), table: ts('tableName'), scrollable: ts('tableScrollable') };
  const reference = apiReference(openApiDocument(), (key, values) => tType(key, values));
  const doc = CATALOGUES[locale].apiDok.doc;
  const describe: Describe = (place, documentText) => docText(place, documentText, doc);
  const base = publicBaseUrl(`${h.get('x-forwarded-proto') ?? 'http'}://${h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000'}`);
  const rich = { b: (chunks: React.ReactNode) => <strong>{chunks}</strong>, c: (chunks: React.ReactNode) => <code className={code}>{chunks}</code> };
  return (
    <>
      <PageHeader title={t('title')} crumbs={[{ href: '/innsyn', label: ti('crumb') }]} lead={t('lead')}>
        <a href="/api/v1/openapi.json" className="ds-button" data-variant="secondary">
          {t('document')}
        </a>
      </PageHeader>
      <section aria-labelledby="kom-i-gang" className="bb-panel mb-6 max-w-4xl">
        <Heading level={2} id="kom-i-gang" data-size="xs">
          {t('start')}
        </Heading>
        <pre className={pre}>{curlExample(base)}</pre>
        <pre className={pre}>{fetchExample(base)}</pre>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>{t.rich('version', rich)}</li>
          <li>{t.rich('pages', { ...rich, defaultLimit: DEFAULT_LIMIT, maxLimit: MAX_LIMIT })}</li>
          <li>{t.rich('caching', rich)}</li>
          <li>{t.rich('browser', rich)}</li>
          <li>{t.rich('rateLimit', { ...rich, perMinute: DEFAULT_PER_MINUTE })}</li>
          <li>{t.rich('errors', rich)}</li>
          <li>{t.rich('data', rich)}</li>
        </ul>
      </section>
      <Heading level={2} data-size="sm" className="mb-4">
        {t('addresses')}
      </Heading>
      {reference.operations.map((op) => (
        <Operation key={op.id} op={op} describe={describe} scrollWords={scrollWords} />
      ))}
      <Heading level={2} data-size="sm" className="mb-4 mt-8">
        {t('objects')}
      </Heading>
      {reference.schemas.map((s) => {
        const description = describe({ kind: 'schema', name: s.name }, s.description);
        return (
          <section key={s.name} id={`skjema-${s.name}`} aria-labelledby={`skjema-tittel-${s.name}`} className="bb-panel mb-4">
            <Heading level={3} id={`skjema-tittel-${s.name}`} data-size="2xs">
              {s.name}
            </Heading>
            {description ? (
              <Paragraph data-size="sm">
                <Text>{description}</Text>
              </Paragraph>
            ) : null}
            {s.fields.length > 0 ? (
              <TableScroll label={t('fieldsLabel', { schema: s.name })} className="mt-2">
                <Table border data-size="sm" className="w-full" scrollWords={scrollWords}>
                  <caption className="ds-sr-only">{t('fieldsLabel', { schema: s.name })}</caption>
                  <TableHead>
                    <TableRow>
                      <TableHeaderCell>{t('colField')}</TableHeaderCell>
                      <TableHeaderCell>{t('colType')}</TableHeaderCell>
                      <TableHeaderCell>{t('colDescription')}</TableHeaderCell>
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
                          <Text>{describe({ kind: 'field', schema: s.name, field: f.name }, f.description)}</Text>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableScroll>
            ) : null}
          </section>
        );
      })}
      <Paragraph data-size="sm" className="bb-muted">
        {t.rich('seeAlso', {
          statistics: (chunks) => <Link href="/innsyn/statistikk">{chunks}</Link>,
          innsyn: (chunks) => <Link href="/innsyn">{chunks}</Link>,
        })}
      </Paragraph>
    </>
  );
}
