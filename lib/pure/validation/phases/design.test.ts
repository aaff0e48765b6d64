import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Dossier } from '@/lib/pure/domain/dossier';
import { readyDossier } from '@/testing/fixtures/domain';
import { designDefaults, designSchema, emptyBodyInput, type DesignInput } from './design';
import { nb } from '@/testing/validation-words';

const issues = (input: unknown) => designSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), nb(i.message)]) ?? [];

function input(overrides: Partial<DesignInput> = {}): DesignInput {
  return { ...designDefaults(dossier), ...overrides };
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

describe('designSchema', () => {
  it('reads the stored design back from its own form values', () => {
    const d = dossier;
    const parsed = designSchema.parse(input());
    expect(parsed.legalForm).toBe(d.design.legalForm);
    expect(parsed.members.map((m) => m.role)).toEqual(d.members.map((m) => m.role));
    expect(parsed.bodies[0]!.seats).toEqual(d.design.bodies[0]!.seats);
    expect(parsed.bodies[0]!.kind).toBe('felles_folkevalgt_nemnd');
    expect(parsed.mandate.political).toEqual(d.design.mandate.political.map((text) => ({ text })));
    expect(parsed.leader).toEqual(d.design.leader);
  });

  it('needs a rationale of at least 20 characters once a form is chosen', () => {
    expect(issues(input({ legalFormRationale: 'Det er enklest.' }))).toEqual([
      ['legalFormRationale', 'Begrunn valget av organisasjonsform med minst 20 tegn.'],
    ]);
    // Without a form, a draft may be saved without a rationale.
    expect(issues(input({ legalForm: '', legalFormRationale: '' }))).toEqual([]);
  });

  it('accepts only catalogue forms, listed roles and kinds, and one host', () => {
    const base = input();
    expect(
      issues({
        ...base,
        legalForm: 'kommunesammenslaing',
        members: base.members.map((m, i) => (i === 1 ? { ...m, role: 'vertskommune' } : i === 2 ? { ...m, role: 'sjef' } : m)),
        bodies: [{ ...base.bodies[0]!, name: ' ', kind: 'hemmelig' }],
        leader: { ...base.leader, recruitment: 'tilfeldig' },
      }),
    ).toEqual([
      ['legalForm', 'Velg en organisasjonsform fra listen.'],
      ['members.2.role', 'Velg en rolle for deltakeren.'],
      ['bodies.0.name', 'Gi organet et navn.'],
      ['bodies.0.kind', 'Velg hva slags organ dette er.'],
      ['leader.recruitment', 'Velg intern eller ekstern rekruttering.'],
    ]);
    expect(issues({ ...base, members: base.members.map((m, i) => (i === 1 ? { ...m, role: 'vertskommune' } : m)) })).toEqual([
      ['members.1.role', 'Bare én deltaker kan være vertskommune.'],
    ]);
  });

  it('gives a new body a seat field per member', () => {
    expect(emptyBodyInput(['a', 'b'])).toEqual({ id: '', name: '', kind: 'representantskap', seats: { a: '', b: '' }, rotatingChair: false });
    const parsed = designSchema.parse(input({ bodies: [{ ...emptyBodyInput(['a']), name: 'Representantskapet' }] }));
    expect(parsed.bodies[0]!.seats).toEqual({ a: null });
  });
});
