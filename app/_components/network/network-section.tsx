// The partner network of one municipality: filter form, the drawn graph with its legend, the
// same facts as a table, and the fragmentation index explained. Rendered on the server; only
// the graph itself runs in the browser. Used by /innsyn (public cooperations) and by the
// signed-in register (all of the municipality's cooperations). Its words come from the
// catalogues; each section carries its language, as the register page is still bokmål.
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { SelectField } from '@/app/_components/select-field';
import { TableScroll } from '@/app/_components/table-scroll';
import { OTHER_LABEL, type NetworkView } from '@/lib/pure/network/view';
import { UNKNOWN_CATEGORY } from '@/lib/pure/domain/partner-network';
import { taskAreaNameIn } from '@/lib/pure/domain/task-area-words';
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

/**
 * lib/pure/network/view.ts names two categories in bokmål: "Ikke oppgitt", and "Andre (…)" for
 * the long tail. The others are stored names: a seeded task area's is worded in the page's
 * language (`oppgavefelt`); the filter's values stay the stored names.
 */
function useCategory(): (category: string) => string {
  const t = useTranslations('nettverk');
  const tArea = useTranslations('oppgavefelt');
  return (category) => {
    if (category === UNKNOWN_CATEGORY) return t('unknown');
    if (category.startsWith(`${OTHER_LABEL} (`)) return `${t('other')}${category.slice(OTHER_LABEL.length)}`;
    return taskAreaNameIn(category, tArea);
  };
}

export function NetworkFilters({ view, links }: { view: NetworkView; links: NetworkLinks }) {
  const t = useTranslations('nettverk');
  const category = useCategory();
  const locale = useLocale();
  // The value is the stored name the view filters by; the label, and so the order, in the page's language.
  const areas = view.taskAreas.map((value) => ({ value, label: category(value) }));
  if (locale !== 'nb') areas.sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <form method="get" action={links.self} aria-label={t('filterLabel')} lang={locale} className="bb-panel mb-6 grid items-end gap-4 md:grid-cols-[1fr_1fr_auto]">
      <SelectField label={t('taskArea')} name="oppgavefelt" defaultValue={view.taskArea ?? ''}>
        <option value="">{t('allTaskAreas')}</option>
        {areas.map((area) => (
          <option key={area.value} value={area.value}>
            {area.label}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('colourBy')} name="farge" defaultValue={view.colourBy}>
        <option value="oppgavefelt">{t('byTaskArea')}</option>
        <option value="organisasjonsform">{t('byLegalForm')}</option>
      </SelectField>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>{t('show')}</SubmitButton>
        {view.taskArea || view.colourBy !== 'oppgavefelt' ? <Link href={links.self}>{t('reset')}</Link> : null}
      </div>
    </form>
  );
}

export function NetworkGraphSection({ view, name }: { view: NetworkView; name: string }) {
  const t = useTranslations('nettverk');
  const category = useCategory();
  const partners = view.partners.length;
  const summary = t('summary', { name, partners, cooperations: view.cooperations, taskArea: view.taskArea ? category(view.taskArea) : 'none' });
  const strongest = view.partners.slice(0, 3).map((p) => `${p.name} (${p.shared})`);
  const label = [t('graphIntro'), summary, ...(strongest.length > 0 ? [t('strongest', { list: strongest.join(', ') })] : []), t('graphTable')].join(' ');
  return (
    <section aria-labelledby="nettverk-tittel" className="bb-panel mb-6" lang={useLocale()}>
      <Heading level={2} id="nettverk-tittel" data-size="xs">
        {t('heading')}
      </Heading>
      <Paragraph className="mt-2" data-testid="nettverk-oppsummering">
        {summary}
      </Paragraph>
      {partners === 0 ? (
        <Paragraph className="mt-3">{t('noPartners')}</Paragraph>
      ) : (
        <>
          <div className="mt-4">
            <CytoscapeStylesheet />
            <NetworkGraph nodes={view.nodes} edges={view.edges} label={label} drawing={t('drawing')} failed={t('failed')} />
          </div>
          <div className="mt-4 grid gap-4 md:grid-cols-[2fr_3fr]">
            <div>
              <Heading level={3} data-size="2xs">
                {t('colours', { by: view.colourBy })}
              </Heading>
              <ul className="mt-2 space-y-1 text-sm" data-testid="nettverk-forklaring">
                {view.legend.map((l) => (
                  <li key={l.category} className="flex items-start gap-2">
                    <span aria-hidden="true" className="mt-1 inline-block h-3 w-6 shrink-0 rounded-sm" style={{ backgroundColor: l.colour }} />
                    <span>{t('legendItem', { category: category(l.category), count: l.cooperations })}</span>
                  </li>
                ))}
              </ul>
            </div>
            <Paragraph data-size="sm" className="bb-muted">
              {t('explanation', { by: view.colourBy })}
            </Paragraph>
          </div>
        </>
      )}
    </section>
  );
}

export function PartnerTable({ view, name, links }: { view: NetworkView; name: string; links: NetworkLinks }) {
  const t = useTranslations('nettverk');
  const category = useCategory();
  const lang = useLocale();
  if (view.partners.length === 0) return null;
  const caption = t('caption', { name, taskArea: view.taskArea ? category(view.taskArea) : 'none' });
  return (
    <section aria-labelledby="partnere-tittel" className="mb-6" lang={lang}>
      <Heading level={2} id="partnere-tittel" data-size="xs" className="mb-3">
        {t('partnersHeading')}
      </Heading>
      <TableScroll label={caption}>
        <Table border zebra className="w-full" data-testid="nettverk-tabell">
          <caption className="ds-sr-only">{caption}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t('colMunicipality')}</TableHeaderCell>
              <TableHeaderCell className="text-right">{t('colShared')}</TableHeaderCell>
              <TableHeaderCell>{t('colCooperations', { by: view.colourBy })}</TableHeaderCell>
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
                        <Link href={links.cooperation(c.id)}>{c.name}</Link> <span className="bb-muted text-sm">({category(c.category)})</span>
                        {c.isPublic ? null : (
                          <Tag data-color="warning" data-size="sm" className="ml-2">
                            {t('notPublic')}
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
