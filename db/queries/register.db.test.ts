// The register and the public pages against a real database: which cooperations a
// municipality's register holds, the CSV round trip, the national counts, and that the
// internal columns (sponsor notes, anchoring notes, non-public contacts and decisions)
// never reach the public projection or the public CSV.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { createTestDb, type TestDb } from '@/testing/db';
import { createTestUser, fixtureUuid, insertCooperationFromDossier } from '@/testing/cooperation';
import { seedReferenceData } from '@/db/seed/reference';
import { anchoringOccurrences, bodyDecisions, cooperationMembers, cooperations, evaluationAnswers, evaluationInvitations, evaluationRounds, sponsors } from '@/db/schema';
import { READY_MEMBER_IDS } from '@/testing/fixtures/domain';
import { publicRegisterCsv, REGISTER_CSV_HEADERS, registerCsv, registerCsvRecord } from '@/lib/pure/register/csv';
import { internalStrings, leakyDossier, leakySource, PUBLIC_MINUTES_URL } from '@/testing/fixtures/register';
import { loadPublicCooperation, loadPublicationSource, publicMunicipalities, publicRegisterRows, registerMunicipalities, registerRows } from './register';
import { publicMunicipalityListPage, publicRegisterBatches, publicRegisterPage } from './public-register-page';

let t: TestDb;
let publicId: string;
let hiddenId: string;
let draftId: string;
let leftId: string;
const NOW = new Date('2025-06-01T10:00:00Z');

async function insert(id: string, name: string, state: 'drift' | 'utkast', isPublic: boolean) {
  const d = leakyDossier();
  d.id = id;
  d.name = name;
  d.state = state;
  const cooperationId = await insertCooperationFromDossier(t.db, d);
  await t.db.update(cooperations).set({ isPublic }).where(eq(cooperations.id, cooperationId));
  return cooperationId;
}

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  publicId = await insert('00000000-0000-4000-8000-000000000001', 'OFFENTLIG-navn Legevakt', 'drift', true);
  hiddenId = await insert('00000000-0000-4000-8000-000000000002', 'Skjult samarbeid', 'drift', false);
  draftId = await insert('00000000-0000-4000-8000-000000000003', 'Utkast til samarbeid', 'utkast', true);
  leftId = await insert('00000000-0000-4000-8000-000000000004', 'Samarbeid Grimstad har forlatt', 'drift', true);
  const member = (cooperationId: string, key: keyof typeof READY_MEMBER_IDS) => fixtureUuid(cooperationId, READY_MEMBER_IDS[key]);
  await t.db.update(cooperationMembers).set({ leftAt: '2025-01-01' }).where(eq(cooperationMembers.id, member(leftId, 'grimstad')));
  // The internal columns the dossier does not carry, filled with markers.
  await t.db.update(cooperationMembers).set({ contactPublic: true }).where(eq(cooperationMembers.id, member(publicId, 'arendal')));
  await t.db.update(sponsors).set({ note: 'INTERN-sponsornotat' }).where(eq(sponsors.cooperationId, publicId));
  for (const decision of leakySource().bodyDecisions) {
    await t.db
      .update(bodyDecisions)
      .set({ isPublic: decision.isPublic, saksnummer: decision.saksnummer, url: decision.url })
      .where(and(eq(bodyDecisions.cooperationId, publicId), eq(bodyDecisions.id, fixtureUuid(publicId, decision.id))));
  }
  await t.db.insert(anchoringOccurrences).values(
    leakySource().occurrences.map((o) => ({ ...o, cooperationId: publicId, memberId: fixtureUuid(publicId, o.memberId), dueDate: o.heldDate ?? '2025-04-05', note: 'INTERN-forankringsnotat', saksnummer: '25/99' })),
  );
  // An older round whose summary is public, and the latest one whose summary is not; both
  // with answers, results and notes that belong to the members only.
  const leader = await createTestUser(t.db, { name: 'Ola Leder', role: 'operativ_leder', cooperationId: publicId });
  const internalRound = { results: { kommentar: 'INTERN-resultat' }, recommendation: 'redesign' as const, recommendationNote: 'INTERN-anbefalingsnotat', decisionNote: 'INTERN-beslutningsnotat' };
  const rounds = await t.db
    .insert(evaluationRounds)
    .values([
      { cooperationId: publicId, number: 1, questionnaireVersion: 1, status: 'lukket', closedAt: new Date('2024-03-15T12:00:00Z'), summary: 'OFFENTLIG-gammel oppsummering', summaryPublic: true, decision: 'redesign', ...internalRound },
      { cooperationId: publicId, number: 2, questionnaireVersion: 1, status: 'lukket', closedAt: new Date('2025-03-15T12:00:00Z'), summary: 'INTERN-oppsummering', summaryPublic: false, decision: 'opprettholde', ...internalRound },
    ])
    .returning({ id: evaluationRounds.id });
  for (const round of rounds) {
    const [invitation] = await t.db.insert(evaluationInvitations).values({ roundId: round.id, userId: leader.id, perspective: 'operativ_leder', submittedAt: new Date() }).returning({ id: evaluationInvitations.id });
    await t.db.insert(evaluationAnswers).values({ invitationId: invitation!.id, answers: { apent: 'INTERN-evalueringssvar', kommentar: 'INTERN-evalueringskommentar' } });
  }
});
afterAll(async () => t?.close());

describe('registerRows', () => {
  it('holds every cooperation the municipality is a current member of, public or not', async () => {
    const grimstad = await registerRows(t.db, '4202', NOW);
    expect(grimstad.map((r) => r.name).sort()).toEqual(['OFFENTLIG-navn Legevakt', 'Skjult samarbeid', 'Utkast til samarbeid']);
    const arendal = await registerRows(t.db, '4203', NOW);
    expect(arendal).toHaveLength(4);
    expect(await registerRows(t.db, '0301', NOW)).toEqual([]);
  });

  it('lists the municipality’s own sponsors and the task area by name', async () => {
    const [row] = (await registerRows(t.db, '4215', NOW)).filter((r) => r.id === publicId);
    expect(row?.taskArea).toBe('Legevakt');
    expect(row?.sponsors).toEqual([`Politisk: INTERN-sponsor s-${READY_MEMBER_IDS.lillesand}-politisk`, `Administrativ: INTERN-sponsor s-${READY_MEMBER_IDS.lillesand}-administrativ`]);
  });

  it('exports a CSV that parses back to exactly the register rows', async () => {
    const rows = await registerRows(t.db, '4203', NOW);
    const parsed = parse(registerCsv(rows), { bom: true, delimiter: ';' }) as string[][];
    expect(parsed[0]).toEqual([...REGISTER_CSV_HEADERS]);
    expect(parsed.slice(1)).toEqual(rows.map(registerCsvRecord));
  });
});

describe('registerMunicipalities', () => {
  it('counts current memberships for the given municipalities, or every municipality with any', async () => {
    expect(await registerMunicipalities(t.db, ['4202', '0301'])).toEqual([
      { kommunenummer: '4202', name: 'Grimstad', kind: 'kommune', cooperations: 3 },
      { kommunenummer: '0301', name: 'Oslo', kind: 'kommune', cooperations: 0 },
    ]);
    const all = await registerMunicipalities(t.db, null);
    expect(all.map((m) => m.kommunenummer).sort()).toEqual(['4202', '4203', '4214', '4215']);
    expect(await registerMunicipalities(t.db, [])).toEqual([]);
  });
});

describe('publicMunicipalities', () => {
  it('counts only public cooperations that are not drafts, for current members', async () => {
    const all = await publicMunicipalities(t.db);
    // 357 municipalities and 14 county municipalities (Oslo kommune is its own).
    expect(all).toHaveLength(371);
    const count = (k: string) => all.find((m) => m.kommunenummer === k)?.publicCooperations;
    expect(count('4203')).toBe(2);
    expect(count('4202')).toBe(1);
    expect(count('0301')).toBe(0);
  });

  it('finds a municipality by either official name or by number', async () => {
    expect((await publicMunicipalities(t.db, 'snåsa')).map((m) => m.kommunenummer)).toEqual(['5041']);
    expect((await publicMunicipalities(t.db, 'Snåase')).map((m) => m.kommunenummer)).toEqual(['5041']);
    expect((await publicMunicipalities(t.db, '4203')).map((m) => m.name)).toEqual(['Arendal']);
    expect(await publicMunicipalities(t.db, '100%_')).toEqual([]);
  });
});

describe('public cooperation', () => {
  it('is null (404) when not public, a draft, unknown or not an id', async () => {
    expect(await loadPublicCooperation(t.db, hiddenId)).toBeNull();
    expect(await loadPublicCooperation(t.db, draftId)).toBeNull();
    expect(await loadPublicCooperation(t.db, '00000000-0000-4000-8000-0000000000ff')).toBeNull();
    expect(await loadPublicCooperation(t.db, 'ikke-en-id')).toBeNull();
  });

  it('leaks no internal value from any table into the projection or the public CSV', async () => {
    const source = await loadPublicationSource(t.db, publicId);
    const projection = await loadPublicCooperation(t.db, publicId);
    expect(projection).not.toBeNull();
    const rows = await publicRegisterRows(t.db, '4203');
    const outputs = [JSON.stringify(projection), publicRegisterCsv(rows, 'https://brobygger.example')];
    const internal = [...internalStrings(source!), 'INTERN-sponsornotat', 'INTERN-forankringsnotat', 'INTERN-evalueringssvar', 'INTERN-evalueringskommentar', 'INTERN-resultat', 'INTERN-anbefalingsnotat', 'INTERN-beslutningsnotat'];
    for (const output of outputs) {
      expect(output).not.toContain('INTERN');
      for (const value of internal) expect(output).not.toContain(value);
    }
  });

  it('shows public contacts, public decisions and published minutes from the tables', async () => {
    const projection = await loadPublicCooperation(t.db, publicId);
    expect(projection?.members.find((m) => m.kommunenummer === '4203')?.contactPerson).toBe('OFFENTLIG-kontakt Arendal');
    expect(projection?.bodyDecisions.map((b) => b.saksnummer)).toEqual(['OFFENTLIG-25/7']);
    expect(projection?.minutes.map((m) => m.url)).toEqual([PUBLIC_MINUTES_URL]);
  });

  it('shows the latest round’s date and decision, and its summary only when marked public', async () => {
    expect((await loadPublicCooperation(t.db, publicId))?.latestEvaluation).toEqual({ closedAt: '2025-03-15', decision: 'opprettholde', summary: null });
    await t.db.update(evaluationRounds).set({ summaryPublic: true, summary: 'OFFENTLIG-ny oppsummering' }).where(and(eq(evaluationRounds.cooperationId, publicId), eq(evaluationRounds.number, 2)));
    expect((await loadPublicCooperation(t.db, publicId))?.latestEvaluation?.summary).toBe('OFFENTLIG-ny oppsummering');
    const [row] = (await publicRegisterRows(t.db, '4203')).filter((r) => r.id === publicId);
    expect(row?.lastEvaluation).toBe('2025-03-15');
  });

  it('the public register lists public cooperations only, and not those the municipality left', async () => {
    expect((await publicRegisterRows(t.db, '4203')).map((r) => r.name)).toEqual(['OFFENTLIG-navn Legevakt', 'Samarbeid Grimstad har forlatt']);
    expect((await publicRegisterRows(t.db, '4202')).map((r) => r.name)).toEqual(['OFFENTLIG-navn Legevakt']);
  });
});

describe('publicRegisterPage and publicRegisterBatches (SQL, no dossiers)', () => {
  it.each(['4202', '4203', '4215', '0301'])('give the same rows as the public projection for %s', async (kommunenummer) => {
    const projection = await publicRegisterRows(t.db, kommunenummer);
    const page = await publicRegisterPage(t.db, { memberOf: kommunenummer }, 1);
    expect(page.rows).toEqual(projection);
    expect(page.window.total).toBe(projection.length);
    const streamed = [];
    for await (const batch of publicRegisterBatches(t.db, { memberOf: kommunenummer }, undefined, 1)) streamed.push(...batch);
    expect(streamed).toEqual(projection);
  });
});

describe('publicMunicipalityListPage (the national /innsyn list)', () => {
  it.each([{}, { search: 'ås' }, { withAny: true }, { search: '42', withAny: true }])('pages the same municipalities as publicMunicipalities, by name: %j', async (filters) => {
    const all = await publicMunicipalities(t.db, filters.search);
    const expected = filters.withAny ? all.filter((m) => m.publicCooperations > 0) : all;
    const rows = [];
    for (let page = 1; ; page++) {
      const result = await publicMunicipalityListPage(t.db, filters, page);
      expect(result.window.total).toBe(expected.length);
      expect(result.withAny).toBe(all.filter((m) => m.publicCooperations > 0).length);
      rows.push(...result.rows);
      if (page >= result.window.pageCount) break;
    }
    expect(rows.map((r) => r.name)).toEqual(expected.map((r) => r.name));
    expect(rows).toEqual(expected);
  });
});
