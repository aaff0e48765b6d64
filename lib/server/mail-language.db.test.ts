// Whose language an e-mail is in: the recipient's profile, else their municipalities'
// målform, else the invitation's municipality, else bokmål.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { municipalities, roleAssignments, users } from '@/db/schema';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { recipientLocales, recipientMailLanguage, userLocale } from './mail-language';

let t: TestDb;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  await t.db
    .insert(municipalities)
    .values([
      { kommunenummer: '4036', name: 'Vinje', countyNumber: '40', countyName: 'Telemark', validFrom: '2024-01-01', maalform: 'nynorsk' },
      { kommunenummer: '4203', name: 'Arendal', countyNumber: '42', countyName: 'Agder', validFrom: '2024-01-01', maalform: 'bokmal' },
    ])
    .onConflictDoNothing();
  const [english, vinje, arendal, both] = await t.db
    .insert(users)
    .values([
      { email: 'english@test.invalid', name: 'Eng Lish', passwordHash: 'x', language: 'en' },
      { email: 'vinje@test.invalid', name: 'Vin Je', passwordHash: 'x' },
      { email: 'arendal@test.invalid', name: 'Aren Dal', passwordHash: 'x' },
      { email: 'both@test.invalid', name: 'Bo Th', passwordHash: 'x' },
    ])
    .returning({ id: users.id });
  Object.assign(ids, { english: english!.id, vinje: vinje!.id, arendal: arendal!.id });
  await t.db.insert(roleAssignments).values([
    { userId: english!.id, role: 'radmannsteam', kommunenummer: '4036' },
    { userId: vinje!.id, role: 'radmannsteam', kommunenummer: '4036' },
    { userId: arendal!.id, role: 'folkevalgt', kommunenummer: '4203' },
    { userId: both!.id, role: 'folkevalgt', kommunenummer: '4036' },
    { userId: both!.id, role: 'folkevalgt', kommunenummer: '4203' },
  ]);
});
afterAll(async () => t?.close());

describe(`recipientLocales on ${testDatabaseKind}`, () => {
  it('takes the profile language first, then the målform of the municipalities, then bokmål', async () => {
    const locales = await recipientLocales(t.db, ['English@test.invalid', 'vinje@test.invalid', 'arendal@test.invalid', 'both@test.invalid', 'nobody@test.invalid']);
    expect(Object.fromEntries(locales)).toEqual({
      'english@test.invalid': 'en',
      'vinje@test.invalid': 'nn',
      'arendal@test.invalid': 'nb',
      'both@test.invalid': 'nb',
      'nobody@test.invalid': 'nb',
    });
  });

  it('falls back on the invitation’s municipality for an address without roles', async () => {
    expect((await recipientMailLanguage(t.db, 'nobody@test.invalid', ['4036'])).locale).toBe('nn');
    expect((await recipientMailLanguage(t.db, 'arendal@test.invalid', ['4036'])).locale).toBe('nb');
    const nn = await recipientMailLanguage(t.db, 'vinje@test.invalid');
    expect(nn.t('reset.subject')).toBe('Vel nytt passord i Brobygger');
  });

  it('finds a calendar feed owner’s language by account id, by the same rule', async () => {
    expect(await userLocale(t.db, ids.english!)).toBe('en');
    expect(await userLocale(t.db, ids.vinje!)).toBe('nn');
    expect(await userLocale(t.db, ids.arendal!)).toBe('nb');
    expect(await userLocale(t.db, '00000000-0000-4000-8000-000000000000')).toBe('nb');
  });
});
