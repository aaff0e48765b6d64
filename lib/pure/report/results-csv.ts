// A closed round's results as CSV for Excel, written by the one CSV writer (lib/pure/csv.ts: UTF-8
// with BOM, semicolons, Windows line ends, formulas neutralised in every cell). One table, one row per thing shown on the results page:
// the criteria, every group of the anonymous perspective and member tables, every statement
// and every comment with the group it may be attributed to. Built only from AnonymousResults,
// so the file can hold nothing the anonymity rule keeps off the page.
import { writeCsv } from '@/lib/pure/csv';
import { OTHERS_KEY } from '@/lib/pure/domain/anonymity';
import type { AnonymousComment, AnonymousResults } from '@/lib/pure/domain/evaluation-anonymous';
import { CRITERION_LABELS } from '@/lib/pure/domain/legitimacy';
import { formatNumberNb, joinNb } from '@/lib/pure/domain/nb-text';
import { CRITERIA } from '@/lib/pure/domain/perceived';

export const RESULTS_CSV_HEADERS = ['Del', 'Navn', 'Svar', 'Forankring', 'Åpenhet', 'Resultater', 'Snitt (1–5)', 'Poeng', 'Vet ikke', 'Tekst'] as const;

const n = (v: number | null) => (v === null ? '' : String(v));
const blankScores = ['', '', ''];

export function resultsCsvRecords(r: AnonymousResults): string[][] {
  const rows: string[][] = [];
  for (const c of CRITERIA) {
    const { perceived, structural } = r.criteria[c];
    rows.push(['Kriterium, opplevd', CRITERION_LABELS[c], String(perceived.respondents), ...CRITERIA.map((x) => (x === c ? n(perceived.score) : '')), '', '', '', '']);
    rows.push(['Kriterium, strukturell', CRITERION_LABELS[c], '', ...CRITERIA.map((x) => (x === c ? n(structural.score) : '')), '', '', '', '']);
  }
  const groups = (part: string, table: AnonymousResults['perspectives'] | null) => {
    for (const g of table?.rows ?? []) {
      const name = g.key === OTHERS_KEY ? `${g.label} (${joinNb(g.includes)})` : g.label;
      rows.push([part, name, g.invited === null ? String(g.respondents) : `${g.respondents} av ${g.invited}`, ...CRITERIA.map((c) => n(g.criteria[c])), '', '', '', '']);
    }
  };
  groups('Perspektiv', r.perspectives);
  groups('Deltakerkommune', r.members);
  for (const s of r.statements) {
    rows.push(['Påstand', s.label, String(s.tally.answered), ...blankScores, s.tally.mean === null ? '' : formatNumberNb(s.tally.mean, 2), n(s.tally.score), String(s.tally.dontKnow), s.text]);
  }
  const comment = (part: string, c: AnonymousComment) => rows.push([part, c.source ?? '', '', ...blankScores, '', '', '', c.text]);
  for (const s of r.statements) for (const c of s.comments) comment(`Kommentar: ${s.label}`, c);
  for (const g of r.goals) {
    for (const c of g.reportedResults) comment(`Rapportert resultat: ${g.statement}`, c);
    for (const c of g.comments) comment(`Kommentar til mål: ${g.statement}`, c);
  }
  for (const c of r.whatWorks) comment('Dette fungerer godt', c);
  for (const c of r.whatToChange) comment('Dette bør endres', c);
  return rows;
}

export function resultsCsv(r: AnonymousResults): string {
  return writeCsv([[...RESULTS_CSV_HEADERS], ...resultsCsvRecords(r)]);
}
