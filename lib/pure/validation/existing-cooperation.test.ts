import { describe, expect, it } from 'vitest';
import { existingCooperationSchema, organisationNumberField, optionalWebAddress, startDateField, type ExistingCooperationInput } from './existing-cooperation';
import { nb } from '@/testing/validation-words';
import { CATALOGUES } from '@/lib/pure/i18n/catalogues';
import { validationText } from './reference';

const valid: ExistingCooperationInput = {
  registeringKommunenummer: '4204',
  name: 'Agder Renovasjon IKS',
  purpose: '',
  taskAreaId: '7' as unknown as number,
  legalForm: 'legacy_27_styre',
  startDate: '01.01.2009',
  organisationNumber: '974 760 673',
  agreementUrl: '',
  operativeLeader: '',
  isPublic: true,
  members: [
    { kommunenummer: '4204', organisationName: '', role: 'vertskommune', contactPerson: '', politicalSponsor: 'Ola', administrativeSponsor: '' },
    { kommunenummer: '42', organisationName: '', role: 'deltaker' },
  ],
};

describe('existingCooperationSchema', () => {
  it('accepts an older-law form, a county municipality, a typed date and a spaced organisation number', () => {
    const parsed = existingCooperationSchema.parse(valid);
    expect(parsed).toMatchObject({ startDate: '2009-01-01', organisationNumber: '974760673', taskAreaId: 7, purpose: null, agreementUrl: null, legalForm: 'legacy_27_styre' });
    expect(parsed.members[0]).toMatchObject({ politicalSponsor: 'Ola', contactPerson: null });
  });

  it('refuses a bad organisation number, an unknown form, a bad date and a member list without the registering municipality', () => {
    const result = existingCooperationSchema.safeParse({ ...valid, organisationNumber: '974760674', legalForm: 'kommunalt_foretak', startDate: '2009-13-01' });
    expect(result.success).toBe(false);
    const byPath = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), nb(i.message)]));
    expect(byPath.organisationNumber).toMatch(/kontrollsifferet stemmer ikke/);
    expect(byPath.legalForm).toBe('Velg organisasjonsformen.');
    expect(byPath.startDate).toBe('Skriv startdatoen som dd.mm.åååå, for eksempel 01.01.2009.');
    const withoutSelf = existingCooperationSchema.safeParse({ ...valid, members: [valid.members[1], { kommunenummer: '4223', role: 'deltaker' }] });
    expect(withoutSelf.error!.issues.map((i) => [i.path.join('.'), nb(i.message)])).toEqual([['registeringKommunenummer', 'Kommunen som registrerer samarbeidet må også være deltaker.']]);
  });

  it('refuses a member twice and a member without municipality or name', () => {
    const twice = existingCooperationSchema.safeParse({ ...valid, members: [...valid.members, { kommunenummer: '42', role: 'deltaker' }, { kommunenummer: null, organisationName: '', role: 'deltaker' }] });
    const messages = twice.error!.issues.map((i) => `${i.path.join('.')}: ${nb(i.message)}`);
    expect(messages).toContain('members.2.kommunenummer: Kommunen er allerede lagt til.');
    expect(messages).toContain('members.3.organisationName: Velg en kommune eller skriv navnet på organisasjonen.');
  });
});

describe('field builders', () => {
  it('reads organisation numbers: empty is none, typed with spaces is normalised', () => {
    expect(organisationNumberField().parse('')).toBeNull();
    expect(organisationNumberField().parse(null)).toBeNull();
    expect(organisationNumberField().parse('923 609 016')).toBe('923609016');
    expect(nb(organisationNumberField().safeParse('12345').error!.issues[0]!.message)).toBe('Organisasjonsnummeret må ha ni sifre (fikk 5).');
  });

  it('reads start dates from 1837 on', () => {
    expect(startDateField().parse('2009-01-01')).toBe('2009-01-01');
    expect(nb(startDateField().safeParse('').error!.issues[0]!.message)).toBe('Oppgi når samarbeidet startet.');
    expect(nb(startDateField().safeParse('01.01.1836').error!.issues[0]!.message)).toBe('Startdatoen kan ikke være før 1837.');
  });

  it('keeps only web addresses', () => {
    expect(optionalWebAddress().parse('https://arkiv.example/avtale.pdf')).toBe('https://arkiv.example/avtale.pdf');
    expect(optionalWebAddress().parse('')).toBeNull();
    expect(optionalWebAddress().safeParse('javascript:alert(1)').success).toBe(false);
    expect(optionalWebAddress().safeParse('ikke en lenke').success).toBe(false);
  });
});

describe('existing cooperation messages in nynorsk and English', () => {
  it('words the organisation number and start date problems', () => {
    const message = (schema: { safeParse: (v: unknown) => { error?: { issues: { message: string }[] } } }, value: unknown, locale: 'nn' | 'en') =>
      validationText(schema.safeParse(value).error!.issues[0]!.message, CATALOGUES[locale].validering);
    expect(message(organisationNumberField(), '12345', 'nn')).toBe('Organisasjonsnummeret må ha ni siffer (fekk 5).');
    expect(message(organisationNumberField(), '12345', 'en')).toBe('The organisation number must have nine digits (got 5).');
    expect(message(startDateField(), '', 'nn')).toBe('Oppgi når samarbeidet starta.');
    expect(message(startDateField(), '01.01.1836', 'en')).toBe('The start date cannot be before 1837.');
  });
});
