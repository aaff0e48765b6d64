// The partner network of one municipality: filter form, the drawn graph with its legend, the
// same facts as a table, and the fragmentation index explained. Rendered on the server; only
// the graph itself runs in the browser. Used by /innsyn (public cooperations) and by the
// signed-in register (all of the municipality's cooperations).
import Link from 'next/link';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { SelectField } from '@/app/_components/select-field';
import { TableScroll } from '@/app/_components/table-scroll';
import type { NetworkView } from '@/lib/pure/network/view';
import { CytoscapeStylesheet } from './cytoscape-stylesheet';
import { NetworkGraph } from './network-graph';
import { SubmitButton } from '@/app/_components/submit-button';

export interface NetworkLinks {
  /** The page itself (the filter form's action). */
  self: string;
  /** Where a cooperation's page is. */
  cooperation: (id: string) => string;
  /** Where another municipality's network is. */
  municipality: (kommunenummer: string) => string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function NetworkFilters({ view, links }: { view: NetworkView; links: NetworkLinks }) {
  return (
    <form method="get" action={links.self} aria-label="Velg hva nettverket viser" className="bb-panel mb-6 grid items-end gap-4 md:grid-cols-[1fr_1fr_auto]">
      <SelectField label="Oppgavefelt" name="oppgavefelt" defaultValue={view.taskArea ?? ''}>
        <option value="">Alle oppgavefelt</option>
        {view.taskAreas.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </SelectField>
      <SelectField label="Farge på linjene etter" name="farge" defaultValue={view.colourBy}>
        <option value="oppgavefelt">Oppgavefelt</option>
        <option value="organisasjonsform">Organisasjonsform</option>
      </SelectField>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>Vis</SubmitButton>
        {view.taskArea || view.colourBy !== 'oppgavefelt' ? <Link href={links.self}>Nullstill</Link> : null}
      </div>
    </form>
  );
}

export function NetworkGraphSection({ view, name }: { view: NetworkView; name: string }) {
  const partners = view.partners.length;
  const summary = `${name} samarbeider med ${plural(partners, 'kommune', 'kommuner')} i ${plural(view.cooperations, 'samarbeid', 'samarbeid')}${view.taskArea ? ` innen ${view.taskArea}` : ''}.`;
  const strongest = view.partners.slice(0, 3).map((p) => `${p.name} (${p.shared})`);
  const label = `Nettverksdiagram. ${summary}${strongest.length > 0 ? ` Flest felles samarbeid med ${strongest.join(', ')}.` : ''} Tabellen under diagrammet viser alle.`;
  return (
    <section aria-labelledby="nettverk-tittel" className="bb-panel mb-6">
      <Heading level={2} id="nettverk-tittel" data-size="xs">
        Nettverket
      </Heading>
      <Paragraph className="mt-2" data-testid="nettverk-oppsummering">
        {summary}
      </Paragraph>
      {partners === 0 ? (
        <Paragraph className="mt-3">Det er ingen andre kommuner å tegne: kommunen har ingen samarbeid med andre kommuner her ennå.</Paragraph>
      ) : (
        <>
          <div className="mt-4">
            <CytoscapeStylesheet />
            <NetworkGraph nodes={view.nodes} edges={view.edges} label={label} />
          </div>
          <div className="mt-4 grid gap-4 md:grid-cols-[2fr_3fr]">
            <div>
              <Heading level={3} data-size="2xs">
                Fargene: {view.colourBy === 'oppgavefelt' ? 'oppgavefelt' : 'organisasjonsform'}
              </Heading>
              <ul className="mt-2 space-y-1 text-sm" data-testid="nettverk-forklaring">
                {view.legend.map((l) => (
                  <li key={l.category} className="flex items-start gap-2">
                    <span aria-hidden="true" className="mt-1 inline-block h-3 w-6 shrink-0 rounded-sm" style={{ backgroundColor: l.colour }} />
                    <span>
                      {l.category} ({plural(l.cooperations, 'samarbeid', 'samarbeid')})
                    </span>
                  </li>
                ))}
              </ul>
            </div>
            <Paragraph data-size="sm" className="bb-muted">
              Kommunen står i midten. Jo tykkere linje, jo flere samarbeid har kommunene felles; kommuner med mange felles samarbeid
              står nærmest. En linje får fargen til det {view.colourBy === 'oppgavefelt' ? 'oppgavefeltet' : 'den organisasjonsformen'} flest av de felles
              samarbeidene har. Tynne grå linjer binder sammen partnere som er med i de samme samarbeidene.
            </Paragraph>
          </div>
        </>
      )}
    </section>
  );
}

export function PartnerTable({ view, name, links }: { view: NetworkView; name: string; links: NetworkLinks }) {
  if (view.partners.length === 0) return null;
  const caption = `Kommunene ${name} samarbeider med, med antall felles samarbeid${view.taskArea ? ` innen ${view.taskArea}` : ''}`;
  return (
    <section aria-labelledby="partnere-tittel" className="mb-6">
      <Heading level={2} id="partnere-tittel" data-size="xs" className="mb-3">
        Kommunene i nettverket
      </Heading>
      <TableScroll label={caption}>
        <Table border zebra className="w-full" data-testid="nettverk-tabell">
          <caption className="ds-sr-only">{caption}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>Kommune</TableHeaderCell>
              <TableHeaderCell className="text-right">Felles samarbeid</TableHeaderCell>
              <TableHeaderCell>Samarbeid ({view.colourBy === 'oppgavefelt' ? 'oppgavefelt' : 'organisasjonsform'})</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {view.partners.map((p) => (
              <TableRow key={p.kommunenummer}>
                <TableCell className="align-top whitespace-nowrap">
                  <Link href={links.municipality(p.kommunenummer)}>{p.name}</Link>
                </TableCell>
                <TableCell className="text-right align-top">{p.shared}</TableCell>
                <TableCell className="align-top">
                  <ul className="space-y-1">
                    {p.cooperations.map((c) => (
                      <li key={c.id}>
                        <Link href={links.cooperation(c.id)}>{c.name}</Link> <span className="bb-muted text-sm">({c.category})</span>
                        {c.isPublic ? null : (
                          <Tag data-color="warning" data-size="sm" className="ml-2">
                            Ikke offentlig
                          </Tag>
                        )}
                      </li>
                    ))}
                  </ul>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </section>
  );
}
