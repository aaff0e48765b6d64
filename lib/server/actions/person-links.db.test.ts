// Linking a cooperation's people to accounts against a database: who may link whom, the
// picker's scope, invitations that never reveal whether an address had an account, accepting
// with the link, conflicts, lapsing when a sponsor is replaced, and the evaluation round that
// invites the linked people (and takes more while open).
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { seedReferenceData } from '@/db/seed/reference';
import { invitationStatus } from '@/db/queries/evaluations';
import { acceptInvitations, lapseLinks, linksOf } from '@/db/queries/person-links';
import { findValidToken } from '@/db/queries/tokens';
import { createUser, findUserByEmail, loadSessionUser } from '@/db/queries/users';
import { personLinks, roleAssignments, sponsors, userTokens, users } from '@/db/schema';
import { runAction, runPublicAction, type ActionContext, type ActionSpec } from '@/lib/server/action';
import { can } from '@/lib/pure/auth/can';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { readyDossier } from '@/testing/fixtures/domain';
import { INVITATION_TTL_MS, linkState } from '@/lib/pure/domain/person-links';
import type { Mailer, MailMessage } from '@/lib/server/mail';
import { createTestUser, fixtureUuid, insertCooperationFromDossier, snapshotDatabase } from '@/testing/cooperation';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import * as evaluation from './evaluation';
import { addEvaluationInvitee, addInviteeSpec, INVITEE_MESSAGES } from './evaluation-invitees';
import { PASSWORD_MESSAGES_DONE, setPasswordWithToken, tokenPasswordSpec } from './password';
import { invitePerson, invitePersonSpec, LINK_MESSAGES, linkPersonToUser, linkUserSpec, unlinkPerson, unlinkPersonSpec } from './person-links';

const NOW = new Date('2026-03-01T09:00:00Z');
let t: TestDb;
let id: string;
const sent: MailMessage[] = [];
const mailer: Mailer = { transport: 'logg', send: async (m) => void sent.push(m), close: () => {} };
const p = {} as Record<'rtGrimstad' | 'rtArendal' | 'leader' | 'folkevalgtGrimstad' | 'folkevalgtOslo' | 'folkevalgtArendal', SessionUser>;
const sponsorId = (key: string) => fixtureUuid(id, key);
const GRIMSTAD = 's-m-grimstad-politisk';

function act<S extends z.ZodType, T>(spec: ActionSpec<S>, fn: (input: z.output<S>, ctx: ActionContext) => Promise<T>) {
  return (user: SessionUser, input: unknown, now = NOW) => runAction(spec, fn, input, { getUser: async () => user, getDb: async () => t.db, getNow: async () => now });
}
const pick = act(linkUserSpec, linkPersonToUser);
const invite = act(invitePersonSpec, (i, ctx) => invitePerson(i, ctx, mailer));
const unlink = act(unlinkPersonSpec, unlinkPerson);
const addInvitee = act(addInviteeSpec, addEvaluationInvitee);
const open = act(evaluation.openRoundSpec, (i, ctx) => evaluation.openRound(i, ctx, NOW));
const choose = (input: unknown) => runPublicAction(tokenPasswordSpec, (i, ctx) => setPasswordWithToken(i, ctx, NOW), input, { getDb: async () => t.db });
const tokenIn = (m: MailMessage) => /\/nytt-passord\/([A-Za-z0-9_-]{43})/.exec(m.text)![1]!;
const sponsorRef = (key: string, role = 'politisk_sponsor') => ({ cooperationId: id, role, sponsorId: sponsorId(key), expectedLinkId: '' });
const sessionOf = async (userId: string) => (await loadSessionUser(t.db, userId))!;
const readsCooperation = async (userId: string) =>
  can(await sessionOf(userId), 'cooperation.read', { kind: 'cooperation', id, memberKommunenummer: ['4203', '4202', '4215', '4214'] });

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  id = await insertCooperationFromDossier(t.db, { ...readyDossier(), state: 'drift', startDate: '2024-04-01' });
  p.rtGrimstad = await createTestUser(t.db, { name: 'Randi Grimstad', role: 'radmannsteam', kommunenummer: '4202' });
  p.rtArendal = await createTestUser(t.db, { name: 'Rolf Arendal', role: 'radmannsteam', kommunenummer: '4203' });
  p.leader = await createTestUser(t.db, { name: 'Kari Nordmann (fiktiv)', role: 'operativ_leder', cooperationId: id });
  p.folkevalgtGrimstad = await createTestUser(t.db, { name: 'Gunn Grimstad', role: 'folkevalgt', kommunenummer: '4202' });
  p.folkevalgtOslo = await createTestUser(t.db, { name: 'Ola Oslo', role: 'folkevalgt', kommunenummer: '0301' });
  p.folkevalgtArendal = await createTestUser(t.db, { name: 'Arne Arendal', role: 'folkevalgt', kommunenummer: '4203' });
});
afterAll(async () => t?.close());

describe(`people linked to accounts on ${testDatabaseKind}`, () => {
  it('refuses linking outside the own municipality, or an account outside the member’s, and writes nothing', async () => {
    const before = await snapshotDatabase(t.db);
    // Arendal's rådmannsteam may not link Grimstad's sponsor.
    expect(await pick(p.rtArendal, { ...sponsorRef(GRIMSTAD), userId: p.folkevalgtGrimstad.id })).toMatchObject({ ok: false, code: 'forbidden', message: LINK_MESSAGES.notYourMember });
    // Grimstad's may, but not to an account of Oslo (outside the picker's scope): not found, as if it did not exist.
    expect(await pick(p.rtGrimstad, { ...sponsorRef(GRIMSTAD), userId: p.folkevalgtOslo.id })).toMatchObject({ ok: false, code: 'not_found', message: LINK_MESSAGES.noUser });
    // A folkevalgt may read the cooperation but not link anyone.
    expect(await pick(p.folkevalgtGrimstad, { ...sponsorRef(GRIMSTAD), userId: p.folkevalgtGrimstad.id })).toMatchObject({ ok: false, code: 'forbidden' });
    // The role must match the sponsor's kind; another cooperation's sponsor id is not found.
    expect(await pick(p.rtGrimstad, { ...sponsorRef(GRIMSTAD, 'administrativ_sponsor'), userId: p.folkevalgtGrimstad.id })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('links a sponsor to an account of the member’s municipality: the role follows, and so does read access', async () => {
    const result = await pick(p.rtGrimstad, { ...sponsorRef(GRIMSTAD), userId: p.folkevalgtGrimstad.id });
    expect(result).toMatchObject({ ok: true });
    const [link] = (await linksOf(t.db, id)).filter((l) => l.sponsorId === sponsorId(GRIMSTAD));
    expect(linkState(link!, NOW)).toEqual({ kind: 'linked', userName: 'Gunn Grimstad', email: p.folkevalgtGrimstad.email });
    const [sponsor] = await t.db.select().from(sponsors).where(eq(sponsors.id, sponsorId(GRIMSTAD)));
    expect(sponsor!.userId).toBe(p.folkevalgtGrimstad.id);
    const grants = await t.db.select().from(roleAssignments).where(and(eq(roleAssignments.userId, p.folkevalgtGrimstad.id), eq(roleAssignments.cooperationId, id)));
    expect(grants).toMatchObject([{ role: 'politisk_sponsor', kommunenummer: '4202', revokedAt: null }]);
    // A second link from a page that still showed "not linked" is a conflict.
    expect(await pick(p.rtGrimstad, { ...sponsorRef(GRIMSTAD), userId: p.rtGrimstad.id })).toMatchObject({ ok: false, code: 'conflict', message: LINK_MESSAGES.conflict });
  });

  it('invites by e-mail with the same answer whether the address had an account, and the link accepts it once', async () => {
    const lillesand = 's-m-lillesand-politisk';
    const froland = 's-m-froland-politisk';
    const rtLillesand = await createTestUser(t.db, { name: 'Lise Lillesand', role: 'radmannsteam', kommunenummer: '4215' });
    const rtFroland = await createTestUser(t.db, { name: 'Frode Froland', role: 'radmannsteam', kommunenummer: '4214' });
    const existing = (await createUser(t.db, { email: 'finnes@example.no', name: 'Finnes Fra Før', passwordHash: 'x' }))!;
    const usersBefore = (await t.db.select().from(users)).length;
    sent.length = 0;
    const fresh = await invite(rtLillesand, { ...sponsorRef(lillesand), name: 'Ny Person', email: 'ny.person@example.no' });
    const known = await invite(rtFroland, { ...sponsorRef(froland), name: 'Finnes Kanskje', email: 'FINNES@example.no' });
    expect(fresh).toEqual({ ok: true, data: { message: 'Invitasjonen er sendt til ny.person@example.no. Lenken virker i sju dager.' } });
    expect(known).toEqual({ ok: true, data: { message: 'Invitasjonen er sendt til finnes@example.no. Lenken virker i sju dager.' } });
    expect((await t.db.select().from(users)).length).toBe(usersBefore + 1); // only the new address got an account
    expect(sent.map((m) => m.to)).toEqual(['ny.person@example.no', 'finnes@example.no']);
    // Both links look the same to the inviter: invitation sent, expiring in a week, no account name shown.
    const states = (await linksOf(t.db, id)).filter((l) => l.sponsorId === sponsorId(lillesand) || l.sponsorId === sponsorId(froland)).map((l) => linkState(l, NOW));
    expect(states.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { kind: 'invited', email: 'finnes@example.no', expiresAt: new Date(NOW.getTime() + INVITATION_TTL_MS) },
      { kind: 'invited', email: 'ny.person@example.no', expiresAt: new Date(NOW.getTime() + INVITATION_TTL_MS) },
    ]);
    // The new account cannot sign in until a password is chosen; the invited person can read the cooperation once they do.
    const newUser = (await findUserByEmail(t.db, 'ny.person@example.no'))!;
    expect(newUser.mustChangePassword).toBe(false);
    // Nothing is granted before the person accepts: neither the new nor the existing account can read the cooperation yet.
    expect(await readsCooperation(newUser.id)).toBe(false);
    expect(await readsCooperation(existing.id)).toBe(false);
    expect((await t.db.select().from(sponsors).where(eq(sponsors.id, sponsorId(froland))))[0]!.userId).toBeNull();
    const token = tokenIn(sent[0]!);
    expect((await findValidToken(t.db, token, NOW))?.purpose).toBe('invite');
    expect(await choose({ token, password: 'fjellvann og blåbær om høsten', confirm: 'fjellvann og blåbær om høsten' })).toMatchObject({ ok: true, data: { purpose: 'invite' } });
    const accepted = (await linksOf(t.db, id)).find((l) => l.userId === newUser.id)!;
    expect(linkState(accepted, NOW)).toMatchObject({ kind: 'linked', userName: 'Ny Person' });
    expect(await readsCooperation(newUser.id)).toBe(true);
    expect((await t.db.select().from(sponsors).where(eq(sponsors.id, sponsorId(lillesand))))[0]!.userId).toBe(newUser.id);
    // Single use.
    expect(await choose({ token, password: 'enda et nytt passord her', confirm: 'enda et nytt passord her' })).toMatchObject({ ok: false, message: PASSWORD_MESSAGES_DONE.badLink });
    // An invitation link past its week is refused with the same clear message.
    const later = tokenIn(sent[1]!);
    const expiredAt = new Date(NOW.getTime() + INVITATION_TTL_MS + 1);
    expect(await runPublicAction(tokenPasswordSpec, (i, ctx) => setPasswordWithToken(i, ctx, expiredAt), { token: later, password: 'fjellvann og blåbær om høsten', confirm: 'fjellvann og blåbær om høsten' }, { getDb: async () => t.db })).toMatchObject({
      ok: false,
      message: PASSWORD_MESSAGES_DONE.badLink,
    });
    const pending = (await linksOf(t.db, id)).find((l) => l.userId === existing.id)!;
    expect(linkState(pending, expiredAt).kind).toBe('expired');
  });

  it('unlinking revokes the role the link gave, and access with it', async () => {
    const link = (await linksOf(t.db, id)).find((l) => l.sponsorId === sponsorId(GRIMSTAD))!;
    expect(await unlink(p.rtArendal, { cooperationId: id, linkId: link.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await unlink(p.rtGrimstad, { cooperationId: id, linkId: link.id })).toMatchObject({ ok: true });
    const [sponsor] = await t.db.select().from(sponsors).where(eq(sponsors.id, sponsorId(GRIMSTAD)));
    expect(sponsor!.userId).toBeNull();
    const live = await t.db.select().from(roleAssignments).where(and(eq(roleAssignments.userId, p.folkevalgtGrimstad.id), eq(roleAssignments.cooperationId, id), isNull(roleAssignments.revokedAt)));
    expect(live).toEqual([]);
  });

  it('a sponsor replaced under a new name, or a new leader, leaves the old link lapsed and its role revoked', async () => {
    expect(await pick(p.rtArendal, { cooperationId: id, role: 'operativ_leder', expectedLinkId: '', userId: p.folkevalgtArendal.id })).toMatchObject({ ok: true });
    const arendal = 's-m-arendal-administrativ';
    expect(await pick(p.rtArendal, { ...sponsorRef(arendal, 'administrativ_sponsor'), userId: p.rtArendal.id })).toMatchObject({ ok: true });
    await t.db.update(sponsors).set({ name: 'Ny Kommunalsjef', userId: null }).where(eq(sponsors.id, sponsorId(arendal)));
    expect(await lapseLinks(t.db, id, p.rtArendal.id)).toBe(1); // the leader's name is unchanged
    expect((await linksOf(t.db, id)).some((l) => l.sponsorId === sponsorId(arendal))).toBe(false);
    const rtGrants = await t.db.select().from(roleAssignments).where(and(eq(roleAssignments.userId, p.rtArendal.id), eq(roleAssignments.cooperationId, id)));
    expect(rtGrants.every((g) => g.revokedAt !== null)).toBe(true);
  });

  it('representatives are named by linking, once per member and account', async () => {
    const froland = fixtureUuid(id, 'm-froland');
    const rtFroland = (await t.db.select({ userId: roleAssignments.userId }).from(roleAssignments).where(and(eq(roleAssignments.role, 'radmannsteam'), eq(roleAssignments.kommunenummer, '4214'))))[0]!;
    const rt = await sessionOf(rtFroland.userId);
    const rep = { cooperationId: id, role: 'medlemsrepresentant', memberId: froland };
    expect(await invite(rt, { ...rep, name: 'Rita Representant', email: 'rita@example.no' })).toMatchObject({ ok: true });
    const rita = (await findUserByEmail(t.db, 'rita@example.no'))!;
    // Not pickable before she accepts (no role in Froland yet), then linked once only.
    expect(await pick(rt, { ...rep, userId: rita.id })).toMatchObject({ ok: false, message: LINK_MESSAGES.noUser });
    expect(await acceptInvitations(t.db, rita.id, NOW)).toBe(1); // as when she signs in
    expect(await pick(rt, { ...rep, userId: rita.id })).toMatchObject({ ok: false, message: LINK_MESSAGES.alreadyRepresentative });
    expect((await linksOf(t.db, id)).filter((l) => l.role === 'medlemsrepresentant')).toMatchObject([{ personName: 'Rita Representant', memberId: froland }]);
  });

  it('opening a round invites the linked people; one linked later is added while it is open, by those who run it', async () => {
    const opened = await open(p.leader, { cooperationId: id, expectedVersion: (await t.db.query.cooperations.findFirst({ where: (c, { eq: e }) => e(c.id, id) }))!.rowVersion });
    expect(opened).toMatchObject({ ok: true });
    const roundId = (opened as { data: { roundId: string } }).data.roundId;
    const invited = await invitationStatus(t.db, roundId);
    const byUser = new Map(invited.map((i) => [i.userId, i.perspective]));
    expect(byUser.get(p.folkevalgtArendal.id)).toBe('operativ_leder'); // the linked leader
    expect(byUser.get((await findUserByEmail(t.db, 'ny.person@example.no'))!.id)).toBe('politisk_sponsor');
    expect(byUser.get((await findUserByEmail(t.db, 'rita@example.no'))!.id)).toBe('medlemsrepresentant');
    expect(byUser.has((await findUserByEmail(t.db, 'finnes@example.no'))!.id)).toBe(false); // never accepted

    // Linked after the round opened: not invited yet, and can be added.
    expect(await pick(p.rtGrimstad, { ...sponsorRef(GRIMSTAD), userId: p.folkevalgtGrimstad.id })).toMatchObject({ ok: true });
    expect(await addInvitee(await sessionOf(p.folkevalgtArendal.id), { roundId, userId: p.folkevalgtGrimstad.id })).toMatchObject({ ok: true }); // as operative leader
    expect(await addInvitee(p.rtGrimstad, { roundId, userId: p.folkevalgtGrimstad.id })).toMatchObject({ ok: false, message: INVITEE_MESSAGES.notCandidate }); // already
    expect(await addInvitee(p.rtGrimstad, { roundId, userId: p.folkevalgtOslo.id })).toMatchObject({ ok: false, message: INVITEE_MESSAGES.notCandidate }); // no role here
    const stranger = await createTestUser(t.db, { name: 'Siri Sponsor', role: 'politisk_sponsor', kommunenummer: '0301', cooperationId: null });
    expect(await addInvitee(stranger, { roundId, userId: stranger.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await addInvitee(await sessionOf(p.folkevalgtGrimstad.id), { roundId, userId: p.folkevalgtGrimstad.id })).toMatchObject({ ok: false, code: 'forbidden' }); // a sponsor does not run rounds
    const after = await invitationStatus(t.db, roundId);
    expect(after.find((i) => i.userId === p.folkevalgtGrimstad.id)?.perspective).toBe('politisk_sponsor');
  });

  it('keeps no raw token: only its digest is stored', async () => {
    const rows = await t.db.select({ hash: userTokens.tokenHash }).from(userTokens).where(eq(userTokens.purpose, 'invite'));
    expect(rows.length).toBeGreaterThan(0);
    for (const m of sent) expect(rows.map((r) => r.hash)).not.toContain(tokenIn(m));
    expect((await t.db.select().from(personLinks)).length).toBeGreaterThan(0);
  });
});
