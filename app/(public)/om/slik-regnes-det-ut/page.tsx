// "Slik regnes det ut": how Brobygger computes the legitimacy lights, the warnings and the
// evaluation results, generated from the same constants the computations use
// (lib/pure/domain/calculation-explained.ts). Public, so anyone reading a register or a public
// page can check how a colour came about. The page's own words follow the visitor's language
// (namespace `utregning`), and so do the warnings' titles (`varsel`), the indicators' and
// thresholds' names and help texts (namespace `legitimitetstekst`) and the events'
// (forankring.hendelse, with the standard body from legitimitetstekst.organ).
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import { explainedCriteria, explainedEvents, explainedNumbers, explainedThresholds, explainedWarnings } from '@/lib/pure/domain/calculation-explained';
import { wordWarningTitle } from '@/lib/pure/domain/warnings';
import { warningWords } from '@/lib/pure/domain/warnings-words';
import { legitimacyWords } from '@/lib/pure/domain/legitimacy-words';
import type { Messages } from '@/lib/pure/i18n/catalogues';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('utregning');
  return { title: t('title') };
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <Heading level={2} id={id} data-size="sm">
        {title}
      </Heading>
      {children}
    </section>
  );
}

export default async function CalculationPage() {
  const [t, locale, tEvent, tWords] = await Promise.all([getTranslations('utregning'), getLocale(), getTranslations('forankring.hendelse'), getTranslations('legitimitetstekst')]);
  /** The standard body's name in the page's language; an unknown body as stored (bokmål, marked). */
  const bodyName = (body: string) => {
    const key = `organ.${body}` as `organ.${keyof Messages['legitimitetstekst']['organ']}`;
    return tWords.has(key) ? { text: tWords(key), nb: false } : { text: body, nb: locale !== 'nb' };
  };
  const n = explainedNumbers();
  const words = legitimacyWords(locale, tWords);
  const [p1, p2, p3, p4, p5] = n.scalePoints;
  return (
    <article className="mx-auto max-w-4xl">
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph className="mt-4">{t('intro')}</Paragraph>

      <Section id="lys-tittel" title={t('lightsHeading')}>
        <Paragraph className="mt-2">{t('lightRule', { green: n.green, yellow: n.yellow, yellowTop: n.yellowTop })}</Paragraph>
        <Paragraph className="mt-2">{t('recentWeighs', { cap: n.inputCap })}</Paragraph>
      </Section>

      {explainedCriteria(words).map((c) => {
        const label = t(`criterion.${c.criterion}`);
        return (
          <Section key={c.criterion} id={`kriterium-${c.criterion}`} title={label}>
            <Paragraph data-size="sm" className="mt-2">
              {t('criterionWeights', { total: c.totalWeight, share: c.ongoingShare })}
            </Paragraph>
            <div className="mt-3 overflow-x-auto">
              <Table border className="w-full" data-testid={`vekter-${c.criterion}`}>
                <caption className="ds-sr-only">{t('indicatorsCaption', { criterion: label.toLocaleLowerCase(locale) })}</caption>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{t('colIndicator')}</TableHeaderCell>
                    <TableHeaderCell>{t('colWeight')}</TableHeaderCell>
                    <TableHeaderCell>{t('colBasis')}</TableHeaderCell>
                    <TableHeaderCell>{t('colMeasure')}</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {c.indicators.map((i) => (
                    <TableRow key={i.id}>
                      <TableHeaderCell scope="row">{i.label}</TableHeaderCell>
                      <TableCell>{i.weight}</TableCell>
                      <TableCell>{t(`basis.${i.basis}`)}</TableCell>
                      <TableCell>{i.explanation}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </Section>
        );
      })}

      <Section id="opplevd-tittel" title={t('perceivedHeading')}>
        <Paragraph className="mt-2">{t('perceivedRule', { p1, p2, p3, p4, p5 })}</Paragraph>
        <Heading level={3} data-size="xs" className="mt-4">
          {t('anonymityHeading')}
        </Heading>
        <Paragraph className="mt-2">{t('anonymityRule', { min: n.minGroupSize })}</Paragraph>
      </Section>

      <Section id="terskler-tittel" title={t('thresholdsHeading')}>
        <dl className="mt-3 space-y-4">
          {explainedThresholds(words).map((th) => (
            <div key={th.label}>
              <dt className="font-semibold">
                {th.label}: {th.value}
              </dt>
              <dd className="mt-1">{th.help}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="varsler-tittel" title={t('warningsHeading')}>
        <Paragraph className="mt-2">{t('warningsIntro')}</Paragraph>
        <div className="mt-3 overflow-x-auto">
          <Table border className="w-full" data-testid="varselregler">
            <caption className="ds-sr-only">{t('warningsCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('colWarning')}</TableHeaderCell>
                <TableHeaderCell>{t('colTrap')}</TableHeaderCell>
                <TableHeaderCell>{t('colSeverity')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {explainedWarnings().map((w) => (
                <TableRow key={w.id}>
                  <TableHeaderCell scope="row">{wordWarningTitle(w, warningWords(locale)) ?? w.title}</TableHeaderCell>
                  <TableCell>{t(`trap.${w.trap}`)}</TableCell>
                  <TableCell>{t(`severity.${w.severity}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </Section>

      <Section id="hendelser-tittel" title={t('eventsHeading')}>
        <Paragraph className="mt-2">{t('eventsIntro')}</Paragraph>
        <ul className="mt-3 space-y-3">
          {explainedEvents().map((e) => {
            const body = bodyName(e.standard.body);
            return (
              <li key={e.event}>
                {t.rich('eventLine', {
                  label: tEvent(`${e.event}.label`),
                  months: e.months,
                  body: body.text,
                  level: t(`level.${e.standard.level}`),
                  kind: t(`kind.${e.standard.kind}`),
                  help: tEvent(`${e.event}.help`),
                  b: (chunks) => <span className="font-semibold">{chunks}</span>,
                  // The tag marked the bokmål parts (body, help); both are in the page's language now.
                  nb: (chunks) => <span lang={body.nb ? 'nb' : undefined}>{chunks}</span>,
                })}
              </li>
            );
          })}
        </ul>
      </Section>
    </article>
  );
}
