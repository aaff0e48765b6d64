import { describe, expect, it } from 'vitest';
import { ADVICE_TABLE, QUESTIONS } from './legal-form-advice-table';
import { adviseLegalForm, answersFromRationale, DRAFT_HEADING, rationaleDraft, withDraft, type Answers } from './legal-form-advice';
import { currentForms, legalForm, type LegalFormCode } from './legal-forms';
import { MIN_RATIONALE_LENGTH } from './readiness-rules-design';

const current = new Set(currentForms().map((f) => f.code));
const rows = QUESTIONS.flatMap((q) => Object.entries(ADVICE_TABLE[q.id]).flatMap(([answer, effects]) => effects.map((e) => ({ q, answer, e }))));

/** Codes an answer rules out. */
function ruledOut(answers: Answers): LegalFormCode[] {
  return adviseLegalForm(answers).excluded.map((x) => x.code);
}

describe('the answer → recommendation table', () => {
  it('has a row for every answer except «vet ikke ennå», and none for answers that do not exist', () => {
    for (const q of QUESTIONS) {
      const answers = q.options.map((o) => o.value).filter((v) => v !== 'usikker');
      expect(Object.keys(ADVICE_TABLE[q.id]).sort()).toEqual([...answers].sort());
    }
  });

  it('names only current forms, each once per answer, with a reason and a source', () => {
    for (const q of QUESTIONS) {
      for (const [answer, effects] of Object.entries(ADVICE_TABLE[q.id])) {
        const named = effects.flatMap((e) => e.forms);
        expect(new Set(named).size, `${q.id}=${answer} names a form twice`).toBe(named.length);
        for (const e of effects) {
          for (const code of e.forms) expect(current.has(code), `${q.id}=${answer}: ${code}`).toBe(true);
          expect(e.reason.length).toBeGreaterThan(20);
          expect(e.reason).toMatch(/\.$/);
          expect(e.source).toMatch(/Veileder om interkommunalt samarbeid|kommuneloven|IKS-loven|aksjeloven|samvirkelova|Prop\. 46 L|NOU 2016: 4|IRIS/);
          if (e.effect !== 'utelukker') expect(e.effect).not.toBe(0);
        }
      }
    }
  });

  // Every row of the table, one at a time: answering only that question does what the row says.
  it.each(rows.map((r) => [`${r.q.id}=${r.answer}: ${r.e.forms.join(', ')}`, r] as const))('%s', (_, { q, answer, e }) => {
    const advice = adviseLegalForm({ [q.id]: answer });
    expect(advice.answered).toBe(1);
    for (const code of e.forms) {
      if (e.effect === 'utelukker') {
        const x = advice.excluded.find((f) => f.code === code);
        expect(x?.reasons).toContainEqual({ text: e.reason, source: e.source, weight: 0 });
        expect(advice.recommended.map((r) => r.code)).not.toContain(code);
      } else {
        const r = advice.recommended.find((f) => f.code === code);
        if (e.effect > 0) {
          expect(r?.score).toBe(e.effect);
          expect(r?.reasons).toContainEqual({ text: e.reason, source: e.source, weight: e.effect });
        } else {
          // A form only pulled down is neither recommended nor ruled out.
          expect(r).toBeUndefined();
          expect(advice.excluded.map((f) => f.code)).not.toContain(code);
        }
      }
    }
  });

  it('agrees with the catalogue on enkeltvedtak: «ja» rules out exactly the forms that cannot make them', () => {
    const cannot = currentForms().filter((f) => !f.mayMakeEnkeltvedtak).map((f) => f.code);
    expect(ruledOut({ myndighet: 'ja' }).sort()).toEqual([...cannot].sort());
  });

  it('agrees with the catalogue on legal entity: «ja» rules out exactly the forms that never are one', () => {
    const never = currentForms().filter((f) => f.legalEntity === false).map((f) => f.code);
    expect(ruledOut({ rettssubjekt: 'ja' }).sort()).toEqual([...never].sort());
  });

  it('agrees with the catalogue on other partners: «ja» rules out exactly the forms only for municipalities', () => {
    const onlyMunicipalities = currentForms().filter((f) => !f.allowsOtherPartners).map((f) => f.code);
    expect(ruledOut({ andre: 'ja' }).sort()).toEqual([...onlyMunicipalities].sort());
  });
});

describe('adviseLegalForm', () => {
  it('recommends nothing before a question is answered, or when every answer is «vet ikke ennå»', () => {
    expect(adviseLegalForm({})).toEqual({ answered: 0, recommended: [], excluded: [] });
    const unsure = Object.fromEntries(QUESTIONS.filter((q) => q.options.some((o) => o.value === 'usikker')).map((q) => [q.id, 'usikker']));
    expect(adviseLegalForm(unsure)).toEqual({ answered: 0, recommended: [], excluded: [] });
  });

  it('ignores answers that are not among the options', () => {
    expect(adviseLegalForm({ myndighet: 'kanskje', formal: 'alt' }).answered).toBe(0);
  });

  it('recommends administrative host municipality for services with enkeltvedtak', () => {
    const advice = adviseLegalForm({ formal: 'tjenester', myndighet: 'ja', rettssubjekt: 'nei', risiko: 'nei', marked: 'nei', andre: 'nei' });
    expect(advice.answered).toBe(6);
    expect(advice.recommended.map((r) => r.code)).toEqual(['vertskommune_administrativ', 'vertskommune_nemnd']);
    const top = advice.recommended[0]!;
    expect(top.score).toBe(2 + 3 + 1 + 1);
    expect(top.reasons[0]!.text).toMatch(/delegere myndighet til å treffe enkeltvedtak/);
    expect(top.reasons[0]!.source).toMatch(/Veileder om interkommunalt samarbeid .* kap\. 5\.1/);
    expect(advice.excluded.map((x) => x.code)).toEqual(expect.arrayContaining(['ipr', 'ko', 'iks', 'as', 'avtale']));
  });

  it('recommends a political council for a political forum', () => {
    const advice = adviseLegalForm({ formal: 'politisk', myndighet: 'nei', andre: 'nei' });
    expect(advice.recommended[0]?.code).toBe('ipr');
  });

  it('ranks an inter-municipal company first for a large operation of its own', () => {
    const advice = adviseLegalForm({ formal: 'tjenester', myndighet: 'nei', rettssubjekt: 'ja', risiko: 'ja', marked: 'nei', andre: 'nei' });
    expect(advice.recommended.slice(0, 3).map((r) => r.code)).toEqual(['iks', 'ko', 'as']);
    expect(advice.recommended.find((r) => r.code === 'as')?.reasons.some((r) => r.weight < 0)).toBe(true);
  });

  it('ranks a limited company first for business in a market with private owners', () => {
    const advice = adviseLegalForm({ formal: 'tjenester', myndighet: 'nei', rettssubjekt: 'ja', risiko: 'ja', marked: 'ja', andre: 'ja' });
    expect(advice.recommended[0]?.code).toBe('as');
    expect(advice.excluded.map((x) => x.code)).toEqual(expect.arrayContaining(['iks', 'ko', 'ipr']));
  });

  it('ranks a project first for time-limited development with others', () => {
    expect(adviseLegalForm({ formal: 'utvikling', myndighet: 'nei', rettssubjekt: 'nei', andre: 'ja' }).recommended[0]?.code).toBe('prosjekt');
  });

  it('keeps every reason for ruling a form out', () => {
    const ipr = adviseLegalForm({ formal: 'tjenester', myndighet: 'ja', marked: 'ja' }).excluded.find((x) => x.code === 'ipr');
    expect(ipr?.reasons).toHaveLength(3);
  });

  it('recommends nothing when the answers rule out every form, and says why for each', () => {
    const advice = adviseLegalForm({ myndighet: 'ja', andre: 'ja' });
    expect(advice.recommended).toEqual([]);
    expect(advice.excluded).toHaveLength(current.size);
  });

  it('breaks ties by the catalogue order, the § 17-1 forms first', () => {
    const advice = adviseLegalForm({ rettssubjekt: 'ja' });
    const twos = advice.recommended.filter((r) => r.score === 2).map((r) => r.code);
    expect(twos).toEqual(['iks', 'as', 'sa']);
  });
});

describe('the rationale draft', () => {
  const answers: Answers = { formal: 'tjenester', myndighet: 'ja', rettssubjekt: 'nei', risiko: 'nei', marked: 'nei', andre: 'nei' };

  it('lists the answers and the best form with its reasons and sources', () => {
    const draft = rationaleDraft(answers);
    expect(draft.split('\n').slice(0, 8)).toEqual([
      DRAFT_HEADING,
      '– Hva samarbeidet skal være: tjenesteproduksjon',
      '– Enkeltvedtak eller annen myndighetsutøvelse: ja',
      '– Eget rettssubjekt: nei',
      '– Egen arbeidsgiver og økonomisk risiko: nei',
      '– Salg i et marked: nei',
      '– Andre enn kommuner som deltakere: nei',
      'Valgt form: Administrativt vertskommunesamarbeid.',
    ]);
    expect(draft).toMatch(/treffe enkeltvedtak .*\(Kilde: Veileder om interkommunalt samarbeid/);
    expect(draft.length).toBeGreaterThanOrEqual(MIN_RATIONALE_LENGTH);
    expect(draft.length).toBeLessThan(4000);
  });

  it('names the form the user chose, with what speaks against it too', () => {
    const draft = rationaleDraft({ ...answers, myndighet: 'nei' }, 'vertskommune_nemnd');
    expect(draft).toContain(`Valgt form: ${legalForm('vertskommune_nemnd')!.name}.`);
    expect(draft).toMatch(/^Mot: Vertskommunemodellens særpreg/m);
  });

  it('says so when the chosen form is not among the recommended', () => {
    expect(rationaleDraft(answers, 'ipr')).toContain('Valgt form: Interkommunalt politisk råd. Formen er ikke blant dem svarene peker på; begrunn valget her.');
  });

  it('is read back into the same answers', () => {
    expect(answersFromRationale(rationaleDraft(answers))).toEqual(answers);
    expect(answersFromRationale(`Vi valgte dette fordi …\n\n${rationaleDraft({ marked: 'usikker' })}`)).toEqual({ marked: 'usikker' });
    expect(answersFromRationale('– Salg i et marked: ja')).toEqual({});
    expect(answersFromRationale(null)).toEqual({});
  });

  it('goes after what the user wrote, and replaces an earlier draft without touching the rest', () => {
    const first = withDraft('Kommunestyrene ønsker lik styring.', rationaleDraft({ myndighet: 'ja' }));
    expect(first.startsWith('Kommunestyrene ønsker lik styring.\n\n' + DRAFT_HEADING)).toBe(true);
    const edited = `${first}\nVi må sjekke barnevernloven.`;
    const second = withDraft(edited, rationaleDraft({ myndighet: 'nei', formal: 'tjenester' }));
    expect(second).toContain('Kommunestyrene ønsker lik styring.');
    expect(second).toContain('Vi må sjekke barnevernloven.');
    expect(second).toContain('– Enkeltvedtak eller annen myndighetsutøvelse: nei');
    expect(second).not.toContain('– Enkeltvedtak eller annen myndighetsutøvelse: ja');
    expect(second.split(DRAFT_HEADING)).toHaveLength(2);
    expect(withDraft('', 'utkast')).toBe('utkast');
  });
});
