// The evaluation report as an A4-friendly document (the print stylesheet in globals.css does
// the rest): the same model and order as the PDF, summary first, then the tables. The model
// comes in the page's language (reportLanguage); the headings are the PDF's (`rapport.pdf`).
import { getLocale, getTranslations } from 'next-intl/server';
import { Heading, Paragraph, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react';
import { Table } from '@/app/_components/table';
import type { EvaluationReport } from '@/lib/pure/report/evaluation-report';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="bb-report-section mt-8">
      <Heading level={3} id={id} data-size="xs" className="mb-2">
        {title}
      </Heading>
      {children}
    </section>
  );
}

function SimpleTable({ caption, head, rows, testId }: { caption: string; head: string[]; rows: string[][]; testId?: string }) {
  return (
    <div className="overflow-x-auto">
      <Table border className="w-full" data-testid={testId}>
        <caption className="ds-sr-only">{caption}</caption>
        <TableHead>
          <TableRow>
            {head.map((h) => (
              <TableHeaderCell key={h}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(([first, ...rest], i) => (
            <TableRow key={i}>
              <TableHeaderCell scope="row">{first}</TableHeaderCell>
              {rest.map((v, j) => (
                <TableCell key={j}>{v}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Facts({ items, testId }: { items: { label: string; value: React.ReactNode }[]; testId?: string }) {
  return (
    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]" data-testid={testId}>
      {items.map((f) => (
        <div key={f.label} className="contents">
          <dt className="font-semibold">{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function GroupSection({ table, heading, responses, caption, criteria, testId }: { table: EvaluationReport['perspectives']; heading: string; responses: string; caption: string; criteria: string[]; testId: string }) {
  return (
    <>
      <Paragraph data-size="sm" className="mb-2">
        {table.note}
      </Paragraph>
      {table.empty ? (
        <Paragraph data-size="sm">{table.empty}</Paragraph>
      ) : (
        <SimpleTable caption={caption} head={[heading, responses, ...criteria]} rows={table.rows.map((r) => [r.label, r.responses, ...r.scores])} testId={testId} />
      )}
    </>
  );
}

export async function ReportDocument({ report }: { report: EvaluationReport }) {
  const { outcome } = report;
  const [locale, p, t, ts, tm] = await Promise.all([
    getLocale(),
    getTranslations('rapport.pdf'),
    getTranslations('evaluering.rapportside'),
    getTranslations('evaluering.pastander'),
    getTranslations('evaluering.maal'),
  ]);
  return (
    <article className="bb-report bb-panel max-w-[52rem]" aria-labelledby="rapport-tittel">
      <header className="border-b border-[var(--ds-color-neutral-border-default)] pb-4">
        <Heading level={2} id="rapport-tittel" data-size="md">
          {report.title}
        </Heading>
        <p className="bb-muted mt-1 text-sm">{report.dateLine}</p>
        <div className="mt-4">
          <Facts items={report.facts} />
        </div>
      </header>

      <Section id="rapport-oppsummering" title={p('summary')}>
        <Paragraph className={report.summary.missing ? 'bb-muted whitespace-pre-line' : 'whitespace-pre-line'} data-testid="rapport-oppsummering">
          {report.summary.text}
        </Paragraph>
      </Section>

      <Section id="rapport-poeng" title={p('scores')}>
        <SimpleTable
          caption={t('scoresCaption')}
          head={[p('criterion'), p('perceived'), p('structural'), p('respondents')]}
          rows={report.scores.map((r) => [r.label, r.perceived.text, r.structural.text, r.respondents])}
          testId="rapport-poeng"
        />
        <p className="bb-muted mt-2 text-sm">{report.scoreNote}</p>
      </Section>

      <Section id="rapport-perspektiv" title={p('perPerspective')}>
        <GroupSection table={report.perspectives} heading={p('perspective')}
          responses={p('responses')}
          caption={t('perspectivesCaption')} criteria={report.criteria.map((c) => c.short)} testId="rapport-perspektiver" />
      </Section>

      <Section id="rapport-deltakere" title={p('perMember')}>
        <GroupSection table={report.members} heading={p('member')}
          responses={p('responses')}
          caption={t('membersCaption')} criteria={report.criteria.map((c) => c.short)} testId="rapport-deltakere" />
      </Section>

      <Section id="rapport-utvikling" title={p('trend')}>
        {report.trend.length < 2 ? (
          <Paragraph data-size="sm">{p('firstRound')}</Paragraph>
        ) : (
          <SimpleTable
            caption={t('trendCaption')}
            head={[p('round'), ...report.criteria.map((c) => p('perceivedOf', { criterion: c.short })), ...report.criteria.map((c) => p('structuralOf', { criterion: c.short }))]}
            rows={report.trend.map((t) => [t.label, ...t.perceived, ...t.structural])}
            testId="rapport-utvikling"
          />
        )}
      </Section>

      <Section id="rapport-sammenligning" title={p('comparison')}>
        {report.comparison ? (
          <>
            <Paragraph data-size="sm" className="mb-2">
              {report.comparison.caption}
            </Paragraph>
            <SimpleTable
              caption={t('comparisonCaption')}
              head={[p('criterion'), p('perceivedBefore'), p('perceivedNow'), p('change'), p('structuralBefore'), p('structuralNow'), p('change')]}
              rows={report.comparison.rows.map((r) => [r.label, ...r.perceived, ...r.structural])}
            />
          </>
        ) : (
          <Paragraph data-size="sm">{report.noComparison}</Paragraph>
        )}
      </Section>

      <Section id="rapport-maal" title={p('goals')}>
        {report.goals.length === 0 ? (
          <Paragraph data-size="sm">{report.noGoals}</Paragraph>
        ) : (
          <div className="overflow-x-auto">
            <Table border className="w-full">
              <caption className="ds-sr-only">{tm('caption')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{p('goal')}</TableHeaderCell>
                  <TableHeaderCell>{p('attainment')}</TableHeaderCell>
                  <TableHeaderCell>{p('reported')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.goals.map((g, i) => (
                  <TableRow key={i}>
                    <TableHeaderCell scope="row" className="font-normal">
                      <span className="font-semibold">{g.statement}</span>
                      <span className="bb-muted block text-sm">{g.measure}</span>
                    </TableHeaderCell>
                    <TableCell>
                      {g.attainment}
                      <span className="bb-muted block text-sm">{g.answers}</span>
                    </TableCell>
                    <TableCell>{g.reportedResults.length === 0 ? '–' : g.reportedResults.map((r) => <span key={r} className="block">{r}</span>)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </Section>

      <Section id="rapport-pastander" title={t('statementsTitle')}>
        <div className="space-y-4" data-testid="rapport-pastander">
          {report.statements.map((g) => (
            <div key={g.group}>
              <Heading level={4} data-size="2xs" className="mb-1">
                {g.group}
              </Heading>
              <SimpleTable
                caption={ts('caption', { group: g.group.toLocaleLowerCase(locale) })}
                head={[ts('colStatement'), ts('colMean'), ts('colPoints'), ts('colAnswers'), ts('colPrevious')]}
                rows={g.rows.map((r) => [r.label, r.mean, r.points, r.answers, r.previous])}
              />
            </div>
          ))}
        </div>
      </Section>

      <Section id="rapport-varsler" title={p('warnings')}>
        {report.warnings.length === 0 ? <Paragraph data-size="sm">{report.noWarnings}</Paragraph> : null}
        <ul className="space-y-3">
          {report.warnings.map((w) => (
            <li key={w.title} className="bb-report-keep rounded-md border border-[var(--ds-color-neutral-border-default)] p-4">
              <Heading level={4} data-size="2xs">
                {w.title}
              </Heading>
              <p className="bb-muted text-sm">{w.severityLabel}</p>
              <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm">
                {w.facts.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
              <p className="mt-2 text-sm">
                <span className="font-semibold">{p('advice')} </span>
                {w.advice}
              </p>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="rapport-beslutning" title={p('outcome')}>
        <Facts
          testId="rapport-beslutning"
          items={[
            { label: p('recommendation'), value: [outcome.recommendation, outcome.recommendationNote].filter(Boolean).join('. ') },
            { label: p('decision'), value: <strong>{outcome.decision}</strong> },
            ...(outcome.decidedAt ? [{ label: p('decided'), value: [outcome.decidedAt, outcome.decisionNote].filter(Boolean).join(', ') }] : []),
          ]}
        />
      </Section>
    </article>
  );
}
