import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { anchoringOccurrences, reminderDeliveries, sponsors, users } from '@/db/schema';
import type { AnchoringOccurrence } from '@/lib/pure/domain/dossier';
import { READY_MEMBER_IDS, readyDossier } from '@/testing/fixtures/domain';
import { createMailer, smtpConfigFromEnv, type Mailer } from '@/lib/server/mail';
import { runReminders } from './reminders';

// 20 November 2026, 10:00 in Oslo: 14 days ahead is 4 December.
const NOW = new Date('2026-11-20T09:00:00Z');
const BASE = 'https://brobygger.example.no';

interface Received {
  to: string[];
  subject: string;
  text: string;
}

/** A local SMTP server that keeps every message it is given. */
async function startSink() {
  const messages: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: header(raw, 'subject'), text: body(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Quoted-printable (RFC 2045) to UTF-8 text. */
const fromQp = (qp: string, underscoreIsSpace = false) =>
  Buffer.from((underscoreIsSpace ? qp.replace(/_/g, ' ') : qp).replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

/** One header, unfolded, with RFC 2047 encoded words decoded. */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name}:`)) ?? '';
  return line
    .slice(name.length + 1)
    .trim()
    .replace(/=\?[^?]+\?([BQ])\?([^?]*)\?=(\s+(?==\?))?/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : fromQp(data, true),
    );
}

function body(raw: string): string {
  const [, ...rest] = raw.split(/\r?\n\r?\n/);
  const content = rest.join('\n\n');
  const encoding = header(raw, 'content-transfer-encoding').toLowerCase();
  if (encoding === 'base64') return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
  return encoding === 'quoted-printable' ? fromQp(content) : content;
}

let t: TestDb;
let sink: Awaited<ReturnType<typeof startSink>>;
let smtp: Mailer;
let cooperationId: string;
const email: Record<string, string> = {};

function occurrence(id: string, point: string, member: string, dueDate: string, status: AnchoringOccurrence['status'] = 'planlagt'): AnchoringOccurrence {
  return { id, anchoringPointId: point, memberId: member, dueDate, status, heldDate: status === 'holdt' ? dueDate : null, saksnummer: null, minutesUrl: null };
}

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  sink = await startSink();
  smtp = createMailer(smtpConfigFromEnv({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_FROM: 'Brobygger <brobygger@test.invalid>' }));

  const d = readyDossier();
  d.state = 'drift';
  d.occurrences = [
    occurrence('o-snart-lillesand', 'a-formannskap', READY_MEMBER_IDS.lillesand, '2026-12-04'),
    occurrence('o-forfalt-arendal', 'a-formannskap', READY_MEMBER_IDS.arendal, '2026-09-30'),
    occurrence('o-senere-lillesand', 'a-budsjett', READY_MEMBER_IDS.lillesand, '2026-12-15'),
    occurrence('o-holdt-arendal', 'a-ledergruppe', READY_MEMBER_IDS.arendal, '2026-11-10', 'holdt'),
    occurrence('o-utsatt-grimstad', 'a-formannskap', READY_MEMBER_IDS.grimstad, '2026-11-01', 'utsatt'),
  ];
  cooperationId = await insertCooperationFromDossier(t.db, d);

  const people = {
    leader: await createTestUser(t.db, { name: 'Ola Operativ', role: 'operativ_leder', cooperationId }),
    radmannLillesand: await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4215' }),
    sponsorArendal: await createTestUser(t.db, { name: 'Per Politiker', role: 'politisk_sponsor', kommunenummer: '4203', cooperationId }),
    linkedSponsor: await createTestUser(t.db, { name: 'Anne Avdelingsleder', role: 'folkevalgt', kommunenummer: '4202' }),
    radmannGrimstad: await createTestUser(t.db, { name: 'Gro Grimstad', role: 'radmannsteam', kommunenummer: '4202' }),
    folkevalgtLillesand: await createTestUser(t.db, { name: 'Frida Folkevalgt', role: 'folkevalgt', kommunenummer: '4215' }),
    inactive: await createTestUser(t.db, { name: 'Sluttet Rådgiver', role: 'radmannsteam', kommunenummer: '4215' }),
  };
  for (const [key, user] of Object.entries(people)) email[key] = user.email;
  await t.db.update(users).set({ active: false }).where(eq(users.id, people.inactive.id));
  // The administrative sponsor entry for Lillesand is linked to a user account.
  await t.db
    .update(sponsors)
    .set({ userId: people.linkedSponsor.id })
    .where(eq(sponsors.id, fixtureUuid(cooperationId, `s-${READY_MEMBER_IDS.lillesand}-administrativ`)));
});
afterAll(async () => {
  smtp?.close();
  await sink?.close();
  await t?.close();
});

const run = (mailer: Mailer, now = NOW) => runReminders(t.db, { now, daysBefore: 14, mailer, baseUrl: BASE, log: () => {} });
const to = (key: string) => sink.messages.filter((m) => m.to.includes(email[key]!));

describe(`reminder job on ${testDatabaseKind}`, () => {
  it('delivers each reminder once to the people responsible, even when run twice', async () => {
    const first = await run(smtp);
    expect(first).toEqual({ transport: 'smtp', messages: 4, reminders: 5, failed: 0 });
    const second = await run(smtp);
    expect(second).toEqual({ transport: 'smtp', messages: 0, reminders: 0, failed: 0 });

    expect(sink.messages).toHaveLength(4);
    expect(sink.messages.every((m) => m.to.length === 1)).toBe(true);
    expect(to('leader').map((m) => m.subject)).toEqual(['Påminnelse fra Brobygger: 2 forankringspunkter å følge opp']);
    expect(to('radmannLillesand').map((m) => m.subject)).toEqual(['Påminnelse: Formannskap i Lillesand kommune innen 04.12.2026']);
    expect(to('linkedSponsor').map((m) => m.subject)).toEqual(['Påminnelse: Formannskap i Lillesand kommune innen 04.12.2026']);
    expect(to('sponsorArendal').map((m) => m.subject)).toEqual(['Fristen er passert: Formannskap i Arendal kommune (30.09.2026)']);
    for (const key of ['radmannGrimstad', 'folkevalgtLillesand', 'inactive']) expect(to(key)).toEqual([]);

    const leaderText = to('leader')[0]!.text;
    expect(leaderText).toContain('Hei, Ola Operativ!');
    expect(leaderText).toContain('Fristen er passert, og forankringen er ikke logget som holdt');
    expect(leaderText).toContain('Frist innen 14 dager');
    expect(leaderText).toContain(`${BASE}/samarbeid/${cooperationId}`);

    const rows = await t.db.select().from(reminderDeliveries);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.transport === 'smtp')).toBe(true);
    expect(rows.filter((r) => r.recipient === email.leader).map((r) => r.kind).sort()).toEqual(['forankring_forfalt', 'forankring_frist']);
  });

  it('sends a new reminder when an occurrence gets a new due date, but never one for a held occurrence', async () => {
    const id = fixtureUuid(cooperationId, 'o-snart-lillesand');
    await t.db.update(anchoringOccurrences).set({ dueDate: '2026-12-01' }).where(eq(anchoringOccurrences.id, id));
    const before = sink.messages.length;
    expect((await run(smtp)).reminders).toBe(3); // leader, rådmannsteam and linked sponsor
    await t.db.update(anchoringOccurrences).set({ status: 'holdt', heldDate: '2026-11-21', dueDate: '2026-11-21' }).where(eq(anchoringOccurrences.id, id));
    expect((await run(smtp, new Date('2026-11-25T09:00:00Z'))).reminders).toBe(0);
    expect(sink.messages.length).toBe(before + 3);
  });

  it('sends nothing twice when two runs overlap', async () => {
    const id = fixtureUuid(cooperationId, 'o-senere-lillesand');
    const before = sink.messages.length;
    const later = new Date('2026-12-02T09:00:00Z'); // 15 December is now 13 days away
    const [a, b] = await Promise.all([run(smtp, later), run(smtp, later)]);
    expect(a.reminders + b.reminders).toBe(3);
    expect(sink.messages.length).toBe(before + 3);
    expect(await t.db.select().from(reminderDeliveries).where(eq(reminderDeliveries.subjectId, id))).toHaveLength(3);
  });

  it('rolls a failed send back, so the next run tries again', async () => {
    const failing: Mailer = { transport: 'smtp', send: async () => Promise.reject(new Error('SMTP nede')), close: () => {} };
    const now = new Date('2027-01-05T09:00:00Z'); // 15 December is overdue now
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await run(failing, now)).toMatchObject({ messages: 0, reminders: 0, failed: 3 });
    expect(errors).toHaveBeenCalledTimes(3);
    errors.mockRestore();
    expect(await t.db.select().from(reminderDeliveries).where(eq(reminderDeliveries.kind, 'forankring_forfalt'))).toHaveLength(2);
    expect(await run(smtp, now)).toMatchObject({ messages: 3, reminders: 3, failed: 0 });
  });

  it('without SMTP_HOST writes the e-mail to the log and records the transport as logg', async () => {
    const id = fixtureUuid(cooperationId, 'o-senere-lillesand');
    await t.db.update(anchoringOccurrences).set({ dueDate: '2027-02-10' }).where(eq(anchoringOccurrences.id, id));
    const logged: string[] = [];
    const mailer = createMailer(smtpConfigFromEnv({}), (text) => logged.push(text));
    const now = new Date('2027-02-01T09:00:00Z');
    const before = sink.messages.length;
    expect(await run(mailer, now)).toEqual({ transport: 'logg', messages: 3, reminders: 3, failed: 0 });
    expect(logged).toHaveLength(3);
    expect(logged.join('\n')).toContain('Emne: Påminnelse: Kommunestyre i Lillesand kommune innen 10.02.2027');
    expect(sink.messages.length).toBe(before);
    const rows = await t.db.select().from(reminderDeliveries).where(eq(reminderDeliveries.dueDate, '2027-02-10'));
    expect(rows.map((r) => r.transport)).toEqual(['logg', 'logg', 'logg']);
    expect((await run(mailer, now)).messages).toBe(0);
    expect(logged).toHaveLength(3);
  });
});
