// «Hjelp meg å velge»: answers to the questions of legal-form-advice-table.ts narrow and
// rank the current legal forms, each with its reasons and their sources; the answers and
// the advice become a draft for the rationale the design phase asks for (and can be read
// back from it). Pure. In bokmål unless the words of another language are given
// (legal-form-advice-words.ts builds them from the `formraad` catalogue namespace on the
// server): the aid runs in the browser, so this module does not read the catalogues.
import { currentForms, LEGAL_FORMS, legalForm, type LegalFormCode } from './legal-forms';
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

/** The aid's texts in one language: plain data, so the server can hand them to the browser. */
export interface AdviceWords {
  questions: Record<QuestionId, { text: string; help: string; short: string; options: Record<string, { label: string; short: string }> }>;
  /** The reason of effect i of an answer (ADVICE_TABLE), by reasonKey. */
  reasons: Record<string, string>;
  /** Form names by code. */
  forms: Partial<Record<LegalFormCode, string>>;
  /** The rationale draft's fixed words. */
  draft: { heading: string; chosen: string; notAmong: string; against: string; source: string };
}

export const reasonKey = (question: QuestionId, answer: string, index: number) => `${question}.${answer}.r${index}`;

export const DRAFT_HEADING = 'Vurdert med «Hjelp meg å velge»:';

/** The bokmål words: the table's own texts and the catalogue's names. */
export const BOKMAAL_ADVICE_WORDS: AdviceWords = {
  questions: Object.fromEntries(
    QUESTIONS.map((q) => [q.id, { text: q.text, help: q.help, short: q.short, options: Object.fromEntries(q.options.map((o) => [o.value, { label: o.label, short: o.short }])) }]),
  ) as AdviceWords['questions'],
  reasons: Object.fromEntries(
    QUESTIONS.flatMap((q) => Object.entries(ADVICE_TABLE[q.id]).flatMap(([answer, effects]) => effects.map((e, i) => [reasonKey(q.id, answer, i), e.reason]))),
  ),
  forms: Object.fromEntries(LEGAL_FORMS.map((f) => [f.code, f.name])),
  draft: { heading: DRAFT_HEADING, chosen: 'Valgt form:', notAmong: 'Formen er ikke blant dem svarene peker på; begrunn valget her.', against: 'Mot:', source: 'Kilde:' },
};

function isKnownAnswer(id: QuestionId, value: string | undefined): value is string {
  return value !== undefined && value !== 'usikker' && QUESTIONS.find((q) => q.id === id)!.options.some((o) => o.value === value);
}

export function adviseLegalForm(answers: Answers, words: AdviceWords = BOKMAAL_ADVICE_WORDS): Advice {
  const forms = currentForms();
  const scores = new Map<LegalFormCode, { score: number; reasons: Reason[]; ruledOut: Reason[] }>(forms.map((f) => [f.code, { score: 0, reasons: [], ruledOut: [] }]));
  let answered = 0;
  for (const q of QUESTIONS) {
    const value = answers[q.id];
    if (!isKnownAnswer(q.id, value)) continue;
    answered++;
    for (const [i, e] of (ADVICE_TABLE[q.id][value] ?? []).entries()) {
      const text = words.reasons[reasonKey(q.id, value, i)] ?? e.reason;
      for (const code of e.forms) {
        const entry = scores.get(code);
        if (!entry) continue;
        if (e.effect === 'utelukker') entry.ruledOut.push({ text, source: e.source, weight: 0 });
        else {
          entry.score += e.effect;
          entry.reasons.push({ text, source: e.source, weight: e.effect });
        }
      }
    }
  }
  const order = forms.map((f) => f.code);
  const recommended: Recommendation[] = [];
  const excluded: Exclusion[] = [];
  for (const code of order) {
    const { score, reasons, ruledOut } = scores.get(code)!;
    const name = words.forms[code] ?? legalForm(code)!.name;
    if (ruledOut.length > 0) excluded.push({ code, name, reasons: ruledOut });
    else if (score > 0) recommended.push({ code, name, score, reasons: [...reasons].sort((a, b) => b.weight - a.weight) });
  }
  // Stable sort keeps the catalogue's order (the § 17-1 forms first) between equal scores.
  recommended.sort((a, b) => b.score - a.score);
  return { answered, recommended, excluded };
}

/**
 * The rationale draft: the answers, then the chosen form (or the best-ranked one) with the
 * reasons that speak for it and their sources. Written to be edited, not signed as it is.
 */
export function rationaleDraft(answers: Answers, chosen?: LegalFormCode | null, words: AdviceWords = BOKMAAL_ADVICE_WORDS): string {
  const advice = adviseLegalForm(answers, words);
  const { draft } = words;
  const lines = [draft.heading];
  for (const q of QUESTIONS) {
    const option = q.options.find((o) => o.value === answers[q.id]);
    if (option) lines.push(`– ${words.questions[q.id].short}: ${words.questions[q.id].options[option.value]?.short ?? option.short}`);
  }
  const pick = advice.recommended.find((r) => r.code === chosen) ?? (chosen ? undefined : advice.recommended[0]);
  if (pick) {
    lines.push(`${draft.chosen} ${pick.name}.`);
    for (const r of pick.reasons.filter((x) => x.weight > 0)) lines.push(`${r.text} (${draft.source} ${r.source}.)`);
    const against = pick.reasons.filter((x) => x.weight < 0);
    for (const r of against) lines.push(`${draft.against} ${r.text} (${draft.source} ${r.source}.)`);
  } else if (chosen && legalForm(chosen)) {
    lines.push(`${draft.chosen} ${words.forms[chosen] ?? legalForm(chosen)!.name}. ${draft.notAmong}`);
  }
  return lines.join('\n');
}

/** The answers written in a draft, so the aid can show them again when the page is reopened. */
export function answersFromRationale(text: string | null | undefined, words: AdviceWords = BOKMAAL_ADVICE_WORDS): Answers {
  const answers: Answers = {};
  if (!text?.includes(words.draft.heading)) return answers;
  for (const line of text.split('\n')) {
    const m = /^– (.+): (.+)$/.exec(line.trim());
    if (!m) continue;
    const q = QUESTIONS.find((x) => words.questions[x.id].short === m[1]);
    const option = q?.options.find((o) => words.questions[q.id].options[o.value]?.short === m[2]);
    if (q && option) answers[q.id] = option.value;
  }
  return answers;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function isDraftLine(line: string, { draft }: AdviceWords): boolean {
  return line === draft.heading || line.startsWith('– ') || line.startsWith(`${draft.chosen} `) || new RegExp(`\\(${escapeRegExp(draft.source)} .+\\.\\)$`).test(line);
}

/**
 * The rationale after applying a draft: an earlier draft (its heading and the lines that
 * follow it in the draft's own shape) gives way to the new one, and the new one comes after
 * everything the user has written, so nothing the user wrote is lost.
 */
export function withDraft(current: string | null | undefined, draft: string, words: AdviceWords = BOKMAAL_ADVICE_WORDS): string {
  const lines = (current ?? '').split('\n');
  const at = lines.findIndex((l) => l.trim() === words.draft.heading);
  let own = lines;
  if (at >= 0) {
    let end = at + 1;
    while (end < lines.length && isDraftLine(lines[end]!.trim(), words)) end++;
    own = [...lines.slice(0, at), ...lines.slice(end)];
  }
  const text = own.join('\n').trim();
  return text ? `${text}\n\n${draft}` : draft;
}
