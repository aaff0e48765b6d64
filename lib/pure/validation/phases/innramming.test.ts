import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { readyDossier } from '@/testing/fixtures/domain';
import { fixedShareTotalMessage, hostCompensationMessage,
  noCompensationReasonMessage, innrammingDefaults, innrammingSchema, type InnrammingInput } from './innramming';
import { nb } from '@/testing/validation-words';

const issues = (input: unknown) =>
  innrammingSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), nb(i.message)]) ?? [];

function input(overrides: Partial<InnrammingInput> = {}): InnrammingInput {
  return { ...innrammingDefaults(dossier), ...overrides };
}

/** readyDossier() with database-like ids: the schema accepts UUIDs only. */
function withUuids(d: Dossier): Dossier {
  const ids = new Map(d.members.map((m) => [m.id, randomUUID()]));
  const id = (old: string) => ids.get(old) ?? old;
  return {
    ...d,
    id: randomUUID(),
    members: d.members.map((m) => ({ ...m, id: id(m.id) })),
    goals: d.goals.map((g) => ({ ...g, id: randomUUID() })),
    design: {
      ...d.design,
      bodies: d.design.bodies.map((b) => ({ ...b, id: randomUUID(), seats: Object.fromEntries(Object.entries(b.seats).map(([m, n]) => [id(m), n])) })),
    },
  };
}
const dossier = withUuids(readyDossier());

describe('innrammingSchema', () => {
  it('reads the stored framing back unchanged from its own form values', () => {
    const d = dossier;
    const parsed = innrammingSchema.parse(input());
    expect(parsed.budget).toBe(d.framing.budgetOre);
    expect(parsed.hostCompensation).toBe(d.framing.hostCompensationOre);
    expect(parsed.costKeyKind).toBe('fast_og_innbyggere');
    expect(parsed.fixedPartPercent).toBe(20);
    expect(parsed.members.map((m) => m.population)).toEqual(d.members.map((m) => m.population));
    expect(parsed.goals.map((g) => g.deadline)).toEqual(d.goals.map((g) => g.deadline));
    expect(parsed.evaluationIntervalMonths).toBe(12);
    expect(parsed.agreementChecklist).toEqual(d.framing.agreementChecklist);
  });

  it('turns a Norwegian budget into øre and empty optional fields into null', () => {
    const parsed = innrammingSchema.parse(input({ budget: '1 250 000,50', financing: '  ', hostCompensation: '', costKeyKind: '' }));
    expect(parsed.budget).toBe(125_000_050);
    expect(parsed.financing).toBeNull();
    expect(parsed.hostCompensation).toBeNull();
    expect(parsed.costKeyKind).toBeNull();
  });

  it('explains every mistake in Norwegian on the field it belongs to', () => {
    const base = input();
    expect(
      issues({
        ...base,
        budget: '-5',
        goals: [{ ...base.goals[0]!, statement: '', deadline: 'i morgen' }],
        members: base.members.map((m, i) => (i === 1 ? { ...m, population: 'mange', usage: '-3' } : m)),
        evaluationIntervalMonths: '0',
      }),
    ).toEqual([
      ['goals.0.statement', 'Beskriv målet.'],
      ['goals.0.deadline', 'Skriv fristen som en gyldig dato, for eksempel 31.12.2027.'],
      ['budget', 'Beløpet kan ikke være negativt.'],
      ['members.1.population', 'Skriv innbyggertallet som et helt tall, 0 eller mer.'],
      ['members.1.usage', 'Skriv bruken som et tall, 0 eller mer (høyst to desimaler).'],
      ['evaluationIntervalMonths', 'Skriv antall måneder som et helt tall mellom 1 og 60.'],
    ]);
  });

  it('needs the equal part with the mixed key, and fixed shares that make 100 %', () => {
    expect(issues(input({ costKeyKind: 'fast_og_innbyggere', fixedPartPercent: '' }))).toEqual([
      ['fixedPartPercent', 'Oppgi hvor mange prosent av budsjettet som skal deles likt (mellom 0 og 100).'],
    ]);
    const shares = (values: string[]) => input().members.map((m, i) => ({ ...m, fixedSharePercent: values[i] ?? '' }));
    expect(issues(input({ costKeyKind: 'faste_andeler', members: shares(['33,3333', '33,3333', '33,3333', '0,0001']) }))).toEqual([]);
    expect(issues(input({ costKeyKind: 'faste_andeler', members: shares(['50', '30', '10', '9,5']) }))).toEqual([
      ['costKeyKind', 'De faste andelene er til sammen 99,5 %, men må være nøyaktig 100 %.'],
    ]);
    // A half-filled table is a draft: readiness lists the missing shares, saving is allowed.
    expect(issues(input({ costKeyKind: 'faste_andeler', members: shares(['50', '30']) }))).toEqual([]);
    // Shares only matter with the fixed-share key.
    expect(issues(input({ costKeyKind: 'likt', members: shares(['50', '30', '10', '9']) }))).toEqual([]);
  });
});

describe('fixedShareTotalMessage and hostCompensationMessage', () => {
  it('sums exactly, without floating-point noise', () => {
    expect(nb(fixedShareTotalMessage('faste_andeler', [0.1, 0.2, 99.7]))).toBeNull();
    expect(nb(fixedShareTotalMessage('faste_andeler', [33.33, 33.33, 33.33]))).toBe('De faste andelene er til sammen 99,99 %, men må være nøyaktig 100 %.');
    expect(nb(fixedShareTotalMessage('innbyggere', [1, 2]))).toBeNull();
  });

  const host = (v: { hostCompensation: number | null; hostCompensationNote: string | null; hostCompensationNone?: boolean; hostCompensationNoneReason?: string | null }) => ({
    hostCompensationNone: false,
    hostCompensationNoneReason: null,
    ...v,
  });

  it('asks for the host’s compensation only when there is a host and nothing is stated', () => {
    expect(nb(hostCompensationMessage(host({ hostCompensation: null, hostCompensationNote: null }), ['Arendal kommune']))).toBe(
      'Oppgi kompensasjonen til Arendal kommune som vertskommune, som årlig beløp eller som beskrivelse.',
    );
    expect(nb(hostCompensationMessage(host({ hostCompensation: 450_000_00, hostCompensationNote: null }), ['Arendal kommune']))).toBeNull();
    expect(nb(hostCompensationMessage(host({ hostCompensation: null, hostCompensationNote: 'Dekkes av driftsbudsjettet' }), ['Arendal kommune']))).toBeNull();
    expect(nb(hostCompensationMessage(host({ hostCompensation: null, hostCompensationNote: null }), []))).toBeNull();
  });

  it('0 kr needs the deliberate «no compensation» with a reason', () => {
    expect(nb(hostCompensationMessage(host({ hostCompensation: 0, hostCompensationNote: null }), ['Arendal kommune']))).toBe(
      '0 kr betyr at Arendal kommune ikke får noe for egen innsats. Er det avtalt med vilje, kryss av for det og skriv hvorfor.',
    );
    expect(nb(hostCompensationMessage(host({ hostCompensation: 0, hostCompensationNote: null, hostCompensationNone: true, hostCompensationNoneReason: 'Arendal bruker tjenesten mest.' }), ['Arendal kommune']))).toBeNull();
    expect(nb(noCompensationReasonMessage({ hostCompensationNone: true, hostCompensationNoneReason: null }))).toBe('Skriv hvorfor vertskommunen ikke skal ha godtgjøring.');
    expect(nb(noCompensationReasonMessage({ hostCompensationNone: false, hostCompensationNoneReason: null }))).toBeNull();
  });
});
