// A closed round's results as CSV for Excel, written by the one CSV writer (lib/pure/csv.ts: UTF-8
// with BOM, semicolons, Windows line ends, formulas neutralised in every cell). One table, one row per thing shown on the results page:
// the criteria, every group of the anonymous perspective and member tables, every statement
// and every comment with the group it may be attributed to. Built only from AnonymousResults,
// so the file can hold nothing the anonymity rule keeps off the page.
// Made for signed-in people: headers and fixed words in the requester's language (CsvWords,
// bokmål by default and unchanged); what respondents wrote and the statements stay as they are.
import { writeCsv } from '@/lib/pure/csv';
import { BOKMAAL_CSV, type CsvWords } from '@/lib/pure/csv-words';
import { OTHERS_KEY } from '@/lib/pure/domain/anonymity';
import type { AnonymousComment, AnonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import { formatNumberNb } from '@/lib/pure/domain/nb-text';
import { CRITERIA } from '@/lib/pure/domain/perceived';

/** The column headers in the requester's language. */
export function resultsCsvHeaders(words: CsvWords = BOKMAAL_CSV): string[] {
  const { t } = words;
  return [t('resultater.part'), t('resultater.name'), t('resultater.responses'), ...CRITERIA.map(words.criterionShort), t('resultater.mean'), t('resultater.points'), t('resultater.dontKnow'), t('resultater.text')];
}

/** The bokmål headers (resultsCsvHeaders() gives the same; the tests check). */
export const RESULTS_CSV_HEADERS = ['Del', 'Navn', 'Svar', 'Forankring', 'Åpenhet', 'Resultater', 'Snitt (1–5)', 'Poeng', 'Vet ikke', 'Tekst'] as const;

const n = (v: number | null) => (v === null ? '' : String(v));
const blankScores = ['', '', ''];

export function resultsCsvRecords(r: AnonymousResults, words: CsvWords = BOKMAAL_CSV): string[][] {
  const { t } = words;
  const join = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${t('resultater.and')} ${items[items.length - 1]}`);
  const rows: string[][] = [];
  for (const c of CRITERIA) {
    const { perceived, structural } = r.criteria[c];
    rows.push([t('resultater.criterionPerceived'), words.criterion(c), String(perceived.respondents), ...CRITERIA.map((x) => (x === c ? n(perceived.score) : '')), '', '', '', '']);
    rows.push([t('resultater.criterionStructural'), words.criterion(c), '', ...CRITERIA.map((x) => (x === c ? n(structural.score) : '')), '', '', '', '']);
  }
  const groups = (part: string, table: AnonymousResults['perspectives'] | null) => {
    for (const g of table?.rows ?? []) {
      const name = g.key === OTHERS_KEY ? `${words.group(g.label)} (${join(g.includes.map(words.group))})` : words.group(g.label);
      rows.push([part, name, g.invited === null ? String(g.respondents) : t('resultater.ofInvited', { respondents: g.respondents, invited: g.invited }), ...CRITERIA.map((c) => n(g.criteria[c])), '', '', '', '']);
    }
  };
  groups(t('resultater.perspective'), r.perspectives);
  groups(t('resultater.member'), r.members);
  // The mean keeps the decimal comma in every language: the file is for Norwegian Excel.
  for (const s of r.statements) {
    rows.push([t('resultater.statement'), s.label, String(s.tally.answered), ...blankScores, s.tally.mean === null ? '' : formatNumberNb(s.tally.mean, 2), n(s.tally.score), String(s.tally.dontKnow), s.text]);
  }
  const comment = (part: string, c: AnonymousComment) => rows.push([part, c.source ? words.group(c.source) : '', '', ...blankScores, '', '', '', c.text]);
  for (const s of r.statements) for (const c of s.comments) comment(t('resultater.comment', { statement: s.label }), c);
  for (const g of r.goals) {
    for (const c of g.reportedResults) comment(t('resultater.reportedResult', { goal: g.statement }), c);
    for (const c of g.comments) comment(t('resultater.goalComment', { goal: g.statement }), c);
  }
  for (const c of r.whatWorks) comment(t('resultater.whatWorks'), c);
  for (const c of r.whatToChange) comment(t('resultater.whatToChange'), c);
  return rows;
}

export function resultsCsv(r: AnonymousResults, words: CsvWords = BOKMAAL_CSV): string {
  return writeCsv([resultsCsvHeaders(words), ...resultsCsvRecords(r, words)]);
}
