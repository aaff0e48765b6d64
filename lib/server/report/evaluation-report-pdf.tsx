import 'server-only';
// The evaluation report as an A4 PDF for the council case, rendered on the server with
// @react-pdf/renderer from the same model as the printable page. The font is Noto Sans,
// embedded (pdf-fonts.ts), so Sami names print with their own letters; black on white,
// tables kept whole. Headings and labels in the requester's language (the `rapport` namespace),
// bokmål when none is given.
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { Children, type ComponentProps, type ReactNode } from 'react';
import { BOKMAAL_REPORT, type EvaluationReport, type ReportLanguage } from '@/lib/pure/report/evaluation-report';
import { PDF_FONT_FAMILY, registerPdfFonts } from './pdf-fonts';
import { pdfText } from '@/lib/pure/report/pdf-text';

registerPdfFonts();
// The default splits words by English rules; Norwegian compounds are better left whole.
Font.registerHyphenationCallback((word) => [word]);

const s = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 56, paddingHorizontal: 52, fontFamily: PDF_FONT_FAMILY, fontSize: 10, color: '#000' },
  // On the text with its size, not on the page: an inherited lineHeight makes react-pdf drop
  // the bottom-anchored footer, and a multiplier without a size on the same style is taken of 18pt.
  text: { fontSize: 10, lineHeight: 1.35 },
  title: { fontWeight: 'bold', fontSize: 17, marginBottom: 8 },
  muted: { color: '#444' },
  small: { fontSize: 8.5 },
  h2: { fontWeight: 'bold', fontSize: 12.5, marginTop: 16, marginBottom: 6 },
  h3: { fontWeight: 'bold', fontSize: 10.5 },
  bold: { fontWeight: 'bold' },
  para: { marginBottom: 4 },
  facts: { marginTop: 10, borderTopWidth: 1, borderTopColor: '#000', paddingTop: 6 },
  factRow: { flexDirection: 'row', marginBottom: 2 },
  factLabel: { width: 110, fontWeight: 'bold' },
  factValue: { flex: 1 },
  row: { flexDirection: 'row', borderTopWidth: 1, borderLeftWidth: 1, borderColor: '#000' },
  last: { borderBottomWidth: 1 },
  head: { backgroundColor: '#e6e6e6', fontWeight: 'bold', marginTop: 4 },
  cell: { flex: 1, borderRightWidth: 1, borderColor: '#000', paddingVertical: 3, paddingHorizontal: 4 },
  box: { borderWidth: 1, borderColor: '#000', padding: 8, marginBottom: 6 },
  bullet: { flexDirection: 'row', marginLeft: 6 },
  footer: { position: 'absolute', bottom: 24, left: 52, right: 52, flexDirection: 'row', justifyContent: 'space-between', fontSize: 8, color: '#444' },
});

/** Text with every string made safe for the embedded font (pdf-text.ts). */
function T({ children, style }: { children: string; style?: ComponentProps<typeof View>['style'] }) {
  return <Text style={[s.text, ...(Array.isArray(style) ? style : style ? [style] : [])]}>{pdfText(children)}</Text>;
}

/**
 * A heading and its content. A section that fits on a page is kept whole (`keep`); a longer
 * one breaks between its items, with the heading held together with the first `together`
 * items so that it never ends a page alone.
 */
function Section({ title, keep = true, together = 1, children }: { title: string; keep?: boolean; together?: number; children: ReactNode }) {
  const items = Children.toArray(children);
  return (
    <View wrap={!keep}>
      <View wrap={false}>
        <T style={s.h2}>{title}</T>
        {items.slice(0, together)}
      </View>
      {items.slice(together)}
    </View>
  );
}

/** A cell's text, or a main line with a smaller detail line under it. */
type Cell = string | { main: string; detail: string; bold?: boolean };

/** A goals table this small surely fits on one page, so it is kept whole; a larger one breaks between rows. */
const fitsOnePage = (goals: EvaluationReport['goals']) => goals.length <= 4 && goals.reduce((n, g) => n + g.reportedResults.length, 0) <= 12;

/**
 * A table as a list of rows, for a Section to lay out: the heading row first. Each row draws
 * its own top and left edge and each cell its right edge, so a table split over two pages
 * leaves no dangling lines; the last row closes the bottom. `widths` are flex weights.
 */
function tableRows(head: string[], rows: Cell[][], widths: number[]): ReactNode[] {
  const cells = (values: Cell[]) =>
    values.map((v, i) => (
      <View key={i} style={[s.cell, { flex: widths[i] ?? 1 }]}>
        {typeof v === 'string' ? (
          <T>{v}</T>
        ) : (
          <>
            <T style={v.bold ? s.bold : undefined}>{v.main}</T>
            <T style={[s.small, s.muted]}>{v.detail}</T>
          </>
        )}
      </View>
    ));
  return [
    <View key="head" style={[s.row, s.head, rows.length === 0 ? s.last : {}]} wrap={false}>
      {cells(head)}
    </View>,
    ...rows.map((r, i) => (
      <View key={i} style={[s.row, i === rows.length - 1 ? s.last : {}]} wrap={false}>
        {cells(r)}
      </View>
    )),
  ];
}

const BULLET = '•';

function Bullets({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} style={s.bullet}>
          <Text style={{ width: 10 }}>{BULLET}</Text>
          <T style={{ flex: 1 }}>{item}</T>
        </View>
      ))}
    </View>
  );
}

function GroupSection({ title, heading, answers, table, criteria }: { title: string; heading: string; answers: string; table: EvaluationReport['perspectives']; criteria: string[] }) {
  return (
    <Section title={title} together={2}>
      <T style={[s.small, s.muted, s.para]}>{table.note}</T>
      {table.empty ? <T>{table.empty}</T> : tableRows([heading, answers, ...criteria], table.rows.map((r) => [r.label, r.responses, ...r.scores]), [2.2, 0.8, 1, 1, 1])}
    </Section>
  );
}

export function EvaluationReportPdf({ report, lang = BOKMAAL_REPORT }: { report: EvaluationReport; lang?: ReportLanguage }) {
  const { outcome } = report;
  const { t } = lang;
  const adviceLabel = `${pdfText(t('pdf.advice'))} `;
  return (
    <Document title={report.title} author="Brobygger" subject={t('subject', { name: report.cooperationName })} creator="Brobygger" producer="Brobygger" language={lang.locale}>
      <Page size="A4" style={s.page}>
        <View style={s.footer} fixed>
          <T style={{ fontSize: 8 }}>{report.title}</T>
          <Text render={({ pageNumber, totalPages }) => t('page', { page: pageNumber, total: totalPages })} />
        </View>

        <T style={s.title}>{report.title}</T>
        <T style={s.muted}>{report.dateLine}</T>
        <View style={s.facts}>
          {report.facts.map((f) => (
            <View key={f.label} style={s.factRow} wrap={false}>
              <T style={s.factLabel}>{f.label}</T>
              <T style={s.factValue}>{f.value}</T>
            </View>
          ))}
        </View>

        <Section title={t('pdf.summary')} keep={false}>
          <T style={report.summary.missing ? s.muted : s.para}>{report.summary.text}</T>
        </Section>

        <Section title={t('pdf.scores')}>
          {tableRows(
            [t('pdf.criterion'), t('pdf.perceived'), t('pdf.structural'), t('pdf.respondents')],
            report.scores.map((r) => [r.label, r.perceived.text, r.structural.text, r.respondents]),
            [2.2, 1.4, 1.4, 1],
          )}
          <T style={[s.small, s.muted, { marginTop: 4 }]}>{report.scoreNote}</T>
        </Section>

        <GroupSection title={t('pdf.perPerspective')} heading={t('pdf.perspective')} answers={t('pdf.responses')} table={report.perspectives} criteria={report.criteria.map((c) => c.short)} />
        <GroupSection title={t('pdf.perMember')} heading={t('pdf.member')} answers={t('pdf.responses')} table={report.members} criteria={report.criteria.map((c) => c.short)} />

        <Section title={t('pdf.trend')}>
          {report.trend.length < 2 ? (
            <T>{t('pdf.firstRound')}</T>
          ) : (
            tableRows(
              [t('pdf.round'), ...report.criteria.map((c) => t('pdf.perceivedOf', { criterion: c.short })), ...report.criteria.map((c) => t('pdf.structuralOf', { criterion: c.short }))],
              report.trend.map((t) => [t.label, ...t.perceived, ...t.structural]),
              [1.6, 1, 1, 1, 1, 1, 1],
            )
          )}
        </Section>

        <Section title={t('pdf.comparison')}>
          {report.comparison ? (
            <>
              <T style={s.para}>{report.comparison.caption}</T>
              {tableRows(
                [t('pdf.criterion'), t('pdf.perceivedBefore'), t('pdf.perceivedNow'), t('pdf.change'), t('pdf.structuralBefore'), t('pdf.structuralNow'), t('pdf.change')],
                report.comparison.rows.map((r) => [r.label, ...r.perceived, ...r.structural]),
                [1.4, 1, 1, 1, 1, 1, 1],
              )}
            </>
          ) : (
            <T>{report.noComparison}</T>
          )}
        </Section>

        <Section title={t('pdf.goals')} keep={fitsOnePage(report.goals)} together={2}>
          {report.goals.length === 0
            ? [<T key="ingen">{report.noGoals}</T>]
            : tableRows(
                [t('pdf.goal'), t('pdf.attainment'), t('pdf.reported')],
                report.goals.map((g) => [{ main: g.statement, detail: g.measure, bold: true }, { main: g.attainment, detail: g.answers }, g.reportedResults.join('\n') || '–']),
                [2.4, 1.1, 2],
              )}
        </Section>

        {report.statements.map((g, i) => (
          <Section key={g.group} title={i === 0 ? t('pdf.statementsFirst', { group: g.group }) : g.group} keep={false} together={2}>
            {tableRows(
              [t('pdf.statement'), t('pdf.mean'), t('pdf.points'), t('pdf.answers'), t('pdf.previous')],
              g.rows.map((r) => [{ main: r.label, detail: r.text, bold: true }, r.mean, r.points, r.answers, r.previous]),
              [3, 0.9, 0.8, 1.3, 1],
            )}
          </Section>
        ))}

        <Section title={t('pdf.warnings')} keep={report.warnings.length <= 1}>
          {report.warnings.length === 0 ? <T>{report.noWarnings}</T> : null}
          {report.warnings.map((w) => (
            <View key={w.title} style={s.box} wrap={false}>
              <T style={s.h3}>{w.title}</T>
              <T style={[s.small, s.muted, s.para]}>{w.severityLabel}</T>
              <Bullets items={w.facts} />
              <Text style={[s.text, { marginTop: 4 }]}>
                <Text style={s.bold}>{adviceLabel}</Text>
                {pdfText(w.advice)}
              </Text>
            </View>
          ))}
        </Section>

        <Section title={t('pdf.outcome')}>
          <View style={s.factRow}>
            <T style={s.factLabel}>{t('pdf.recommendation')}</T>
            <T style={s.factValue}>{[outcome.recommendation, outcome.recommendationNote].filter(Boolean).join('. ')}</T>
          </View>
          <View style={s.factRow}>
            <T style={s.factLabel}>{t('pdf.decision')}</T>
            <T style={[s.factValue, s.bold]}>{outcome.decision}</T>
          </View>
          {outcome.decidedAt ? (
            <View style={s.factRow}>
              <T style={s.factLabel}>{t('pdf.decided')}</T>
              <T style={s.factValue}>{[outcome.decidedAt, outcome.decisionNote].filter(Boolean).join(', ')}</T>
            </View>
          ) : null}
        </Section>
      </Page>
    </Document>
  );
}

export function renderEvaluationReportPdf(report: EvaluationReport, lang: ReportLanguage = BOKMAAL_REPORT): Promise<Buffer> {
  return renderToBuffer(<EvaluationReportPdf report={report} lang={lang} />);
}
