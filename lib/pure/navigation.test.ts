import { createTranslator } from 'use-intl/core';
import { describe, expect, it } from 'vitest';
import { ROLE_LABELS, ROLES, type SessionUser } from './auth/roles';
import { CATALOGUES } from './i18n/catalogues';
import { landingPath, navigationFor } from './navigation';

const user = (roles: SessionUser['roles']): SessionUser => ({ id: 'u', email: 'u@example.no', name: 'U', roles });

describe('navigationFor', () => {
  it('gives a rådmannsteam its own municipality’s user page', () => {
    expect(navigationFor(user([{ role: 'radmannsteam', kommunenummer: '4204', cooperationId: null }])).map((i) => i.href)).toContain('/kommune/4204/brukere');
  });
  it('gives others no user page, and an administrator the admin pages instead', () => {
    expect(navigationFor(user([{ role: 'folkevalgt', kommunenummer: '4204', cooperationId: null }])).some((i) => i.label === 'Brukere')).toBe(false);
    const admin = navigationFor(user([{ role: 'administrator', kommunenummer: null, cooperationId: null }, { role: 'radmannsteam', kommunenummer: '4204', cooperationId: null }]));
    expect(admin.map((i) => i.label)).toEqual(['Oversikt', 'Samarbeid', 'Register', 'Administrasjon']);
  });
  it('lands an administrator without other roles on the administration overview, without "Oversikt"', () => {
    const adminOnly = user([{ role: 'administrator', kommunenummer: null, cooperationId: null }]);
    expect(landingPath(adminOnly)).toBe('/admin');
    expect(navigationFor(adminOnly).map((i) => i.label)).toEqual(['Samarbeid', 'Register', 'Administrasjon']);
    const both = user([{ role: 'administrator', kommunenummer: null, cooperationId: null }, { role: 'folkevalgt', kommunenummer: '4204', cooperationId: null }]);
    expect(landingPath(both)).toBe('/oversikt');
    expect(landingPath(user([]))).toBe('/oversikt');
  });
  it('names the items in nynorsk and English', () => {
    const roles = user([{ role: 'administrator', kommunenummer: null, cooperationId: null }, { role: 'radmannsteam', kommunenummer: '4204', cooperationId: null }]);
    const local = user([{ role: 'radmannsteam', kommunenummer: '4204', cooperationId: null }]);
    const nn = createTranslator({ locale: 'nn', messages: CATALOGUES.nn, namespace: 'meny' });
    const en = createTranslator({ locale: 'en', messages: CATALOGUES.en, namespace: 'meny' });
    expect(navigationFor(roles, nn).map((i) => i.label)).toEqual(['Oversikt', 'Samarbeid', 'Register', 'Administrasjon']);
    expect(navigationFor(local, nn).map((i) => i.label)).toEqual(['Oversikt', 'Samarbeid', 'Register', 'Brukarar']);
    expect(navigationFor(roles, en).map((i) => i.label)).toEqual(['Overview', 'Cooperations', 'Register', 'Administration']);
    expect(navigationFor(local, en)).toEqual([
      { href: '/oversikt', label: 'Overview' },
      { href: '/samarbeid', label: 'Cooperations' },
      { href: '/register', label: 'Register' },
      { href: '/kommune/4204/brukere', label: 'Users' },
    ]);
  });
});

describe('the role names under the user’s name (site-header.tsx, namespace brukere.rolle)', () => {
  it('are ROLE_LABELS in bokmål, and worded in nynorsk and English', () => {
    for (const role of ROLES) expect(CATALOGUES.nb.brukere.rolle[role]).toBe(ROLE_LABELS[role]);
    const nn = createTranslator({ locale: 'nn', messages: CATALOGUES.nn, namespace: 'brukere.rolle' });
    const en = createTranslator({ locale: 'en', messages: CATALOGUES.en, namespace: 'brukere.rolle' });
    expect(nn('folkevalgt')).toBe('Folkevald');
    expect(nn('operativ_leder')).toBe('Operativ leiar');
    expect(en('politisk_sponsor')).toBe('Political sponsor');
    expect(en('medlemsrepresentant')).toBe('Member representative');
  });
});
