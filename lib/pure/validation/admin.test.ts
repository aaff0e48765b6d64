import { describe, expect, it } from 'vitest';
import { createUserSchema, grantRoleSchema } from './admin';
import { nb } from '@/testing/validation-words';

const uid = '7f1d8a52-3c8e-4a55-9a51-2d3b1f0c9e11';

describe('admin schemas', () => {
  it('rejects a short password and a bad e-mail with Norwegian messages', () => {
    const r = createUserSchema.safeParse({ name: 'K', email: 'x', password: 'kort' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join('.'), nb(i.message)])).toEqual([
      ['name', 'Skriv inn fullt navn.'],
      ['email', 'Skriv inn en gyldig e-postadresse.'],
      ['password', 'Passordet må ha minst 12 tegn.'],
    ]);
  });

  it('normalises e-mail and empty title', () => {
    const r = createUserSchema.parse({ name: 'Kari Nordmann', email: ' Kari@Kommune.NO ', title: '', password: 'et-langt-passord' });
    expect(r).toEqual({ name: 'Kari Nordmann', email: 'kari@kommune.no', title: null, password: 'et-langt-passord' });
  });

  it('requires the scope each role needs', () => {
    const municipal = grantRoleSchema.safeParse({ userId: uid, role: 'radmannsteam', kommunenummer: '' });
    expect(nb(municipal.error?.issues[0]?.message)).toBe('Velg hvilken kommune rollen gjelder.');
    const coop = grantRoleSchema.safeParse({ userId: uid, role: 'operativ_leder', kommunenummer: '4204', cooperationId: '' });
    expect(nb(coop.error?.issues[0]?.message)).toBe('Velg hvilket samarbeid rollen gjelder.');
    expect(grantRoleSchema.parse({ userId: uid, role: 'administrator', kommunenummer: '4204' })).toEqual({
      userId: uid,
      role: 'administrator',
      kommunenummer: null,
      cooperationId: null,
    });
    expect(grantRoleSchema.parse({ userId: uid, role: 'folkevalgt', kommunenummer: '4204', cooperationId: uid }).cooperationId).toBeNull();
  });
});
