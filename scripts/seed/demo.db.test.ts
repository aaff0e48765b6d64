import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { cooperationMembers, cooperations, evaluationInvitations, evaluationRounds, municipalities, sponsors, users, workflowEvents } from '@/db/schema';
import { isRoundResults } from '@/lib/pure/domain/evaluation-results';
import { listCooperationsForUser } from '@/db/queries/cooperations';
import { loadDossier } from '@/db/queries/dossier';
import { loadSessionUser } from '@/db/queries/users';
import type { Dossier, LifecycleState } from '@/lib/pure/domain/dossier';
import { inWindow, lastTwelveMonths, osloDateOf } from '@/lib/pure/domain/iso-date';
import { phaseReadiness } from '@/lib/pure/domain/readiness';
import { evaluateWarnings } from '@/lib/pure/domain/warnings';
import { checkConsistency } from '@/workflows/cooperation/consistency';
import { seedIfEmpty } from './index';
import { demoCooperationId } from './demo';
import { DEMO_USERS } from './demo-users';

// Whole-demo checks: states, counties, consistency, readiness, anchoring and who sees what.
const EXPECTED_STATES: Record<string, LifecycleState> = {
  legevakt: 'drift',
  regionKristiansand: 'drift',
  agderKommunerevisjon: 'medlemsvedtak',
  drammensregionen: 'etablering',
  glitrevannverket: 'drift',
  tromsoLegevaktsentral: 'redesign',
  smartcityBaerum: 'utkast',
  samhandlingJaeren: 'avbrutt',
};
const COMPLETE = ['legevakt', 'agderKommunerevisjon', 'glitrevannverket', 'tromsoLegevaktsentral'];

let t: TestDb;
let seconds = 0;
const dossiers = new Map<string, Dossier>();
const now = new Date();
const today = osloDateOf(now);

beforeAll(async () => {
  t = await createTestDb();
  const started = performance.now();
  const report = await seedIfEmpty(t.db, { demo: true });
  seconds = (performance.now() - started) / 1000;
  expect(report.demoCooperations).toBe(Object.keys(EXPECTED_STATES).length);
  for (const key of Object.keys(EXPECTED_STATES)) {
    const dossier = await loadDossier(t.db, demoCooperationId(key));
    if (dossier) dossiers.set(key, dossier);
  }
}, 120_000);
afterAll(async () => t?.close());

const dossier = (key: string): Dossier => {
  const d = dossiers.get(key);
  if (!d) throw new Error(`no demo cooperation ${key}`);
  return d;
};

describe(`demo data on ${testDatabaseKind}`, () => {
  it('seeds every cooperation in its intended state, in at least five states', () => {
    const states = Object.fromEntries([...dossiers].map(([key, d]) => [key, d.state]));
    expect(states).toEqual(EXPECTED_STATES);
    expect(new Set(Object.values(states)).size).toBeGreaterThanOrEqual(5);
    console.info(`Demo seed (${testDatabaseKind}): ${seconds.toFixed(2)} s`);
    expect(seconds).toBeLessThan(30);
  });

  it('spreads the members over at least three counties', async () => {
    const counties = await t.db
      .selectDistinct({ county: municipalities.countyNumber })
      .from(cooperationMembers)
      .innerJoin(municipalities, eq(municipalities.kommunenummer, cooperationMembers.kommunenummer));
    expect(counties.length).toBeGreaterThanOrEqual(3);
  });

  it('has a lifecycle that matches its history in every cooperation', async () => {
    for (const key of Object.keys(EXPECTED_STATES)) {
      const report = await checkConsistency(t.db, demoCooperationId(key));
      expect(report.problems, key).toEqual([]);
      expect(report.ok, key).toBe(true);
    }
  });

  it('has back-dated histories: the legevakt started on 1 April 2023, the others by their scripts', async () => {
    expect(dossier('legevakt').startDate).toBe('2023-04-01');
    expect(dossier('glitrevannverket').startDate).toBe('2019-01-01');
    const events = await t.db
      .select({ type: workflowEvents.eventType, actor: workflowEvents.actorName, at: workflowEvents.createdAt, payload: workflowEvents.payload, comment: workflowEvents.comment })
      .from(workflowEvents)
      .where(eq(workflowEvents.cooperationId, demoCooperationId('tromsoLegevaktsentral')))
      .orderBy(workflowEvents.seq);
    expect(events.map((e) => e.type)).toEqual(['START_ETABLERING', 'SEND_TIL_MEDLEMSVEDTAK', 'ALLE_VEDTAK_FATTET', 'ENDRINGSFORSLAG', 'VELG_FASE']);
    expect(events.every((e) => e.actor === 'Demodata' && e.at < now)).toBe(true);
    const proposal = events.find((e) => e.type === 'ENDRINGSFORSLAG');
    expect(proposal?.payload).toMatchObject({ details: { kind: 'kostnadsfordeling' } });
    expect(proposal?.comment).toMatch(/^Endret kostnadsfordeling eller budsjettramme: Tromsø foreslår/);
  });

  it('leaves no readiness gaps in the complete cooperations and shows some in the incomplete one', () => {
    for (const key of COMPLETE) {
      const missing = Object.values(phaseReadiness(dossier(key))).flatMap((p) => p.missing);
      expect(missing, key).toEqual([]);
    }
    const drammen = phaseReadiness(dossier('drammensregionen'));
    expect(drammen.innramming.ready && drammen.design.ready).toBe(true);
    expect(drammen.stotte.missing).toContain('Mangler politisk sponsor for Holmestrand kommune');
    expect(drammen.deltakelse.missing).toContain('Informasjonsplanen mangler tiltak rettet mot innbyggere');
    expect(phaseReadiness(dossier('regionKristiansand')).deltakelse.missing).toEqual(['Informasjonsplanen mangler tiltak rettet mot innbyggere']);
  });

  it('records member decisions: all of round 1 for the legevakt, a mixed round for the revisjon', () => {
    const legevakt = dossier('legevakt');
    expect(legevakt.memberDecisions).toHaveLength(legevakt.members.length);
    const akr = dossier('agderKommunerevisjon').memberDecisions.map((d) => d.outcome).sort();
    expect(akr).toEqual(['tilslutning', 'tilslutning', 'tilslutning', 'tilslutning', 'utsatt']);
  });

  it('gives the legevakt a logged past and a planned future', () => {
    const window = lastTwelveMonths(today);
    const occurrences = dossier('legevakt').occurrences;
    const lastYear = occurrences.filter((o) => inWindow(o.dueDate, window) && o.dueDate < today);
    expect(lastYear.filter((o) => o.status === 'holdt').length).toBeGreaterThan(20);
    expect(lastYear.filter((o) => o.status === 'ikke_holdt')).toHaveLength(1);
    expect(lastYear.filter((o) => o.status === 'utsatt')).toHaveLength(1);
    expect(lastYear.filter((o) => o.status === 'holdt').every((o) => o.saksnummer === null || /^\d\d\/\d{4}$/.test(o.saksnummer))).toBe(true);
    expect(occurrences.filter((o) => o.status === 'planlagt' && o.dueDate < today)).toEqual([]);
    expect(occurrences.some((o) => o.status === 'planlagt' && o.dueDate >= today)).toBe(true);
  });

  it('fires the warnings the gaps are there to show', () => {
    const ids = (key: string) => evaluateWarnings(dossier(key), now).map((w) => w.id);
    expect(ids('legevakt')).toEqual([]);
    expect(ids('regionKristiansand')).toEqual(expect.arrayContaining(['understyring.ingen_formell_forankring', 'valg.sponsorer_ikke_bekreftet']));
    expect(ids('glitrevannverket')).toContain('radmannsfellen.sene_saksdokumenter');
  });

  it('links the demo sponsors to their users and keeps drafts out of the public register', async () => {
    const linked = await t.db
      .select({ name: sponsors.name, cooperationId: sponsors.cooperationId })
      .from(sponsors)
      .innerJoin(users, eq(users.id, sponsors.userId));
    expect(linked).toEqual(
      expect.arrayContaining([
        { name: 'Per Politiker', cooperationId: demoCooperationId('legevakt') },
        { name: 'Per Politiker', cooperationId: demoCooperationId('regionKristiansand') },
        { name: 'Anne Avdelingsleder', cooperationId: demoCooperationId('legevakt') },
      ]),
    );
    const hidden = await t.db
      .select({ id: cooperations.id })
      .from(cooperations)
      .where(and(eq(cooperations.isPublic, false), inArray(cooperations.id, [demoCooperationId('smartcityBaerum'), demoCooperationId('drammensregionen')])));
    expect(hidden).toHaveLength(2);
  });

  it('lets every demo user see at least one cooperation, the rådmannsteam several', async () => {
    for (const u of DEMO_USERS) {
      const [row] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, u.email));
      const session = await loadSessionUser(t.db, row!.id);
      const visible = await listCooperationsForUser(t.db, session!);
      expect(visible.length, u.email).toBeGreaterThanOrEqual(u.role === 'radmannsteam' ? 3 : 1);
    }
  });

  it('has a decided evaluation round on Region Kristiansand, answered by two demo users', async () => {
    const id = demoCooperationId('regionKristiansand');
    const rounds = await t.db.select().from(evaluationRounds).where(eq(evaluationRounds.cooperationId, id));
    expect(rounds).toHaveLength(1);
    const [round] = rounds;
    expect(round).toMatchObject({ number: 1, status: 'lukket', decision: 'opprettholde', recommendation: 'opprettholde', summaryPublic: true });
    expect(round!.summary).toMatch(/felles innspill/);
    const results = round!.results;
    expect(isRoundResults(results)).toBe(true);
    if (!isRoundResults(results)) return;
    expect(results.responses).toMatchObject({ invited: 2, answered: 2 });
    const invited = await t.db
      .select({ email: users.email, perspective: evaluationInvitations.perspective, submittedAt: evaluationInvitations.submittedAt })
      .from(evaluationInvitations)
      .innerJoin(users, eq(users.id, evaluationInvitations.userId))
      .where(eq(evaluationInvitations.roundId, round!.id));
    expect(invited.map((i) => [i.email, i.perspective]).sort()).toEqual([
      ['politisk.sponsor@demo.brobygger.no', 'politisk_sponsor'],
      ['radmannsteam@demo.brobygger.no', 'radmannsteam'],
    ]);
    expect(invited.every((i) => i.submittedAt !== null)).toBe(true);
    const steps = await t.db.select({ type: workflowEvents.eventType }).from(workflowEvents).where(eq(workflowEvents.cooperationId, id));
    expect(steps.map((s) => s.type).slice(-3)).toEqual(['START_EVALUERING', 'AVSLUTT_EVALUERING', 'BESLUTT_OPPRETTHOLDE']);
  });
});
