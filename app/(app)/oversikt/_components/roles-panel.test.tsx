// The overview's roles panel and the page for someone without roles, in the three languages;
// bokmål as the e2e specs read it.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createTranslator } from 'use-intl/core';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import type { Locale } from '@/lib/pure/i18n/locales';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { NoRoles } from './no-roles';
import { RolesPanel } from './roles-panel';
import type { OverviewT } from './words';

const t = (locale: Locale) => createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'oversikt' }) as unknown as OverviewT;
const text = (node: React.ReactNode) => renderToStaticMarkup(node).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

const USER: SessionUser = {
  id: 'u1',
  email: 'kari@example.no',
  name: 'Kari Nordmann',
  roles: [
    { role: 'radmannsteam', kommunenummer: '4204', cooperationId: null },
    { role: 'operativ_leder', kommunenummer: null, cooperationId: 'c1' },
  ],
};
const panel = (locale: Locale) =>
  text(<RolesPanel user={USER} municipalityNames={new Map([['4204', 'Kristiansand kommune']])} cooperationNames={new Map([['c1', 'Agder Renovasjon IKS']])} t={t(locale)} />);

describe('the roles panel and the no-roles page', () => {
  it('bokmål as before', () => {
    expect(panel('nb')).toContain('Dine roller Rådmannsteam – Kristiansand kommune Kommunedirektørens stab:');
    expect(panel('nb')).toContain('Operativ leder i Agder Renovasjon IKS Leder samarbeidet i det daglige');
    expect(panel('nb')).toContain('Forankringskalender for Kristiansand kommune');
    expect(text(<NoRoles email="kari@example.no" t={t('nb')} />)).toContain(
      'Du er logget inn som kari@example.no . Hva du kan se og gjøre, avhenger av rollene dine. Rollene gis i Brobygger, ikke av kommunens brukerkatalog, så du må be om dem:',
    );
  });

  it('nynorsk and English', () => {
    expect(panel('nn')).toContain('Rollene dine Rådmannsteam – Kristiansand kommune');
    expect(panel('nn')).toContain('Operativ leiar i Agder Renovasjon IKS');
    expect(panel('en')).toContain('Your roles Chief executive');
    expect(text(<NoRoles email="kari@example.no" t={t('en')} />)).toContain('You are signed in as kari@example.no . What you can see and do depends on your roles.');
    expect(text(<NoRoles email="kari@example.no" t={t('nn')} />)).toContain('Du har ingen roller i Brobygger enno');
  });
});
