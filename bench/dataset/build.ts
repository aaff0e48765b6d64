// Builds the rows of one generated cooperation for every table it touches: the cooperation
// with its lifecycle columns, members, sponsors, goals, anchoring plan and occurrences, the
// information plan and its log, instruments, member and body decisions, the append-only
// history and the evaluation rounds, plus its operative leader's account. Pure apart from
// the seeded faker: the same seed gives the same rows.
import { createHash } from 'node:crypto';
import type { Faker } from '@faker-js/faker';
import type * as schema from '@/db/schema';
import { dueDates } from '@/lib/pure/domain/anchoring-schedule';
import { addDays, addMonths, osloDateOf } from '@/lib/pure/domain/iso-date';
import { MACHINE_VERSION } from '@/workflows/cooperation/machine';
import { cooperationName, design, framing, GOAL_TEMPLATES, INFORMATION_TEMPLATES, INSTRUMENT_CHOICES, LEGAL_FORM_SHARES, participation, POINT_TEMPLATES, support } from './content';
import { playHistory } from './history';
import { planLife, REACHED_DRIFT } from './life';
import { regionOf, type WeightedMunicipality } from './municipalities';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export interface Rows {
  users: Insert<typeof schema.users>[];
  roleAssignments: Insert<typeof schema.roleAssignments>[];
  cooperations: Insert<typeof schema.cooperations>[];
  cooperationMembers: Insert<typeof schema.cooperationMembers>[];
  sponsors: Insert<typeof schema.sponsors>[];
  goals: Insert<typeof schema.goals>[];
  anchoringPoints: Insert<typeof schema.anchoringPoints>[];
  anchoringOccurrences: Insert<typeof schema.anchoringOccurrences>[];
  informationItems: Insert<typeof schema.informationItems>[];
  informationExecutions: Insert<typeof schema.informationExecutions>[];
  instrumentUses: Insert<typeof schema.instrumentUses>[];
  memberDecisions: Insert<typeof schema.memberDecisions>[];
  bodyMeetings: Insert<typeof schema.bodyMeetings>[];
  bodyDecisions: Insert<typeof schema.bodyDecisions>[];
  workflowEvents: Insert<typeof schema.workflowEvents>[];
  evaluationRounds: Insert<typeof schema.evaluationRounds>[];
}

export const emptyRows = (): Rows => ({
  users: [], roleAssignments: [], cooperations: [], cooperationMembers: [], sponsors: [], goals: [], anchoringPoints: [], anchoringOccurrences: [],
  informationItems: [], informationExecutions: [], instrumentUses: [], memberDecisions: [], bodyMeetings: [], bodyDecisions: [], workflowEvents: [], evaluationRounds: [],
});

export interface BuildContext {
  faker: Faker;
  now: Date;
  municipalities: readonly WeightedMunicipality[];
  /** Municipalities by region (regionOf), where most partners of a cooperation come from. */
  byRegion: ReadonlyMap<string, readonly WeightedMunicipality[]>;
  taskAreas: readonly { id: number; name: string }[];
  passwordHash: string;
  /** The user to link as this member's political sponsor (and grant the role), if any. */
  sponsorFor?: (kommunenummer: string, state: string) => string | null;
}

const MEMBER_COUNTS = [
  { value: 2, weight: 25 }, { value: 3, weight: 22 }, { value: 4, weight: 16 }, { value: 5, weight: 11 }, { value: 6, weight: 8 }, { value: 7, weight: 6 },
  { value: 8, weight: 4 }, { value: 10, weight: 4 }, { value: 12, weight: 2 }, { value: 15, weight: 1.5 }, { value: 20, weight: 0.5 },
];
const PARTNERS = ['Helse Sør-Øst RHF', 'Helse Vest RHF', 'Universitetet i Agder', 'NAV', 'Statsforvalteren', 'Næringsforeningen'];
/** How far back the anchoring log of a running cooperation reaches. */
const OCCURRENCE_HISTORY_MONTHS = 15;

function pickMembers(ctx: BuildContext): WeightedMunicipality[] {
  const { faker } = ctx;
  const count = faker.helpers.weightedArrayElement(MEMBER_COUNTS);
  const host = faker.helpers.weightedArrayElement(ctx.municipalities.map((m) => ({ value: m, weight: m.weight })));
  const chosen = new Map([[host.kommunenummer, host]]);
  const county = ctx.byRegion.get(regionOf(host.countyNumber))!.map((m) => ({ value: m, weight: m.weight }));
  const national = ctx.municipalities.map((m) => ({ value: m, weight: m.weight }));
  for (let tries = 0; chosen.size < count && tries < count * 4; tries++) {
    const m = faker.helpers.weightedArrayElement(faker.datatype.boolean({ probability: 0.75 }) ? county : national);
    chosen.set(m.kommunenummer, m);
  }
  return [...chosen.values()];
}

export function buildCooperation(ctx: BuildContext, rows: Rows): void {
  const { faker, now } = ctx;
  const today = osloDateOf(now);
  const life = planLife(faker, now);
  const history = playHistory(life.steps);
  if (history.state !== life.target) throw new Error(`Planen endte i ${history.state}, ikke ${life.target}.`);
  const reached = (REACHED_DRIFT as readonly string[]).includes(life.target);
  const established = life.target !== 'utkast' && !(life.target === 'avbrutt' && life.steps.length === 1);
  const id = faker.string.uuid();
  const municipalities = pickMembers(ctx);
  const host = municipalities[0]!;
  const form = faker.helpers.weightedArrayElement(LEGAL_FORM_SHARES);
  const area = faker.helpers.arrayElement(ctx.taskAreas);
  const lastStep = life.steps[life.steps.length - 1]?.at ?? life.createdAt;

  const vertskommune = form.startsWith('vertskommune') || form === 'legacy_28_vertskommune';
  const members: (Insert<typeof schema.cooperationMembers> & { id: string; leftAt: string | null })[] = municipalities.map((m, i) => ({
    id: faker.string.uuid(),
    cooperationId: id,
    kommunenummer: m.kommunenummer,
    organisationName: null,
    role: i === 0 ? (vertskommune ? 'vertskommune' : 'kontorkommune') : vertskommune ? 'samarbeidskommune' : 'deltaker',
    representatives: i === 0 ? 2 : 1,
    contactPerson: faker.person.fullName(),
    contactPublic: faker.datatype.boolean({ probability: 0.4 }),
    expectedBenefit: established ? 'Bedre og mer robuste tjenester enn kommunen klarer alene.' : null,
    sortOrder: i,
    // A few left along the way; they stay for history.
    leftAt: reached && i > 1 && faker.datatype.boolean({ probability: 0.03 }) ? osloDateOf(new Date(faker.number.int({ min: life.startDate!.getTime(), max: now.getTime() - 86_400_000 }))) : null,
  }));
  if (faker.datatype.boolean({ probability: 0.05 })) {
    const organisationName = faker.helpers.arrayElement(PARTNERS);
    members.push({ id: faker.string.uuid(), cooperationId: id, kommunenummer: null, organisationName, role: 'deltaker', representatives: 1, contactPerson: faker.person.fullName(), contactPublic: false, expectedBenefit: null, sortOrder: members.length, leftAt: null });
  }
  rows.cooperationMembers.push(...members);
  const current = members.filter((m) => m.leftAt === null);

  rows.cooperations.push({
    id,
    name: cooperationName(faker, area.name, host.name, form),
    purpose: `Felles ${area.name.toLowerCase()} for innbyggerne i ${municipalities.length} kommuner.`,
    problemWhat: established ? `Hver kommune er for liten til å gi gode tjenester innen ${area.name.toLowerCase()} alene.` : null,
    problemWhy: established ? 'Små fagmiljøer gjør det vanskelig å rekruttere og beholde folk.' : null,
    problemHow: established ? `Ett felles fagmiljø med ${host.name} som ${vertskommune ? 'vertskommune' : 'kontorkommune'}.` : null,
    taskAreaId: area.id,
    geographicLevel: new Set(municipalities.map((m) => m.countyNumber)).size > 1 ? 'hoyere' : municipalities.length > 4 ? 'regionalt' : 'lokalt',
    initiatingKommunenummer: host.kommunenummer,
    isPublic: faker.datatype.boolean({ probability: 0.92 }),
    startDate: life.startDate ? osloDateOf(life.startDate) : null,
    state: history.state,
    stateValue: history.stateValue,
    snapshot: history.snapshot,
    machineVersion: MACHINE_VERSION,
    rowVersion: history.events.length,
    framing: framing(faker, form, reached),
    design: design(faker, form, members.map((m) => m.id), reached),
    support: support(reached, host.name),
    participation: participation(reached),
    createdAt: life.createdAt,
    updatedAt: lastStep,
  });

  for (const m of members) {
    if (!m.kommunenummer) continue;
    for (const kind of ['politisk', 'administrativ'] as const) {
      if (!faker.datatype.boolean({ probability: established ? 0.98 : 0.5 })) continue;
      const userId = kind === 'politisk' ? (ctx.sponsorFor?.(m.kommunenummer, history.state) ?? null) : null;
      if (userId) rows.roleAssignments.push({ id: faker.string.uuid(), userId, role: 'politisk_sponsor', kommunenummer: m.kommunenummer, cooperationId: id, grantedAt: life.startDate ?? life.createdAt });
      rows.sponsors.push({
        id: faker.string.uuid(), cooperationId: id, memberId: m.id, kind,
        name: faker.person.fullName(),
        title: kind === 'politisk' ? faker.helpers.arrayElement(['ordfører', 'varaordfører', 'gruppeleder']) : faker.helpers.arrayElement(['kommunedirektør', 'kommunalsjef', 'økonomisjef']),
        userId,
        confirmedAt: reached ? life.startDate : null,
        needsReconfirmation: reached && faker.datatype.boolean({ probability: 0.1 }),
      });
    }
  }
  if (established) {
    faker.helpers.arrayElements(GOAL_TEMPLATES, { min: 1, max: 3 }).forEach((g, i) => rows.goals.push({ id: faker.string.uuid(), cooperationId: id, ...g, deadline: addMonths(today, faker.number.int({ min: 6, max: 36 })), sortOrder: i }));
    for (const t of faker.helpers.arrayElements(INFORMATION_TEMPLATES, { min: 2, max: 3 })) rows.informationItems.push({ id: faker.string.uuid(), cooperationId: id, ...t, responsible: 'Leder for samarbeidet' });
    for (const t of faker.helpers.arrayElements(INSTRUMENT_CHOICES, { min: 2, max: 5 })) rows.instrumentUses.push({ id: faker.string.uuid(), cooperationId: id, ...t, status: reached ? 'etablert' : 'planlagt', documentUrl: null });
  }
  if (reached) addFollowUp(ctx, rows, { id, life, current, today });

  // The history, the decisions it records and the rounds it opened.
  history.events.forEach((e, i) =>
    rows.workflowEvents.push({ id: faker.string.uuid(), cooperationId: id, seq: e.seq, eventType: e.eventType, fromState: e.fromState, toState: e.toState, actorName: 'Nasjonalt testdatasett', comment: null, payload: e.payload, machineVersion: MACHINE_VERSION, createdAt: life.steps[i]!.at }),
  );
  for (const r of life.decisionRounds) {
    current.forEach((m, i) =>
      rows.memberDecisions.push({
        id: faker.string.uuid(), cooperationId: id, memberId: m.id, round: r.round, body: 'kommunestyre', date: osloDateOf(r.decidedOn),
        saksnummer: `${r.decidedOn.getUTCFullYear()}/${faker.number.int({ min: 10, max: 9999 })}`, outcome: r.rejected && i === current.length - 1 ? 'avslag' : 'tilslutning', url: null,
        recordedAt: new Date(r.decidedOn.getTime() + 86_400_000 + i * 1000),
      }),
    );
  }
  for (const e of life.evaluationRounds) {
    rows.evaluationRounds.push({
      id: faker.string.uuid(), cooperationId: id, number: e.number, questionnaireVersion: 1, reason: 'plan', status: e.closedAt ? 'lukket' : 'aapen',
      dueDate: osloDateOf(new Date(e.openedAt.getTime() + 30 * 86_400_000)), openedAt: e.openedAt, closedAt: e.closedAt, results: null,
      summary: e.decision ? 'Samarbeidet fungerer etter hensikten; eierne følger opp anbefalingene fra evalueringen.' : null,
      decision: e.decision, decidedAt: e.decidedAt, summaryPublic: faker.datatype.boolean({ probability: 0.7 }),
    });
  }
  if (established) {
    const leaderId = faker.string.uuid();
    rows.users.push({ id: leaderId, email: `leder.${id.slice(0, 8)}.${rows.users.length}@bench.brobygger.no`, name: faker.person.fullName(), passwordHash: ctx.passwordHash });
    rows.roleAssignments.push({ id: faker.string.uuid(), userId: leaderId, role: 'operativ_leder', kommunenummer: host.kommunenummer, cooperationId: id, grantedAt: life.createdAt });
  }
}

/** The anchoring plan, its occurrences around today, the information log and body decisions. */
function addFollowUp(ctx: BuildContext, rows: Rows, c: { id: string; life: ReturnType<typeof planLife>; current: { id: string }[]; today: string }): void {
  const { faker } = ctx;
  const from = [osloDateOf(c.life.startDate!), addMonths(c.today, -OCCURRENCE_HISTORY_MONTHS)].sort()[1]!;
  const to = c.life.endedAt ? osloDateOf(c.life.endedAt) : addMonths(c.today, 12);
  for (const t of faker.helpers.arrayElements(POINT_TEMPLATES, { min: 1, max: 2 })) {
    const pointId = faker.string.uuid();
    // Some points concern the host only.
    const concerned = faker.datatype.boolean({ probability: 0.25 }) ? c.current.slice(0, 1) : c.current;
    rows.anchoringPoints.push({
      id: pointId, cooperationId: c.id, kind: t.kind, level: t.level, body: t.body, triggerType: t.trigger.type,
      frequency: t.trigger.type === 'periodisk' ? t.trigger.frequency : null, event: t.trigger.type === 'hendelse' ? t.trigger.event : null,
      memberIds: concerned === c.current ? [] : concerned.map((m) => m.id), description: t.description,
    });
    for (const dueDate of dueDates(t.trigger, from, to)) {
      for (const m of concerned) {
        const past = dueDate < c.today;
        const status = past ? faker.helpers.weightedArrayElement([{ value: 'holdt' as const, weight: 76 }, { value: 'planlagt' as const, weight: 14 }, { value: 'utsatt' as const, weight: 5 }, { value: 'ikke_holdt' as const, weight: 5 }]) : 'planlagt';
        const held = status === 'holdt';
        rows.anchoringOccurrences.push({
          id: faker.string.uuid(), cooperationId: c.id, anchoringPointId: pointId, memberId: m.id, body: t.body, level: t.level, kind: t.kind, dueDate, status,
          heldDate: held || status === 'utsatt' ? dueDate : null, saksnummer: held && t.kind === 'formell' ? `${dueDate.slice(0, 4)}/${faker.number.int({ min: 10, max: 9999 })}` : null,
          minutesUrl: held && faker.datatype.boolean({ probability: 0.3 }) ? `https://innsyn.example.no/${dueDate}/${faker.string.alphanumeric(8)}` : null,
          note: null, loggedAt: held ? new Date(`${dueDate}T15:00:00.000Z`) : null,
        });
      }
    }
  }
  for (let i = faker.number.int({ min: 0, max: 3 }); i > 0; i--) {
    rows.informationExecutions.push({ id: faker.string.uuid(), cooperationId: c.id, executedOn: addMonths(c.today, -faker.number.int({ min: 1, max: 11 })), description: 'Orientering gitt som planlagt.', url: null });
  }
  // Meetings of the cooperation's own body, each with one decision. The random draws are the
  // ones a decision always took, in the same order, so the seeded stream (and with it every
  // later cooperation) stays as it was; the meeting's details are derived from them.
  for (let i = faker.number.int({ min: 0, max: 3 }); i > 0; i--) {
    const id = faker.string.uuid();
    const meetingDate = addMonths(c.today, -faker.number.int({ min: 1, max: 14 }));
    const title = faker.helpers.arrayElement(['Budsjett for neste år', 'Årsmelding og regnskap', 'Ny handlingsplan', 'Endring i åpningstid']);
    const political = faker.datatype.boolean();
    const withinMandate = faker.datatype.boolean({ probability: 0.8 });
    const sentInTime = faker.datatype.boolean({ probability: 0.9 });
    const isPublic = faker.datatype.boolean({ probability: 0.8 });
    const meetingId = derivedUuid(id);
    rows.bodyMeetings.push({
      id: meetingId, cooperationId: c.id, bodyId: 'styringsgruppe', bodyName: 'Styringsgruppen', meetingDate,
      documentsSentDate: addDays(meetingDate, sentInTime ? -14 : -2),
      minutesUrl: isPublic ? `https://innsyn.example.no/${meetingDate}/${id.slice(0, 8)}` : null, minutesPublic: isPublic,
    });
    // Mostly prepared by every member's administration; one in sixteen only partly, one in sixteen not at all.
    const prepared = id[1]! < 'e' ? 'ja' : id[1] === 'e' ? 'delvis' : 'nei';
    rows.bodyDecisions.push({
      id, cooperationId: c.id, meetingId, title, political, withinMandate, prepared,
      preparedByMemberIds: prepared === 'delvis' ? c.current.slice(0, 1).map((m) => m.id) : [], saksnummer: null, url: null, isPublic,
    });
  }
}

/** A second uuid (v4-shaped) that follows from the first, without drawing a random number. */
function derivedUuid(from: string): string {
  const hex = createHash('sha256').update(`${from}:mote`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
