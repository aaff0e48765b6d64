// «Hjelp meg å velge»: answers to the questions of legal-form-advice-table.ts narrow and
// rank the current legal forms, each with its reasons and their sources; the answers and
// the advice become a draft for the rationale the design phase asks for (and can be read
// back from it). Pure.
import { currentForms, legalForm, type LegalFormCode } from './legal-forms';
import { ADVICE_TABLE, QUESTIONS, type QuestionId } from './legal-form-advice-table';

export { QUESTIONS, type QuestionId } from './legal-form-advice-table';

export type Answers = Partial<Record<QuestionId, string>>;

export interface Reason {
  text: string;
  source: string;
  /** + moves the form up, − down; 0 for a reason that rules it out. */
  weight: number;
}

export interface Recommendation {
  code: LegalFormCode;
  name: string;
  score: number;
  /** Why, strongest first: what speaks for the form, then what speaks against it. */
  reasons: Reason[];
}

export interface Exclusion {
  code: LegalFormCode;
  name: string;
  reasons: Reason[];
}

export interface Advice {
  /** Questions answered with something other than «vet ikke ennå». */
  answered: number;
  /** Forms not ruled out, best first; only those with a positive score. */
  recommended: Recommendation[];
  /** Forms ruled out by at least one answer, with every answer that rules them out. */
  excluded: Exclusion[];
}

function isKnownAnswer(id: QuestionId, value: string | undefined): value is string {
  return value !== undefined && value !== 'usikker' && QUESTIONS.find((q) => q.id === id)!.options.some((o) => o.value === value);
}

export function adviseLegalForm(answers: Answers): Advice {
  const forms = currentForms();
  const scores = new Map<LegalFormCode, { score: number; reasons: Reason[]; ruledOut: Reason[] }>(forms.map((f) => [f.code, { score: 0, reasons: [], ruledOut: [] }]));
  let answered = 0;
  for (const q of QUESTIONS) {
    const value = answers[q.id];
    if (!isKnownAnswer(q.id, value)) continue;
    answered++;
    for (const e of ADVICE_TABLE[q.id][value] ?? []) {
      for (const code of e.forms) {
        const entry = scores.get(code);
        if (!entry) continue;
        if (e.effect === 'utelukker') entry.ruledOut.push({ text: e.reason, source: e.source, weight: 0 });
        else {
          entry.score += e.effect;
          entry.reasons.push({ text: e.reason, source: e.source, weight: e.effect });
        }
      }
    }
  }
  const order = forms.map((f) => f.code);
  const recommended: Recommendation[] = [];
  const excluded: Exclusion[] = [];
  for (const code of order) {
    const { score, reasons, ruledOut } = scores.get(code)!;
    const name = legalForm(code)!.name;
    if (ruledOut.length > 0) excluded.push({ code, name, reasons: ruledOut });
    else if (score > 0) recommended.push({ code, name, score, reasons: [...reasons].sort((a, b) => b.weight - a.weight) });
  }
  // Stable sort keeps the catalogue's order (the § 17-1 forms first) between equal scores.
  recommended.sort((a, b) => b.score - a.score);
  return { answered, recommended, excluded };
}

export const DRAFT_HEADING = 'Vurdert med «Hjelp meg å velge»:';

/**
 * The rationale draft: the answers, then the chosen form (or the best-ranked one) with the
 * reasons that speak for it and their sources. Written to be edited, not signed as it is.
 */
export function rationaleDraft(answers: Answers, chosen?: LegalFormCode | null): string {
  const advice = adviseLegalForm(answers);
  const lines = [DRAFT_HEADING];
  for (const q of QUESTIONS) {
    const option = q.options.find((o) => o.value === answers[q.id]);
    if (option) lines.push(`– ${q.short}: ${option.short}`);
  }
  const pick = advice.recommended.find((r) => r.code === chosen) ?? (chosen ? undefined : advice.recommended[0]);
  if (pick) {
    lines.push(`Valgt form: ${pick.name}.`);
    for (const r of pick.reasons.filter((x) => x.weight > 0)) lines.push(`${r.text} (Kilde: ${r.source}.)`);
    const against = pick.reasons.filter((x) => x.weight < 0);
    for (const r of against) lines.push(`Mot: ${r.text} (Kilde: ${r.source}.)`);
  } else if (chosen && legalForm(chosen)) {
    lines.push(`Valgt form: ${legalForm(chosen)!.name}. Formen er ikke blant dem svarene peker på; begrunn valget her.`);
  }
  return lines.join('\n');
}

/** The answers written in a draft, so the aid can show them again when the page is reopened. */
export function answersFromRationale(text: string | null | undefined): Answers {
  const answers: Answers = {};
  if (!text?.includes(DRAFT_HEADING)) return answers;
  for (const line of text.split('\n')) {
    const m = /^– (.+): (.+)$/.exec(line.trim());
    if (!m) continue;
    const q = QUESTIONS.find((x) => x.short === m[1]);
    const option = q?.options.find((o) => o.short === m[2]);
    if (q && option) answers[q.id] = option.value;
  }
  return answers;
}

function isDraftLine(line: string): boolean {
  return line === DRAFT_HEADING || line.startsWith('– ') || line.startsWith('Valgt form: ') || /\(Kilde: .+\.\)$/.test(line);
}

/**
 * The rationale after applying a draft: an earlier draft (its heading and the lines that
 * follow it in the draft's own shape) gives way to the new one, and the new one comes after
 * everything the user has written, so nothing the user wrote is lost.
 */
export function withDraft(current: string | null | undefined, draft: string): string {
  const lines = (current ?? '').split('\n');
  const at = lines.findIndex((l) => l.trim() === DRAFT_HEADING);
  let own = lines;
  if (at >= 0) {
    let end = at + 1;
    while (end < lines.length && isDraftLine(lines[end]!.trim())) end++;
    own = [...lines.slice(0, at), ...lines.slice(end)];
  }
  const text = own.join('\n').trim();
  return text ? `${text}\n\n${draft}` : draft;
}
