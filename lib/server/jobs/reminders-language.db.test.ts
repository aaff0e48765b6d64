// The reminder job writes each e-mail in its recipient's language: the profile's, else the
// målform of their municipality, else bokmål.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { municipalities, users } from '@/db/schema';
import type { AnchoringOccurrence } from '@/lib/pure/domain/dossier';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import type { Mailer, MailMessage } from '@/lib/server/mail';
import { runReminders } from './reminders';

const NOW = new Date('2026-11-20T09:00:00Z');
let t: TestDb;
const sent: MailMessage[] = [];
const mailer: Mailer = { transport: 'logg', send: async (m) => void sent.push(m), close: () => {} };
const email: Record<string, string> = {};

function occurrence(id: string, point: string, member: string, dueDate: string): AnchoringOccurrence {
  return { id, anchoringPointId: point, memberId: member, dueDate, status: 'planlagt', heldDate: null, saksnummer: null, minutesUrl: null };
}

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  const d = readyDossier();
  d.state = 'drift';
  d.occurrences = [occurrence('o-snart-lillesand', 'a-formannskap', READY_MEMBER_IDS.lillesand, '2026-12-04')];
  await insertCooperationFromDossier(t.db, d);
  const bokmaal = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4215' });
  const english = await createTestUser(t.db, { name: 'Erin English', role: 'radmannsteam', kommunenummer: '4215' });
  await t.db.update(users).set({ language: 'en' }).where(eq(users.id, english.id));
  Object.assign(email, { bokmaal: bokmaal.email, english: english.email });
});
afterAll(async () => t?.close());

describe(`reminder e-mails in the recipient's language on ${testDatabaseKind}`, () => {
  it('writes English to the one who chose it, bokmål to a bokmål municipality, and nynorsk once the municipality writes nynorsk', async () => {
    await runReminders(t.db, { now: NOW, daysBefore: 14, mailer, baseUrl: 'https://b.example', log: () => {} });
    const subjectTo = (key: string) => sent.filter((m) => m.to === email[key]).map((m) => m.subject);
    expect(subjectTo('english')).toEqual(['Reminder: Formannskap in Lillesand kommune by Dec 4, 2026']);
    expect(subjectTo('bokmaal')).toEqual(['Påminnelse: Formannskap i Lillesand kommune innen 04.12.2026']);

    await t.db.update(municipalities).set({ maalform: 'nynorsk' }).where(eq(municipalities.kommunenummer, '4215'));
    const nynorsk = await createTestUser(t.db, { name: 'Nils Nynorsk', role: 'radmannsteam', kommunenummer: '4215' });
    email.nynorsk = nynorsk.email;
    await runReminders(t.db, { now: NOW, daysBefore: 14, mailer, baseUrl: 'https://b.example', log: () => {} });
    expect(subjectTo('nynorsk')).toEqual(['Påminning: Formannskap i Lillesand kommune innan 04.12.2026']);
    expect(sent.find((m) => m.to === email.nynorsk)!.text).toContain('Hei, Nils Nynorsk!\n\nDette er ei påminning frå Brobygger');
  });
});
