// A small open register for the API, statistics and network database tests: one public
// cooperation full of internal markers in every table (testing/fixtures/register.ts), one not
// public, one draft, one the Grimstad member has left, and a handful of public variants in
// other forms, task areas, states and counties so filters and paging have something to do.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { anchoringOccurrences, bodyDecisions, bodyMeetings, cooperationMembers, cooperations, evaluationAnswers, evaluationInvitations, evaluationRounds, sponsors, taskAreas } from '@/db/schema';
import { READY_MEMBER_IDS } from '@/testing/fixtures/domain';
import type { LifecycleState } from '@/lib/pure/domain/dossier';
import { internalStrings, leakyDossier, leakySource } from '@/testing/fixtures/register';
import { createTestUser, fixtureUuid, insertCooperationFromDossier } from './cooperation';

export interface OpenRegisterFixture {
  publicId: string;
  hiddenId: string;
  draftId: string;
  leftId: string;
  /** Public variants: id -> what differs. */
  variants: { id: string; legalForm: string; taskArea: string; state: LifecycleState; kommunenumre: string[]; startDate: string }[];
  /** Every internal marker written anywhere. */
  internal: string[];
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const member = (cooperationId: string, key: keyof typeof READY_MEMBER_IDS) => fixtureUuid(cooperationId, READY_MEMBER_IDS[key]);

async function insert(db: Db, cooperationId: string, name: string, state: LifecycleState, isPublic: boolean): Promise<string> {
  const d = leakyDossier();
  d.id = cooperationId;
  d.name = name;
  d.state = state;
  const inserted = await insertCooperationFromDossier(db, d);
  await db.update(cooperations).set({ isPublic }).where(eq(cooperations.id, inserted));
  await publishBodyDecisions(db, inserted);
  return inserted;
}

async function taskAreaIdByName(db: Db, name: string): Promise<number> {
  const [row] = await db.select({ id: taskAreas.id }).from(taskAreas).where(eq(taskAreas.name, name));
  if (!row) throw new Error(`Fant ikke oppgavefeltet ${name}`);
  return row.id;
}

/** The body decisions' and meetings' publication columns as the leaky source has them (one public, one not). */
async function publishBodyDecisions(db: Db, cooperationId: string) {
  for (const decision of leakySource().bodyDecisions) {
    await db
      .update(bodyDecisions)
      .set({ isPublic: decision.isPublic, saksnummer: decision.saksnummer, url: decision.url })
      .where(and(eq(bodyDecisions.cooperationId, cooperationId), eq(bodyDecisions.id, fixtureUuid(cooperationId, decision.id))));
  }
  for (const meeting of leakySource().meetings) {
    await db
      .update(bodyMeetings)
      .set({ minutesPublic: meeting.minutesPublic, minutesUrl: meeting.minutesUrl })
      .where(and(eq(bodyMeetings.cooperationId, cooperationId), eq(bodyMeetings.id, fixtureUuid(cooperationId, meeting.id))));
  }
}

/** Seed reference data first (db/seed/reference.ts). */
export async function seedOpenRegister(db: Db): Promise<OpenRegisterFixture> {
  const publicId = await insert(db, id(1), 'OFFENTLIG-navn Legevakt', 'drift', true);
  const hiddenId = await insert(db, id(2), 'Skjult samarbeid', 'drift', false);
  const draftId = await insert(db, id(3), 'Utkast til samarbeid', 'utkast', true);
  const leftId = await insert(db, id(4), 'Samarbeid Grimstad har forlatt', 'drift', true);
  await db.update(cooperationMembers).set({ leftAt: '2025-01-01' }).where(eq(cooperationMembers.id, member(leftId, 'grimstad')));

  // The internal columns the dossier does not carry, filled with markers.
  await db.update(cooperationMembers).set({ contactPublic: true }).where(eq(cooperationMembers.id, member(publicId, 'arendal')));
  await db.update(sponsors).set({ note: 'INTERN-sponsornotat' }).where(eq(sponsors.cooperationId, publicId));
  await db.insert(anchoringOccurrences).values(
    leakySource().occurrences.map((o) => ({ ...o, cooperationId: publicId, memberId: fixtureUuid(publicId, o.memberId), dueDate: o.heldDate ?? '2025-04-05', note: 'INTERN-forankringsnotat', saksnummer: '25/99' })),
  );
  const leader = await createTestUser(db, { name: 'Ola Leder', role: 'operativ_leder', cooperationId: publicId });
  const internalRound = { results: { kommentar: 'INTERN-resultat' }, recommendation: 'redesign' as const, recommendationNote: 'INTERN-anbefalingsnotat', decisionNote: 'INTERN-beslutningsnotat' };
  const rounds = await db
    .insert(evaluationRounds)
    .values([
      { cooperationId: publicId, number: 1, questionnaireVersion: 1, status: 'lukket', closedAt: new Date('2024-03-15T12:00:00Z'), summary: 'OFFENTLIG-gammel oppsummering', summaryPublic: true, decision: 'redesign', ...internalRound },
      { cooperationId: publicId, number: 2, questionnaireVersion: 1, status: 'lukket', closedAt: new Date('2025-03-15T12:00:00Z'), summary: 'INTERN-oppsummering', summaryPublic: false, decision: 'opprettholde', ...internalRound },
    ])
    .returning({ id: evaluationRounds.id });
  for (const round of rounds) {
    const [invitation] = await db.insert(evaluationInvitations).values({ roundId: round.id, userId: leader.id, perspective: 'operativ_leder', submittedAt: new Date() }).returning({ id: evaluationInvitations.id });
    await db.insert(evaluationAnswers).values({ invitationId: invitation!.id, answers: { apent: 'INTERN-evalueringssvar', kommentar: 'INTERN-evalueringskommentar' } });
  }

  // Public variants: other forms, task areas, states, start years; two reach outside Agder,
  // and one has a county municipality (two-digit number) as a member.
  const specs = [
    { legalForm: 'iks', taskArea: 'Revisjon', state: 'drift', outside: ['42'], startDate: '2019-01-01' }, // with Agder fylkeskommune
    { legalForm: 'iks', taskArea: 'Renovasjon', state: 'drift', outside: ['0301', '3201'], startDate: '2020-06-01' },
    { legalForm: 'ipr', taskArea: 'Interkommunalt politisk råd / regionråd', state: 'etablering', outside: null, startDate: '2021-01-01' },
    { legalForm: 'vertskommune_nemnd', taskArea: 'Barnevern', state: 'avviklet', outside: ['0301'], startDate: '2015-01-01' },
    { legalForm: 'ko', taskArea: 'Legevakt', state: 'medlemsvedtak', outside: null, startDate: '2024-03-01' },
  ] as const;
  const variants: OpenRegisterFixture['variants'] = [];
  for (const [i, spec] of specs.entries()) {
    const variantId = await insert(db, id(10 + i), `Offentlig variant ${i + 1}`, spec.state, true);
    const design = { ...leakyDossier().design, legalForm: spec.legalForm };
    await db
      .update(cooperations)
      .set({ design, taskAreaId: await taskAreaIdByName(db, spec.taskArea), startDate: spec.startDate })
      .where(eq(cooperations.id, variantId));
    const kommunenumre = ['4203', '4202', '4215', '4214'];
    if (spec.outside) {
      const keys = ['lillesand', 'froland'] as const;
      for (const [j, kommunenummer] of spec.outside.entries()) {
        await db.update(cooperationMembers).set({ kommunenummer }).where(eq(cooperationMembers.id, member(variantId, keys[j]!)));
        kommunenumre[kommunenumre.indexOf(j === 0 ? '4215' : '4214')] = kommunenummer;
      }
    }
    variants.push({ id: variantId, legalForm: spec.legalForm, taskArea: spec.taskArea, state: spec.state, kommunenumre, startDate: spec.startDate });
  }
  // The variants copy the leaky dossier, so their internal tables hold markers as well.
  await db.update(sponsors).set({ note: 'INTERN-sponsornotat' }).where(inArray(sponsors.cooperationId, variants.map((v) => v.id)));

  const internal = [
    ...internalStrings(leakySource()),
    'INTERN-sponsornotat',
    'INTERN-forankringsnotat',
    'INTERN-evalueringssvar',
    'INTERN-evalueringskommentar',
    'INTERN-resultat',
    'INTERN-anbefalingsnotat',
    'INTERN-beslutningsnotat',
    'INTERN-oppsummering',
  ];
  return { publicId, hiddenId, draftId, leftId, variants, internal };
}
