// A municipality's own user administration against a database, and the attacks on it: a
// rådmannsteam of municipality A inviting or granting in B, making anyone an administrator,
// revoking B's roles by claiming A, or revoking its own access — refused, with nothing written.
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { seedReferenceData } from '@/db/seed/reference';
import { acceptInvitations, pendingMunicipalityInvitations } from '@/db/queries/person-links';
import { findUserByEmail } from '@/db/queries/users';
import { roleAssignments, users } from '@/db/schema';
import { runAction, type ActionContext, type ActionSpec } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import type { Mailer, MailMessage } from '@/lib/server/mail';
import { createTestUser, snapshotDatabase } from '@/testing/cooperation';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import {
  grantMunicipalityRole,
  inviteMunicipalityUser,
  LOCAL_MESSAGES,
  localGrantSpec,
  localInviteSpec,
  localRevokeSpec,
  revokeMunicipalityRole,
} from './local-admin';

let t: TestDb;
const sent: MailMessage[] = [];
const mailer: Mailer = { transport: 'logg', send: async (m) => void sent.push(m), close: () => {} };
const A = '4204'; // Kristiansand
const B = '4203'; // Arendal
let rtA: SessionUser;
let rtB: SessionUser;
let folkevalgtB: SessionUser;
let admin: SessionUser;

function act<S extends z.ZodType, T>(spec: ActionSpec<S>, fn: (input: z.output<S>, ctx: ActionContext) => Promise<T>) {
  return (user: SessionUser, input: unknown) => runAction(spec, fn, input, { getUser: async () => user, getDb: async () => t.db });
}
const invite = act(localInviteSpec, (i, ctx) => inviteMunicipalityUser(i, ctx, mailer));
const grant = act(localGrantSpec, grantMunicipalityRole);
const revoke = act(localRevokeSpec, revokeMunicipalityRole);
const liveRoles = (userId: string) =>
  t.db
    .select({ role: roleAssignments.role, kommunenummer: roleAssignments.kommunenummer })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, userId), isNull(roleAssignments.revokedAt)));

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  rtA = await createTestUser(t.db, { name: 'Rita Kristiansand', role: 'radmannsteam', kommunenummer: A });
  rtB = await createTestUser(t.db, { name: 'Roar Arendal', role: 'radmannsteam', kommunenummer: B });
  folkevalgtB = await createTestUser(t.db, { name: 'Frida Arendal', role: 'folkevalgt', kommunenummer: B });
  admin = await createTestUser(t.db, { name: 'Ada Admin', role: 'administrator' });
});
afterAll(async () => t?.close());

describe(`local user administration on ${testDatabaseKind}`, () => {
  it('a rådmannsteam invites a new user to its own municipality and grants and revokes its roles', async () => {
    expect(await invite(rtA, { kommunenummer: A, name: 'Nils Ny', email: 'nils.ny@example.no', role: 'folkevalgt' })).toEqual({
      ok: true,
      data: { message: 'Invitasjonen er sendt til nils.ny@example.no. Lenken virker i sju dager.' },
    });
    expect(sent.at(-1)).toMatchObject({ to: 'nils.ny@example.no', subject: 'Invitasjon til Brobygger' });
    expect(sent.at(-1)!.text).toContain('som folkevalgt i Kristiansand kommune');
    const nils = (await findUserByEmail(t.db, 'nils.ny@example.no'))!;
    expect(await liveRoles(nils.id)).toEqual([]); // granted when he accepts
    expect(await pendingMunicipalityInvitations(t.db, A, new Date())).toMatchObject([{ name: 'Nils Ny', email: 'nils.ny@example.no', role: 'folkevalgt' }]);
    expect(await grant(rtA, { kommunenummer: A, userId: nils.id, role: 'radmannsteam' })).toMatchObject({ ok: false, code: 'not_found' }); // not the municipality's yet
    expect(await acceptInvitations(t.db, nils.id, new Date())).toBe(1);
    expect(await liveRoles(nils.id)).toEqual([{ role: 'folkevalgt', kommunenummer: A }]);
    expect(await pendingMunicipalityInvitations(t.db, A, new Date())).toEqual([]);
    expect(await grant(rtA, { kommunenummer: A, userId: nils.id, role: 'radmannsteam' })).toMatchObject({ ok: true });
    expect(await grant(rtA, { kommunenummer: A, userId: nils.id, role: 'radmannsteam' })).toMatchObject({ ok: false, message: LOCAL_MESSAGES.hasRole });
    const [rt] = await t.db.select().from(roleAssignments).where(and(eq(roleAssignments.userId, nils.id), eq(roleAssignments.role, 'radmannsteam')));
    expect(await revoke(rtA, { kommunenummer: A, assignmentId: rt!.id })).toMatchObject({ ok: true });
    expect(await revoke(rtA, { kommunenummer: A, assignmentId: rt!.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await liveRoles(nils.id)).toEqual([{ role: 'folkevalgt', kommunenummer: A }]);
  });

  it('inviting an address that already has an account answers the same and reveals nothing', async () => {
    const usersBefore = (await t.db.select().from(users)).length;
    const result = await invite(rtA, { kommunenummer: A, name: 'Hvem Somhelst', email: folkevalgtB.email, role: 'folkevalgt' });
    expect(result).toEqual({ ok: true, data: { message: `Invitasjonen er sendt til ${folkevalgtB.email}. Lenken virker i sju dager.` } });
    expect((await t.db.select().from(users)).length).toBe(usersBefore);
    // Nothing of the account shows to A until its owner accepts: not its roles, not its name.
    expect(await liveRoles(folkevalgtB.id)).toEqual([{ role: 'folkevalgt', kommunenummer: B }]);
    expect(await pendingMunicipalityInvitations(t.db, A, new Date())).toMatchObject([{ name: 'Hvem Somhelst', email: folkevalgtB.email }]);
    expect(await grant(rtA, { kommunenummer: A, userId: folkevalgtB.id, role: 'folkevalgt' })).toMatchObject({ ok: false, code: 'not_found', message: LOCAL_MESSAGES.noUser });
  });

  it('refuses the attacks of A on B and on the system, and writes nothing', async () => {
    const before = await snapshotDatabase(t.db);
    const [bAssignment] = await t.db.select().from(roleAssignments).where(eq(roleAssignments.userId, rtB.id));
    // Granting or inviting in B: the municipality is B's, so A's rådmannsteam is refused.
    expect(await grant(rtA, { kommunenummer: B, userId: rtB.id, role: 'folkevalgt' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await invite(rtA, { kommunenummer: B, name: 'Inntrenger', email: 'inn@example.no', role: 'radmannsteam' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await revoke(rtA, { kommunenummer: B, assignmentId: bAssignment!.id })).toMatchObject({ ok: false, code: 'forbidden' });
    // Claiming A for B's assignment: not found.
    expect(await revoke(rtA, { kommunenummer: A, assignmentId: bAssignment!.id })).toMatchObject({ ok: false, code: 'not_found', message: LOCAL_MESSAGES.noAssignment });
    // Making anyone an administrator, or granting a cooperation role, is not a local role.
    for (const role of ['administrator', 'politisk_sponsor', 'operativ_leder']) {
      expect(await grant(rtA, { kommunenummer: A, userId: rtA.id, role })).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { role: ['Velg en rolle.'] } });
      expect(await invite(rtA, { kommunenummer: A, name: 'Ny Admin', email: 'admin2@example.no', role })).toMatchObject({ ok: false, code: 'invalid' });
    }
    // A user of B only is not among A's users.
    expect(await grant(rtA, { kommunenummer: A, userId: rtB.id, role: 'folkevalgt' })).toMatchObject({ ok: false, code: 'not_found', message: LOCAL_MESSAGES.noUser });
    // Not locking oneself out.
    const [own] = await t.db.select().from(roleAssignments).where(eq(roleAssignments.userId, rtA.id));
    expect(await revoke(rtA, { kommunenummer: A, assignmentId: own!.id })).toMatchObject({ ok: false, message: LOCAL_MESSAGES.ownRole });
    // A folkevalgt of A administers nothing; an unknown municipality is not found.
    const folkevalgtA = { ...folkevalgtB, roles: [{ role: 'folkevalgt' as const, kommunenummer: A, cooperationId: null }] };
    expect(await grant(folkevalgtA, { kommunenummer: A, userId: rtA.id, role: 'folkevalgt' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await grant(rtA, { kommunenummer: '9999', userId: rtA.id, role: 'folkevalgt' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('an administrator may administer any municipality, and B’s rådmannsteam its own', async () => {
    expect(await grant(admin, { kommunenummer: B, userId: folkevalgtB.id, role: 'radmannsteam' })).toMatchObject({ ok: true });
    const [fromAdmin] = await t.db.select().from(roleAssignments).where(and(eq(roleAssignments.userId, folkevalgtB.id), eq(roleAssignments.role, 'radmannsteam')));
    expect(await revoke(rtB, { kommunenummer: B, assignmentId: fromAdmin!.id })).toMatchObject({ ok: true });
  });
});
