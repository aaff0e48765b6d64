import { describe, expect, it } from 'vitest';
import { newCooperationSchema } from './cooperation';
import { nb } from '@/testing/validation-words';

const valid = {
  name: 'Felles barnevernvakt',
  purpose: 'Døgnåpen barnevernvakt for alle deltakerkommunene.',
  taskAreaId: '12',
  geographicLevel: 'regionalt',
  initiatingKommunenummer: '4204',
  members: [{ kommunenummer: '4204' }, { kommunenummer: '4223', expectedBenefit: 'Vakt hele døgnet' }],
};

describe('newCooperationSchema', () => {
  it('accepts a complete cooperation and normalises empty texts to null', () => {
    const r = newCooperationSchema.parse({ ...valid, problemWhat: '' });
    expect(r.taskAreaId).toBe(12);
    expect(r.problemWhat).toBeNull();
    expect(r.members[1]).toEqual({ kommunenummer: '4223', organisationName: null, expectedBenefit: 'Vakt hele døgnet' });
  });

  it('explains every problem in Norwegian, on the right field', () => {
    const r = newCooperationSchema.safeParse({
      ...valid,
      name: 'X',
      taskAreaId: '',
      initiatingKommunenummer: '0301',
      members: [{ kommunenummer: '4204' }, { kommunenummer: '4204' }, {}],
    });
    expect(r.success).toBe(false);
    const errors = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), nb(i.message)]));
    expect(errors).toMatchObject({
      name: 'Gi samarbeidet et navn på minst tre tegn.',
      taskAreaId: 'Velg et oppgavefelt.',
      'members.2.organisationName': 'Velg en kommune eller skriv navnet på organisasjonen.',
    });
  });

  it('refuses duplicates and an initiator who is not a member', () => {
    const dup = newCooperationSchema.safeParse({ ...valid, members: [{ kommunenummer: '4204' }, { kommunenummer: '4204' }] });
    expect(dup.error!.issues.map((i) => nb(i.message))).toContain('Kommunen er allerede lagt til.');
    const outsider = newCooperationSchema.safeParse({ ...valid, initiatingKommunenummer: '0301' });
    expect(outsider.error!.issues.map((i) => [i.path.join('.'), nb(i.message)])).toEqual([
      ['initiatingKommunenummer', 'Kommunen som tar initiativet må også være deltaker.'],
    ]);
  });

  it('needs at least two members', () => {
    const r = newCooperationSchema.safeParse({ ...valid, members: [{ kommunenummer: '4204' }] });
    expect(nb(r.error!.issues[0]?.message)).toBe('Et samarbeid trenger minst to deltakere.');
  });
});

describe('the schema accepts its own output', () => {
  it('so the server can re-validate what the form already transformed', () => {
    const once = newCooperationSchema.parse({ ...valid, problemWhat: '' });
    expect(newCooperationSchema.parse(once)).toEqual(once);
  });
});
