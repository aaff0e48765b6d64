// A cooperation registered as existing, edited while it runs: what "kan endres i drift" changes
// directly, the blanks of "krever vedtak" sections its follow-ups ask for are filled in
// (lib/pure/domain/completion.ts), what is recorded stays until the members decide, and every
// save lands in the change log with a version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { contentVersion, recentSaves } from '@/db/queries/change-log';
import { taskAreaIdByName } from '@/db/queries/cooperations';
import { loadDossier } from '@/db/queries/dossier';
import { loadPlanningDossier } from '@/db/queries/phases/planning-dossier';
import { loadStottePhase } from '@/db/queries/phases/stotte';
import { auditLog, changeLog } from '@/db/schema';
import { seedReferenceData } from '@/db/seed/reference';
import { runAction, type ActionContext, type ActionSpec } from '@/lib/server/action';
import type { SessionUser } from '@/lib/pure/auth/roles';
import { openRuleIds } from '@/lib/pure/domain/completion';
import { legalForm } from '@/lib/pure/domain/legal-forms';
import { COMPLETION_HELP } from '@/lib/pure/domain/section-rules';
import { createTestUser, snapshotDatabase } from '@/testing/cooperation';
import { createTestDb, testDatabaseKind, type TestDb } from '@/testing/db';
import { designDefaults } from '@/lib/pure/validation/phases/design';
import { emptyGoalInput, innrammingDefaults } from '@/lib/pure/validation/phases/innramming';
import { stotteValues } from '@/lib/pure/validation/phases/stotte';
import type { z } from 'zod';
import { registerExistingHandler, registerExistingSpec } from '../existing-cooperation';
import { saveDesign, saveDesignSpec } from './design';
import { saveInnramming, saveInnrammingSpec } from './innramming';
import { saveStotte, saveStotteSpec } from './stotte';

const NOW = new Date('2026-03-02T10:00:00Z');
const TODAY = '2026-03-02';
let t: TestDb;
let radmann: SessionUser;
let id: string;

function act<S extends z.ZodType, T>(spec: ActionSpec<S>, fn: (input: z.output<S>, ctx: ActionContext) => Promise<T>) {
  return (input: unknown) => runAction(spec, fn, input, { getUser: async () => radmann, getDb: async () => t.db, getNow: () => NOW });
}
const design = act(saveDesignSpec, saveDesign);
const innramming = act(saveInnrammingSpec, saveInnramming);
const stotte = act(saveStotteSpec, saveStotte);
const planning = async () => (await loadPlanningDossier(t.db, id, TODAY))!;
const logOf = async (unit: string) =>
  (await t.db.select().from(changeLog).where(eq(changeLog.cooperationId, id)).orderBy(asc(changeLog.version), asc(changeLog.position))).filter((r) => r.unit === unit);

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  radmann = await createTestUser(t.db, { name: 'Rune Rådgiver', role: 'radmannsteam', kommunenummer: '4204' });
  const registered = await act(registerExistingSpec, registerExistingHandler)({
    registeringKommunenummer: '4204',
    name: 'Kristiansandsregionens barnevernvakt',
    purpose: 'Felles barnevernvakt utenom kontortid.',
    taskAreaId: (await taskAreaIdByName(t.db, 'Legevakt'))!,
    legalForm: 'vertskommune_administrativ',
    startDate: '01.01.2012',
    organisationNumber: '',
    agreementUrl: '',
    operativeLeader: 'Lise Leder',
    isPublic: true,
    members: [
      { kommunenummer: '4204', role: 'vertskommune', contactPerson: 'Kari Kontakt', politicalSponsor: 'Ola Ordfører', administrativeSponsor: 'Anne Admin' },
      { kommunenummer: '4223', role: 'samarbeidskommune', contactPerson: '', politicalSponsor: 'Vera Varaordfører', administrativeSponsor: '' },
      { kommunenummer: '42', role: 'samarbeidskommune' },
    ],
  });
  if (!registered.ok) throw new Error(registered.message);
  id = registered.data.id;
});
afterAll(async () => t?.close());

describe(`a cooperation registered as existing, in drift (${testDatabaseKind})`, () => {
  it('replaces a sponsor directly, logged old → new', async () => {
    const phase = (await loadStottePhase(t.db, id, TODAY))!;
    expect(phase.members.map((m) => m.name)).toEqual(['Kristiansand kommune', 'Vennesla kommune', 'Agder fylkeskommune']);
    const input = stotteValues(id, phase, await contentVersion(t.db, id, 'stotte'));
    const i = input.sponsors.findIndex((s) => s.name === 'Ola Ordfører');
    input.sponsors[i] = { ...input.sponsors[i]!, name: 'Per Politiker', title: 'ordfører' };
    expect(await stotte(input)).toMatchObject({ ok: true, data: { version: 1, changed: 1 } });
    expect((await logOf('stotte')).map((r) => [r.field, r.oldValue, r.newValue])).toEqual([['Politisk sponsor for Kristiansand kommune', 'Ola Ordfører', 'Per Politiker, ordfører']]);
  });

  it('fills in the rationale, a first body and the mandate although the design needs member decisions', async () => {
    const d = await planning();
    expect(openRuleIds(d)).toEqual(expect.arrayContaining(['design.begrunnelse', 'design.styringsorgan', 'design.mandat']));
    const form = designDefaults(d, await contentVersion(t.db, id, 'design'));
    const result = await design({
      ...form,
      legalFormRationale: 'Vertskommunen har fagmiljøet; de andre kjøper tjenesten etter avtale fra 2012.',
      bodies: [{ id: '', name: 'Styringsgruppe for barnevernvakta', kind: 'styringsgruppe', seats: Object.fromEntries(d.members.map((m) => [m.id, '1'])), rotatingChair: false }],
      mandate: { alone: [{ text: 'Vaktplan og bemanning' }], administrative: [{ text: 'Endringer i åpningstid' }], political: [{ text: 'Budsjett og kostnadsfordeling' }] },
    });
    expect(result).toMatchObject({ ok: true, data: { version: 1, changed: 5 } });
    const log = await logOf('design');
    expect(log.map((r) => [r.section, r.oldValue])).toEqual([
      ['design.organisasjonsform', null],
      ['design.organer', null],
      ['design.mandat', null],
      ['design.mandat', null],
      ['design.mandat', null],
    ]);
    expect(log.every((r) => r.actorName === 'Rune Rådgiver' && r.createdAt.getTime() === NOW.getTime())).toBe(true);
    expect(openRuleIds(await planning())).not.toEqual(expect.arrayContaining(['design.begrunnelse']));
    expect(openRuleIds(await planning()).filter((r) => ['design.styringsorgan', 'design.mandat'].includes(r))).toEqual([]);
  });

  it('refuses to change what is recorded: the legal form, the filled-in rationale, another body', async () => {
    const d = await planning();
    const form = designDefaults(d, await contentVersion(t.db, id, 'design'));
    const before = await snapshotDatabase(t.db);
    for (const change of [
      { legalForm: 'vertskommune_nemnd' },
      { legalFormRationale: 'En helt annen begrunnelse for formen, skrevet etterpå.' },
      { bodies: [...form.bodies, { id: '', name: 'Fagråd', kind: 'fagråd', seats: {}, rotatingChair: false }] },
    ]) {
      const result = await design({ ...form, ...change });
      expect(result).toMatchObject({ ok: false, code: 'invalid' });
      if (!result.ok) expect(result.message).toMatch(/^Dette krever vedtak i deltakerne/);
    }
    const reworded = await design({ ...form, legalFormRationale: 'En helt annen begrunnelse for formen, skrevet etterpå.' });
    if (!reworded.ok) expect(reworded.message).not.toContain(COMPLETION_HELP); // nothing left to fill in there
    expect(await snapshotDatabase(t.db)).toBe(before);
  });

  it('fills in goals, budget and cost key; the missing host compensation is a follow-up, not an error', async () => {
    const d = await planning();
    const form = innrammingDefaults(d, await contentVersion(t.db, id, 'innramming'));
    const result = await innramming({
      ...form,
      goals: [{ ...emptyGoalInput(), statement: 'Barn i akutt krise får hjelp samme natt', indicator: 'Responstid', baseline: '45 min', target: '30 min', deadline: '31.12.2027' }],
      budget: '2 400 000',
      costKeyKind: 'likt',
    });
    expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    const after = (await loadDossier(t.db, id))!;
    expect(after.goals.map((g) => g.statement)).toEqual(['Barn i akutt krise får hjelp samme natt']);
    expect(after.framing.budgetOre).toBe(240_000_000);
    expect(after.framing.costKey?.kind).toBe('likt');
    const open = openRuleIds(after);
    expect(open).toContain('innramming.vertskompensasjon');
    expect(open.filter((r) => r.startsWith('innramming.mal') || r === 'innramming.budsjett' || r === 'innramming.fordelingsnokkel')).toEqual([]);
  });

  it('then refuses a new goal, another budget and a ticked checklist item no open rule asks for, and writes nothing', async () => {
    const d = await planning();
    // This form's agreement items are all recommendations, so no statutory item is missing.
    expect(legalForm(d.design.legalForm)!.agreementItems.every((item) => item.requirement === 'anbefalt')).toBe(true);
    const form = innrammingDefaults(d, await contentVersion(t.db, id, 'innramming'));
    const first = Object.keys(form.agreementChecklist)[0]!;
    const before = await snapshotDatabase(t.db);
    for (const change of [
      { goals: [...form.goals, { ...emptyGoalInput(), statement: 'Et nytt mål' }] },
      { budget: '3 000 000' },
      { agreementChecklist: { ...form.agreementChecklist, [first]: true } },
    ]) {
      expect(await innramming({ ...form, ...change })).toMatchObject({ ok: false, code: 'invalid' });
    }
    expect(await snapshotDatabase(t.db)).toBe(before);
    // The host compensation is still a blank its rule asks for.
    expect(await innramming({ ...form, hostCompensationNote: 'Vertskommunen får 10 % påslag.' })).toMatchObject({ ok: true, data: { changed: 1 } });
  });

  it('audits each save that wrote (before and after digests differ), and not one that changed nothing', async () => {
    const rows = async () => t.db.select().from(auditLog).where(and(eq(auditLog.resourceId, id), eq(auditLog.action, 'cooperation.edit'))).orderBy(asc(auditLog.seq));
    const saved = await rows();
    expect(saved.map((r) => r.operation)).toEqual(['saveStotte', 'saveDesign', 'saveInnramming', 'saveInnramming']);
    expect(saved.every((r) => r.beforeDigest !== r.afterDigest)).toBe(true);
    const d = await planning();
    expect(await design(designDefaults(d, await contentVersion(t.db, id, 'design')))).toMatchObject({ ok: true, data: { changed: 0 } });
    expect(await rows()).toHaveLength(saved.length);
  });

  it('shows every save in the history', async () => {
    const saves = await recentSaves(t.db, id, 10);
    expect(saves.map((s) => s.unit).sort()).toEqual(['design', 'innramming', 'innramming', 'stotte']);
    expect(saves.every((s) => s.actorName === 'Rune Rådgiver')).toBe(true);
  });
});
