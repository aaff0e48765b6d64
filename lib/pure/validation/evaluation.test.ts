import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/lib/pure/domain/questionnaire';
import { MISSING_ANSWER_MESSAGE, answerFormValues, answersSchema, closeRoundSchema, parseStoredAnswers } from './evaluation';
import { nb } from '@/testing/validation-words';

const q = questionnaire(1);
const GOALS = ['3f1c8d9e-0000-4000-8000-000000000001'];
const ROUND = '3f1c8d9e-0000-4000-8000-0000000000aa';

function allAnswered() {
  const values = answerFormValues(ROUND, q, GOALS, null);
  for (const id of Object.keys(values.statements)) values.statements[id]!.value = '4';
  values.goals[GOALS[0]!]!.value = 'vet_ikke';
  return values;
}

describe('answersSchema', () => {
  it('lets a draft leave everything blank, and stores blanks as null', () => {
    const parsed = answersSchema(q, GOALS, 'utkast').parse(answerFormValues(ROUND, q, GOALS, null));
    expect(parsed.statements.apenhet).toEqual({ value: null, comment: null });
    expect(parsed.goals[GOALS[0]!]).toEqual({ value: null, result: null, comment: null });
    expect(parsed.whatWorks).toBeNull();
    // A draft from a script may even leave whole sections out.
    expect(answersSchema(q, GOALS, 'utkast').parse({}).statements.bevisst_utforming).toEqual({ value: null, comment: null });
  });

  it('turns the radio values into the scale and «vet ikke», trims text and drops unknown ids', () => {
    const values = allAnswered();
    values.statements.apenhet = { value: '2', comment: '  For sent ute.  ' };
    const parsed = answersSchema(q, GOALS, 'innsending').parse({ ...values, statements: { ...values.statements, tull: { value: '5', comment: '' } }, whatWorks: ' Fagmiljøet ' });
    expect(parsed.statements.apenhet).toEqual({ value: 2, comment: 'For sent ute.' });
    expect(parsed.statements.bevisst_utforming!.value).toBe(4);
    expect(parsed.goals[GOALS[0]!]!.value).toBe('vet_ikke');
    expect(parsed.statements).not.toHaveProperty('tull');
    expect(parsed.whatWorks).toBe('Fagmiljøet');
  });

  it('requires every statement and goal on submission, at the form’s own field paths', () => {
    const values = allAnswered();
    values.statements.saksinformasjon!.value = '';
    values.goals[GOALS[0]!]!.value = '';
    const result = answersSchema(q, GOALS, 'innsending').safeParse(values);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => [i.path.join('.'), nb(i.message)]);
    expect(issues).toEqual([
      ['statements.saksinformasjon.value', nb(MISSING_ANSWER_MESSAGE)],
      [`goals.${GOALS[0]}.value`, nb(MISSING_ANSWER_MESSAGE)],
    ]);
  });

  it('refuses values off the scale and overlong comments', () => {
    const values = allAnswered() as unknown as { statements: Record<string, { value: unknown; comment: string }> };
    values.statements.apenhet = { value: '7', comment: 'x'.repeat(2001) };
    const messages = answersSchema(q, GOALS, 'utkast').safeParse(values).error!.issues.map((i) => nb(i.message));
    expect(messages).toEqual(['Svaret må være et tall fra 1 til 5 eller «Vet ikke».', 'Teksten kan være høyst 2000 tegn.']);
  });
});

describe('answerFormValues', () => {
  it('puts stored answers back into the form as it sent them', () => {
    const parsed = answersSchema(q, GOALS, 'innsending').parse(allAnswered());
    const again = answerFormValues(ROUND, q, GOALS, parsed);
    expect(again.statements.apenhet).toEqual({ value: '4', comment: '' });
    expect(again.goals[GOALS[0]!]).toEqual({ value: 'vet_ikke', result: '', comment: '' });
    expect(answersSchema(q, GOALS, 'innsending').parse(again)).toEqual(parsed);
  });
});

describe('round inputs', () => {
  it('needs a real round id', () => {
    expect(nb(closeRoundSchema.safeParse({ roundId: 'x' }).error!.issues[0]!.message)).toBe('Ugyldig evalueringsrunde.');
    expect(closeRoundSchema.parse({ roundId: ROUND, expectedVersion: 3 })).toEqual({ roundId: ROUND, expectedVersion: 3 });
  });
});

describe('parseStoredAnswers', () => {
  it('reads stored answers back, goals included, and refuses anything else', () => {
    const stored = answersSchema(q, GOALS, 'innsending').parse(allAnswered());
    expect(parseStoredAnswers(JSON.parse(JSON.stringify(stored)), q)).toEqual(stored);
    expect(parseStoredAnswers(null, q)).toBeNull();
    expect(parseStoredAnswers({ statements: { apenhet: { value: 9, comment: null } } }, q)).toBeNull();
    expect(parseStoredAnswers({ goals: null }, q)).toBeNull();
  });
});
