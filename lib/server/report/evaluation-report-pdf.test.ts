import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { buildEvaluationReport, reportLanguage } from '@/lib/pure/report/evaluation-report';
import { renderEvaluationReportPdf } from './evaluation-report-pdf';
import { anonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import { reportInput, reportResults } from '@/testing/fixtures/report';

async function pdfOf(report: ReturnType<typeof buildEvaluationReport>) {
  const buffer = await renderEvaluationReportPdf(report);
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  // Text extraction keeps line breaks where the layout wrapped; compare with single spaces.
  return { buffer, pdf, totalPages, text: text.replace(/\s+/g, ' ') };
}

describe('the evaluation report as PDF', () => {
  it('holds the summary, the scores and the decision, with æøå intact', async () => {
    const report = buildEvaluationReport(reportInput());
    const { buffer, text, totalPages } = await pdfOf(report);
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(totalPages).toBeGreaterThanOrEqual(1);
    expect(text).toContain('Evalueringsrapport: Legevakt Østre Agder – runde 2');
    expect(text).toContain(report.summary.text);
    expect(text).toContain('Demokratisk forankring (input)');
    expect(text).toContain('75 (grønn)');
    expect(text).toContain('35 (rød)');
    expect(text).toContain('Opprettholde samarbeidet');
    expect(text).toContain('Endre samarbeidet (redesign)');
    expect(text).toContain('Representantskapet sak 12/26');
    expect(text).toContain('Kortere ventetid på legevakten');
    expect(text).toContain('Hva forskningen anbefaler');
    expect(text).toContain('Åmli kommune');
    // The minus sign is the font's own (Helvetica had none, and printed an en dash instead).
    expect(text).toContain('−8');
    expect(text).toMatch(/Side 1 av \d/);
  });

  it('includes the statement-level results, the trend, and only anonymous groups', async () => {
    const { text } = await pdfOf(buildEvaluationReport(reportInput()));
    expect(text).toContain('Svarene på påstandene');
    expect(text).toContain('Åpenhet om vedtak');
    expect(text).toContain('2 svar, 1 vet ikke');
    expect(text).toContain('Min kommunes nytte');
    expect(text).toContain('Utvikling over alle runder');
    expect(text).toContain('Runde 1 (10.03.2025)');
    expect(text).toContain('Øvrige (Operativ leder, Politiske sponsorer og Deltakerkommunene)');
    expect(text).toContain('Grupper med færre enn 3 svar vises ikke hver for seg');
    // A comment from a single respondent carries no role.
    expect(text).toContain('Øvrige: «52 minutter (2025)»');
    expect(text).not.toContain('Operativ leder: «');
  });

  it('prints Sami municipality names with their own letters, in the embedded font', async () => {
    const input = reportInput();
    const members = [
      { name: 'Guovdageainnu suohkan', role: 'vertskommune' as const },
      { name: 'Kárášjoga gielda', role: 'samarbeidskommune' as const },
      { name: 'Porsáŋggu gielda', role: 'samarbeidskommune' as const },
    ];
    const report = buildEvaluationReport({ ...input, cooperation: { ...input.cooperation, name: 'Reindrift Guovdageaidnu og Kárášjohka', members } });
    const { buffer, text } = await pdfOf(report);
    expect(text).toContain('Guovdageaidnu');
    expect(text).toContain('Kárášjohka');
    expect(text).toContain('Evalueringsrapport: Reindrift Guovdageaidnu og Kárášjohka');
    expect(text).toContain('Porsáŋggu gielda');
    // The font is embedded (a subset of it), and no built-in font is used.
    const raw = buffer.toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Bold/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it('carries its title and language as metadata', async () => {
    const report = buildEvaluationReport(reportInput());
    const { buffer, pdf } = await pdfOf(report);
    const meta = await getMeta(pdf);
    expect((meta.info as { Title?: string }).Title).toBe(report.title);
    expect(buffer.toString('latin1')).toMatch(/\/Lang \(nb\)/);
  });

  it('says plainly when the round is undecided, with no summary and no previous round', async () => {
    const input = reportInput();
    const report = buildEvaluationReport({
      ...input,
      results: { ...input.results, roundNumber: 1, previous: null },
      outcome: { summary: null, recommendation: null, recommendationNote: null, decision: null, decisionNote: null, decidedAt: null },
    });
    const { text } = await pdfOf(report);
    expect(text).toContain('Ikke besluttet ennå');
    expect(text).toContain('Oppsummeringen skrives når runden besluttes');
    expect(text).toContain('Dette er den første evalueringsrunden');
  });

  it('breaks a long goals table between rows and never leaves a heading alone at the foot of a page', async () => {
    const raw = reportResults();
    raw.goals = Array.from({ length: 14 }, (_, i) => ({ ...raw.goals[0]!, goalId: `g${i}`, statement: `Mål nummer ${i + 1} for samarbeidet` }));
    const buffer = await renderEvaluationReportPdf(buildEvaluationReport(reportInput({ results: anonymousResults(raw) })));
    const { text: pages } = await extractText(new Uint8Array(buffer), { mergePages: false });
    expect(pages.length).toBeGreaterThan(2);
    const headingPage = pages.findIndex((p) => p.includes('Måloppnåelse\n'));
    expect(pages[headingPage]).toContain('Mål nummer 1 for samarbeidet');
    expect(pages.join('\n')).toContain('Mål nummer 14 for samarbeidet');
    const warningsPage = pages.findIndex((p) => p.includes('Varsler\n'));
    expect(pages[warningsPage]).toContain('Understyring: ingen formell forankring');
  });
});

describe('the evaluation report as PDF in nynorsk and English', () => {
  it('prints the nynorsk headings and labels, and marks the document nn', async () => {
    const lang = reportLanguage('nn');
    const report = buildEvaluationReport(reportInput(), lang);
    const buffer = await renderEvaluationReportPdf(report, lang);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(buffer)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Poeng per kriterium');
    expect(flat).toContain('Utvikling over alle rundane');
    expect(flat).toContain('Tilråding og avgjerd');
    expect(flat).toContain('Kva forskinga tilrår:');
    expect(flat).toMatch(/Side 1 av \d/);
    expect(buffer.toString('latin1')).toMatch(/\/Lang \(nn\)/);
  });

  it('prints the English headings and labels, and marks the document en', async () => {
    const lang = reportLanguage('en');
    const report = buildEvaluationReport(reportInput(), lang);
    const buffer = await renderEvaluationReportPdf(report, lang);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(buffer)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Evaluation report: Legevakt Østre Agder – round 2');
    expect(flat).toContain('Points by criterion');
    expect(flat).toContain('Recommendation and decision');
    expect(flat).toContain('What the research recommends:');
    expect(flat).toMatch(/Page 1 of \d/);
    expect(flat).not.toContain('Poeng per kriterium');
    expect(buffer.toString('latin1')).toMatch(/\/Lang \(en\)/);
  });
});
