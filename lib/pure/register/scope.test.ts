import { describe, expect, it } from 'vitest';
import { can } from '@/lib/pure/auth/can';
import type { RoleGrant, SessionUser } from '@/lib/pure/auth/roles';
import { registeringMunicipalities, registerScopeOf } from './scope';

const user = (...roles: RoleGrant[]): SessionUser => ({ id: 'u', email: 'u@test.invalid', name: 'U', roles });
const grant = (role: RoleGrant['role'], kommunenummer: string | null = null, cooperationId: string | null = null): RoleGrant => ({ role, kommunenummer, cooperationId });

describe('registerScopeOf', () => {
  it('gives an administrator every municipality', () => {
    expect(registerScopeOf(user(grant('administrator')))).toBeNull();
  });

  it('gives rådmannsteam and folkevalgte their municipalities, once each', () => {
    expect(registerScopeOf(user(grant('radmannsteam', '4204'), grant('folkevalgt', '4204'), grant('folkevalgt', '3301')))).toEqual(['3301', '4204']);
  });

  it('gives cooperation roles none, even with a municipality on the grant', () => {
    expect(registerScopeOf(user(grant('politisk_sponsor', '4215', 'c-1'), grant('operativ_leder', '4204', 'c-1')))).toEqual([]);
  });

  it('agrees with can(register.read) for every municipality in scope', () => {
    const u = user(grant('radmannsteam', '4204'), grant('operativ_leder', '4215', 'c-1'));
    for (const k of registerScopeOf(u) ?? []) expect(can(u, 'register.read', { kind: 'municipality', kommunenummer: k })).toBe(true);
    expect(can(u, 'register.read', { kind: 'municipality', kommunenummer: '4215' })).toBe(false);
  });
});

describe('registeringMunicipalities', () => {
  const all = ['42', '4204', '4223'];

  it('gives a rådmannsteam its own municipalities and an administrator all, as can(cooperation.register) says', () => {
    const radmann = user(grant('radmannsteam', '4223'), grant('folkevalgt', '4204'), grant('operativ_leder', '4204', 'c-1'));
    expect(registeringMunicipalities(radmann, all)).toEqual(['4223']);
    expect(registeringMunicipalities(user(grant('administrator')), all)).toEqual(all);
    for (const k of all) {
      expect(can(radmann, 'cooperation.register', { kind: 'municipality', kommunenummer: k })).toBe(k === '4223');
      expect(can(user(grant('administrator')), 'cooperation.register', { kind: 'municipality', kommunenummer: k })).toBe(true);
    }
  });
});
